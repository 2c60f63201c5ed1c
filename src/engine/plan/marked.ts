/**
 * Plans whose author marks each action on a line of its own, wherever the
 * line falls, instead of gathering the actions under a plan heading:
 *
 * - minutes: "ACTION: Dad to fix the stair gate by 3/2." among the notes of
 *   each agenda item, "Actions – KB to weigh Jo; NF to ring school." (several
 *   actions split at semicolons), "Action (RT): chase the landlord.", or a bare
 *   "Actions agreed:" line over one action a line;
 * - lines that end with a bracket holding who and when, as a health visitor
 *   or nurse types them: "To weigh the baby at each visit. (HV – weekly)",
 *   "Hearing test to be booked. (TBC – before discharge)", "Drug test at
 *   each clinic [Midwife – fortnightly]".
 *
 * When a plan is written this way, the marked lines are its actions and the
 * notes around them ("Mum said…", "KB visited on 6/1") are not, even when they
 * read like actions. The markers are data (rules/plan/sections.yml).
 */
import { analyseClause } from './clause.js';
import type { Lex } from './lexicon.js';
import type { Item } from './structure.js';
import { isCapitalised, isSpace, tokenize, trimSpan, type Span, type Token } from './text.js';
import { findWhen } from './timescale.js';

/** What this file needs of a classified line (structure.ts's LineInfo has it all). */
export interface MarkLine {
  start: number;
  end: number;
  text: string;
  kind: string;
  contentStart: number;
  indent: number;
  field: string;
}

const SPACED_DASH = /\s[–—-]\s/;

function isDash(s: string): boolean {
  return s === '–' || s === '—' || s === '-';
}

function words(toks: readonly Token[]): number {
  let n = 0;
  for (const t of toks) if (t.word) n++;
  return n;
}

function endsSentence(s: string): boolean {
  const t = s.trimEnd();
  const c = t[t.length - 1];
  return c === '.' || c === '!' || c === '?' || c === ';' || c === ')';
}

/** Where a line's own text starts: after a list marker, or after its indent. */
function contentOf(l: MarkLine): Span {
  return { start: l.kind === 'list' ? l.contentStart : l.start + l.indent, end: l.end };
}

/** A quick look before tokenizing: a marker is a word with a colon, dash or bracket after it, or the whole line. */
function mayMark(text: string, span: Span): boolean {
  const c0 = text.charCodeAt(span.start) | 32;
  if (c0 < 97 || c0 > 122) return false;
  if (span.end - span.start <= 30) return true;
  const e = Math.min(span.end, span.start + 45);
  for (let p = span.start + 4; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 58 || c === 40 || c === 8211 || c === 8212 || (c === 45 && text.charCodeAt(p - 1) === 32)) return true;
  }
  return false;
}

interface Marker {
  /** Start of the marker word ("ACTION"). */
  start: number;
  /** The text after the marker and its colon or dash (may be empty). */
  body: Span;
  /** "Action (KB):" – an owner written in the marker. */
  owner: Span | null;
}

/** "ACTION:", "Actions agreed –", "Action (NF):" at the start of a line's text. */
function markerAt(text: string, span: Span, lex: Lex): Marker | null {
  const toks = tokenize(text, span.start, Math.min(span.end, span.start + 60));
  const m = lex.actionMarkers.matchAt(toks, 0);
  if (m === 0) return null;
  let k = m;
  let owner: Span | null = null;
  if (toks[k]?.text === '(') {
    let c = k + 1;
    while (c < toks.length && c - k <= 6 && (toks[c] as Token).text !== ')') c++;
    if (toks[c]?.text !== ')' || c === k + 1) return null;
    owner = { start: (toks[k + 1] as Token).start, end: (toks[c - 1] as Token).end };
    k = c + 1;
  } else {
    // "ACTION KB:", "Action SW/FSW:": initials or a name before the colon
    let c = k;
    while (c < toks.length && c - k < 4 && (isCapitalised(toks[c] as Token) || (c > k && ((toks[c] as Token).text === '/' || (toks[c] as Token).text === '&')))) c++;
    if (c > k && toks[c]?.text === ':' && (toks[c - 1] as Token).word) {
      owner = { start: (toks[k] as Token).start, end: (toks[c - 1] as Token).end };
      k = c;
    }
  }
  const sep = toks[k];
  if (sep) {
    const spaced = isDash(sep.text) && isSpace(text.charCodeAt(sep.start - 1)) && isSpace(text.charCodeAt(sep.end));
    if (sep.text !== ':' && !spaced) return null;
    return { start: (toks[0] as Token).start, body: trimSpan(text, sep.end, span.end), owner };
  }
  // "ACTIONS" alone on its line: a heading over the actions below
  if (owner || toks.length > m || (toks[m - 1] as Token).end < trimSpan(text, span.start, span.end).end) return null;
  return { start: (toks[0] as Token).start, body: { start: span.end, end: span.end }, owner };
}

/**
 * A "Who:" or "When:" line below, after at most two lines that carry the
 * action on (an e-mail's hard wrap) or are blank: the marker starts a block
 * of fields, which structure.ts reads.
 */
function fieldsBelow(lines: readonly MarkLine[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const nx = lines[k];
    if (nx?.kind !== 'blank' && nx?.kind !== 'text') return nx?.kind === 'field' && (nx.field === 'who' || nx.field === 'when');
  }
  return false;
}

/** Pieces of text[span] between semicolons outside brackets. */
function semicolonParts(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = span.start;
  for (let i = span.start; i <= span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    if (i === span.end || (c === 59 && depth === 0)) {
      let a = from;
      const lead = /^\s*(?:and|then|also)\s+/i.exec(text.slice(a, Math.min(i, a + 12)));
      if (lead) a += lead[0].length;
      const p = trimSpan(text, a, i);
      if (p.end > p.start) out.push(p);
      from = i + 1;
    }
  }
  return out;
}

/** Does a piece after a semicolon read as an action of its own ("SW to ring", "book the room")? */
function readsAsAction(text: string, span: Span, lex: Lex): boolean {
  const info = analyseClause(text, span, lex);
  if (info.modal >= 0 && (info.subject !== null || info.passive)) return true;
  const t0 = info.tokens[0];
  return !!t0 && lex.imperatives.hasToken(t0) && words(info.tokens) >= 3;
}

interface Bracket {
  /** Where the bracket opens (the action text ends before it). */
  open: number;
  who: Span | null | undefined;
  when: Span | null | undefined;
  /** Both fields given, the second a time: the layout's own shape. */
  full: boolean;
}

/** A short owner: "HV", "HV, Midwife and GP", "Maternity ward", "Jo (FSW)" – not a clause. */
function ownerish(text: string, span: Span, lex: Lex): boolean {
  const toks = tokenize(text, span.start, span.end);
  const n = words(toks);
  if (n === 0 || n > 8) return false;
  if (toks.some((t) => t.word && (lex.finite.hasToken(t) || lex.modals.hasToken(t)))) return false;
  if (analyseClause(text, span, lex).modal >= 0) return false;
  const first = toks.find((t) => t.word) as Token;
  return lex.ownerWords.hasToken(first) || isCapitalised(first);
}

function isNoOwner(text: string, span: Span, lex: Lex): boolean {
  return lex.noOwner.equals(tokenize(text, span.start, span.end).filter((t) => t.word || t.text === '/'));
}

/**
 * "… (HV – 19/01/27)", "… (TBC – before discharge)", "… (TBC)": a bracket at
 * the end of the line holding the owner, a spaced dash and the time. A bare
 * "(TBC)" leaves both unknown.
 */
export function trailingBracket(text: string, span: Span, lex: Lex): Bracket | null {
  let end = span.end;
  while (end > span.start && (text[end - 1] === '.' || isSpace(text.charCodeAt(end - 1)))) end--;
  // "[HV – weekly]" reads like "(HV – weekly)"
  const close = text[end - 1] as string;
  const opener = close === ']' ? '[' : '(';
  if (close !== ')' && close !== ']') return null;
  // ("(Kelly (FSW) – weekly)": one bracket inside may name the role)
  let open = end - 2;
  let depth = 0;
  while (open > span.start && (text[open] !== opener || depth-- > 0) && end - open < 90) if (text[open--] === close) depth++;
  if (text[open] !== opener || open <= span.start || depth > 0) return null;
  const inner = trimSpan(text, open + 1, end - 1);
  if (inner.end <= inner.start) return null;
  const innerText = text.slice(inner.start, inner.end);
  // "(Who: HV. When: weekly)" are labelled fields, which structure.ts reads
  if (/[A-Za-z]:/.test(innerText)) return null;
  // "(HV – 19/01/27)"; also "(HV, 19/01/27)" and "(NF by 29/1)" when a time follows
  let cut: [number, number] | null = null;
  const dash = SPACED_DASH.exec(innerText);
  if (dash) cut = [inner.start + dash.index, inner.start + dash.index + dash[0].length];
  else {
    const other = /, | by /g;
    for (let m = other.exec(innerText); m && !cut; m = other.exec(innerText)) {
      const from = inner.start + m.index + (m[0] === ', ' ? 2 : 1);
      if (findWhen(text, { start: from, end: inner.end }, lex)?.span.start === from) cut = [inner.start + m.index, from];
    }
  }
  if (cut) {
    let a = trimSpan(text, inner.start, cut[0]);
    const b = trimSpan(text, cut[1], inner.end);
    // "(SW to arrange, within 2 days)": the owner and a bare verb saying they see to it
    // looked for inside the owner part only (an unbounded search ran back through the whole text)
    const ti = text.slice(a.start, a.end + 4).lastIndexOf(' to ', a.end - a.start);
    const to = ti < 0 ? -1 : a.start + ti;
    if (to > a.start && /^[a-z]+$/.test(text.slice(to + 4, a.end)) && ownerish(text, { start: a.start, end: to }, lex)) a = { start: a.start, end: to };
    const none = isNoOwner(text, a, lex);
    if (!none && !ownerish(text, a, lex)) return null;
    const timed = isNoOwner(text, b, lex) || findWhen(text, b, lex) !== null;
    if (!timed && words(tokenize(text, b.start, b.end)) > 12) return null;
    return { open, who: none ? null : a, when: b, full: timed };
  }
  if (isNoOwner(text, inner, lex)) return { open, who: null, when: inner, full: false };
  return null;
}

/** A quick look for a trailer: an arrow, or a full stop and a key with a colon, a spaced dash or "to" after it. */
export const TRAIL = /[→⇒➔➡]|[.;] [A-Za-z][\w ]{0,20}(?:: | [–—-] | to )/;

/** "SK – by 24/6", "KL, weekly", "Ms Tranter (DSL)": an owner, and a time after a spaced dash or a comma. */
export function trailOwner(text: string, span: Span, lex: Lex): { who: Span; when: Span | null } | null {
  const v = text.slice(span.start, span.end).replace(/\.$/, '');
  const d = SPACED_DASH.exec(v) ?? /, /.exec(v);
  const when = d && trimSpan(text, span.start + d.index + d[0].length, span.start + v.length);
  // ("IDVA – Shazia Malik": a name after the dash is the owner's own)
  const f = when && findWhen(text, when, lex);
  const timed = f && (d[0] !== ', ' || f.span.start === when.start);
  const who = trimSpan(text, span.start, span.start + (timed ? d.index : v.length));
  return ownerish(text, who, lex) ? { who, when: timed ? when : null } : null;
}

/**
 * "… bring the outcome to core group. ACTION: SK – by 24/6", "… . Actioned to
 * KL", "… → Mum, weekly": minutes that write who (and when) after the step. The
 * key's start, the owner and the time.
 */
export function actionTrailer(text: string, toks: readonly Token[], lex: Lex): { at: number; who: Span; when: Span | null } | null {
  for (let k = 3; k < toks.length; k++) {
    const t = toks[k] as Token;
    const p = (toks[k - 1] as Token).text;
    let v = /^[→⇒➔➡]/.test(t.text) ? k + 1 : -1;
    if (p === '.' || p === ';') {
      const m = lex.actionMarkers.matchAt(toks, k);
      // ("Actioned to KL", "Allocated to FSW": a who key that ends in "to" needs no colon)
      const n = lex.colWho.matchAt(toks, k);
      if (m > 0 && /^[:–—-]$/.test(toks[k + m]?.text ?? '')) v = k + m + 1;
      else if (n > 0 && toks[k + n - 1]?.lower === 'to') v = k + n;
    }
    const own = toks[v] && trailOwner(text, { start: (toks[v] as Token).start, end: (toks[toks.length - 1] as Token).end }, lex);
    if (own) return { at: t.start, ...own };
  }
  return null;
}

/** The action before a trailing bracket; an infinitive "To book…" line reads as "book…". */
function actionBefore(text: string, start: number, open: number): Span {
  const what = trimSpan(text, start, open);
  if (/^to\s+[a-z]/i.test(text.slice(what.start, what.start + 4))) {
    const rest = trimSpan(text, what.start + 2, what.end);
    if (rest.end > rest.start) return rest;
  }
  return what;
}

function bracketItem(text: string, span: Span, br: Bracket, start: number): Item {
  const item: Item = { kind: 'list', span, what: [actionBefore(text, start, br.open)], who: br.who, when: br.when };
  return item;
}

/** "Actions agreed:" over one action a line, up to a blank line. */
function listedBelow(text: string, lines: readonly MarkLine[], i: number, lex: Lex, finish: (item: Item) => void): Item[] {
  const out: Item[] = [];
  let j = i + 1;
  while (j < lines.length && (lines[j] as MarkLine).kind === 'blank') j++;
  for (; j < lines.length && (lines[j] as MarkLine).kind !== 'blank'; j++) {
    const c = contentOf(lines[j] as MarkLine);
    if (words(tokenize(text, c.start, c.end)) < 3) break;
    // a title ("Risk area 1 – Housing") is not one of the actions
    if (!endsSentence(text.slice(c.start, c.end)) && analyseClause(text, c, lex).modal < 0) continue;
    const span = trimSpan(text, c.start, c.end);
    const br = trailingBracket(text, c, lex);
    const item: Item = br ? bracketItem(text, span, br, c.start) : { kind: 'list', span, what: [span], who: undefined, when: undefined };
    finish(item);
    out.push(item);
  }
  return out;
}

/**
 * The marked lines of a plan; `whole` when the plan marks its actions this
 * way (then they are its actions), or null when it has no marked line. `found` is how many items the layout reading
 * found; `finish` applies structure.ts's own field readers (dashes, owner
 * brackets) to an item.
 */
export function markedItems(text: string, lines: readonly MarkLine[], lex: Lex, found: number, finish: (item: Item) => void): { items: Item[]; whole: boolean } | null {
  const marked: Item[] = [];
  /** Lines with a bare "Actions agreed:" heading, read only when the plan marks its actions. */
  const bare: number[] = [];
  const bracketed: Item[] = [];
  let inline = 0;
  let full = 0;
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const l = lines[i] as MarkLine;
    if (l.kind === 'blank' || l.kind === 'tab') continue;
    const content = contentOf(l);
    const mk = mayMark(text, content) ? markerAt(text, content, lex) : null;
    if (mk) {
      if (fieldsBelow(lines, i)) continue;
      if (mk.body.end <= mk.body.start) {
        bare.push(i);
        continue;
      }
      // the action may wrap onto the next lines
      let body = mk.body;
      let j = i + 1;
      while (j < n) {
        const c = lines[j] as MarkLine;
        if (c.kind !== 'text' || endsSentence(text.slice(body.start, body.end))) break;
        const ch = text[c.start + c.indent] as string;
        if (ch === ch.toUpperCase()) break;
        body = { start: body.start, end: c.end };
        j++;
      }
      i = j - 1;
      if (words(tokenize(text, body.start, body.end)) < 3) continue;
      inline++;
      let parts = semicolonParts(text, body);
      if (parts.length > 1 && !parts.slice(1).every((p) => readsAsAction(text, p, lex))) parts = [body];
      // "ACTIONS: Mum to ring the GP; book the dentist": a piece with no doer takes the first one's
      const lead = analyseClause(text, parts[0] as Span, lex).subject ?? mk.owner ?? undefined;
      parts.forEach((p, k) => {
        const span = k === 0 ? trimSpan(text, mk.start, p.end) : p;
        const br = trailingBracket(text, p, lex);
        const item: Item = br ? bracketItem(text, span, br, p.start) : { kind: 'list', span, what: [p], who: undefined, when: undefined };
        const info = analyseClause(text, p, lex);
        const own = k === 0 ? mk.owner : lead;
        if (own && !info.subject && !(info.passive && info.agent)) item.sectionOwner = own;
        finish(item);
        marked.push(item);
      });
      continue;
    }
    if (l.kind !== 'text' && l.kind !== 'list') continue;
    const br = trailingBracket(text, content, lex);
    // "… . ACTION: SK – by 24/6": a line that ends with its owner after a marker is marked too
    const tr = !br && TRAIL.test(l.text) && actionTrailer(text, tokenize(text, content.start, content.end), lex);
    if (!br && !tr) continue;
    // an action wrapped over lines: "To talk through feeding and" / "the birth plan. (HV – 19/01/27)"
    let from = content.start;
    for (let k = i - 1; l.kind === 'text' && k >= 0; k--) {
      const p = lines[k] as MarkLine;
      const ch = text[from] as string;
      if ((p.kind !== 'text' && p.kind !== 'list') || ch !== ch.toLowerCase() || endsSentence(p.text)) break;
      from = contentOf(p).start;
      if (p.kind === 'list') break;
    }
    const span = trimSpan(text, from, content.end);
    if (!br) {
      inline++;
      const item: Item = { kind: 'list', span, what: [span], who: undefined, when: undefined, trail: true };
      finish(item);
      marked.push(item);
      continue;
    }
    if (words(tokenize(text, from, br.open)) < 3) continue;
    if (br.full) full++;
    const item = bracketItem(text, span, br, from);
    finish(item);
    bracketed.push(item);
  }
  const useMarked = inline >= 2 || (inline === 1 && found === 0);
  if (useMarked) for (const b of bare) marked.push(...listedBelow(text, lines, b, lex, finish));
  const useBrackets = full >= 2;
  // one "Action: …" line in a plan laid out otherwise is still an action
  if (!useMarked && !useBrackets) return marked.length > 0 ? { items: marked, whole: false } : null;
  const out = [...(useMarked ? marked : []), ...(useBrackets ? bracketed : [])];
  out.sort((a, b) => a.span.start - b.span.start);
  return { items: out, whole: true };
}

/**
 * Items of a marked plan: the marked lines, and what the layout reading
 * found in lists, tables and field blocks that no marked line covers.
 * Sentences of the notes are left out: the author marked the actions.
 */
export function mergeMarked(marked: { items: Item[]; whole: boolean }, found: readonly Item[]): Item[] {
  if (!marked.whole) {
    // a stray marked line joins the plan's own items where none of them covers it
    const add = marked.items.filter((m) => !found.some((it) => m.span.start < it.span.end && it.span.start < m.span.end));
    return add.length === 0 ? [...found] : [...found, ...add].sort((a, b) => a.span.start - b.span.start);
  }
  // (a line with a trailer inside an item the layout found is that item's: "3.2 … ⏎ School to … ACTION: DSL")
  const out = marked.items.filter((m) => !m.trail || !found.some((it) => it.kind !== 'sentence' && it.span.start <= m.span.start && m.span.end <= it.span.end));
  for (const it of found) {
    if (it.kind === 'sentence') continue;
    if (out.some((m) => m.span.start < it.span.end && it.span.start < m.span.end)) continue;
    out.push(it);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
