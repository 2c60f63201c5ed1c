/**
 * Items that hold several actions: outcome sub-actions numbered "1a." / "2b)",
 * tick-box checklists ("☐ …", "[ ] …") and runs of clauses that each name
 * their own doer. Each piece is one action with its own owner and time.
 */
import type { Lex } from './lexicon.js';
import { isSpace, tokenize, trimSpan, type Span, type Token } from './text.js';
import { findWhen } from './timescale.js';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function contentAfter(text: string, from: number): number {
  let c = from;
  while (c < text.length && isSpace(text.charCodeAt(c))) c++;
  return c < text.length ? c : -1;
}

/**
 * "1a. …", "2b) …", "12c: …": a sub-action of outcome 1, 2 or 12 – a number of
 * one or two digits, one lower-case letter, then a full stop, bracket or colon
 * and a space. Returns where the item's words start, or -1.
 */
export function subNumber(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 2 && isDigit(text.charCodeAt(k))) k++;
  if (k === i) return -1;
  const l = text.charCodeAt(k);
  if (l < 97 || l > 122) return -1;
  const p = text[k + 1];
  if ((p !== '.' && p !== ')' && p !== ':') || !isSpace(text.charCodeAt(k + 2))) return -1;
  return contentAfter(text, k + 2);
}

/** Tick boxes: empty ones mark an open item, ticked or crossed ones a done item. */
const OPEN_BOXES = new Set(['☐', '❏', '❑']);
const DONE_BOXES = new Set(['☑', '☒', '✅']);

/**
 * A tick box starting a line: "☐ …", "☑ …", "[ ] …", "[x] …" (an optional
 * bullet before the brackets, "- [ ] …", as in Markdown task lists).
 * Returns [where the words start, ticked] or null.
 */
export function checkBox(text: string, i: number): [number, boolean] | null {
  const ch = text[i];
  if (ch === undefined) return null;
  if (OPEN_BOXES.has(ch) || DONE_BOXES.has(ch)) {
    const w = ch.length === 1 ? 1 : 2;
    if (!isSpace(text.charCodeAt(i + w))) return null;
    const c = contentAfter(text, i + w);
    return c < 0 ? null : [c, DONE_BOXES.has(ch)];
  }
  let j = i;
  if ((ch === '-' || ch === '*') && text[i + 1] === ' ') j = i + 2;
  if (text[j] !== '[' || text[j + 2] !== ']' || !isSpace(text.charCodeAt(j + 3))) return null;
  const mark = text[j + 1];
  if (mark !== ' ' && mark !== 'x' && mark !== 'X' && mark !== '✓' && mark !== '✔') return null;
  const c = contentAfter(text, j + 3);
  return c < 0 ? null : [c, mark !== ' '];
}

/** A spaced dash between a field's name and its value: "Lead – Sam", "Target - Friday". */
function dashAt(toks: readonly Token[], k: number, text: string): boolean {
  const t = toks[k];
  return t !== undefined && (t.text === '–' || t.text === '—' || t.text === '-') && isSpace(text.charCodeAt(t.start - 1)) && isSpace(text.charCodeAt(t.end));
}

/** The role of a field name at toks[i] followed by a spaced dash, and the dash's index. */
function dashKey(toks: readonly Token[], i: number, text: string, lex: Lex): { role: 'who' | 'when'; dash: number } | null {
  for (const role of ['who', 'when'] as const) {
    const n = (role === 'who' ? lex.colWho : lex.colWhen).matchAt(toks, i);
    if (n > 0 && dashAt(toks, i + n, text)) return { role, dash: i + n };
  }
  return null;
}

export interface DashFields {
  field: 'who' | 'when';
  value: Span;
  more: { field: 'who' | 'when'; value: Span };
}

/**
 * "Person responsible – Jo Hart   Target – each Monday", "Lead – HV   Date –
 * 3 May": an owner field and a time field on one line, each name followed by a
 * spaced dash instead of a colon, the second after a gap of two spaces or a
 * tab. Both fields must be there: one "Lead – …" alone may be a sentence.
 */
export function dashFieldLine(text: string, span: Span, lex: Lex): DashFields | null {
  const toks = tokenize(text, span.start, span.end);
  const first = dashKey(toks, 0, text, lex);
  if (!first) return null;
  for (let k = first.dash + 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    const gap = text.charCodeAt(t.start - 1) === 9 || (isSpace(text.charCodeAt(t.start - 1)) && isSpace(text.charCodeAt(t.start - 2)));
    if (!gap) continue;
    const second = dashKey(toks, k, text, lex);
    if (!second || second.role === first.role) continue;
    const v1 = trimSpan(text, (toks[first.dash] as Token).end, t.start);
    const v2 = trimSpan(text, (toks[second.dash] as Token).end, span.end);
    return { field: first.role, value: v1, more: { field: second.role, value: v2 } };
  }
  return null;
}

/** Semicolons outside brackets and quotes: the places where an item may be cut. */
function semicolons(toks: readonly Token[]): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    // brackets, quotes and semicolons are never words: a word is passed with one test, not seven
    if (t.word) continue;
    if (t.text === '(' || t.text === '[' || t.text === '“') depth++;
    else if ((t.text === ')' || t.text === ']' || t.text === '”') && depth > 0) depth--;
    else if (t.text === ';' && depth === 0) out.push(k);
  }
  return out;
}

/** Pieces of toks[from, to) cut at semicolons (and commas unless `semis`). */
function pieces(text: string, toks: readonly Token[], from: number, to: number, semis = false): Span[] {
  const out: Span[] = [];
  let a = from;
  const cuts = semis ? semicolons(toks) : [];
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    if (k === to || (t && (semis ? cuts.includes(k) : t.text === ',' || t.text === ';'))) {
      if (k > a) out.push(trimSpan(text, (toks[a] as Token).start, (toks[k - 1] as Token).end));
      a = k + 1;
    }
  }
  return out;
}

/** A short time phrase and nothing else: "by Friday", "from 3 May", "ongoing", "throughout". */
function timePiece(text: string, span: Span, lex: Lex): boolean {
  const toks = tokenize(text, span.start, span.end);
  const words = toks.filter((t) => t.word);
  if (words.length === 0 || words.length > 7) return false;
  if (words.some((t) => lex.finite.hasToken(t) || lex.modals.hasToken(t))) return false;
  const w = findWhen(text, span, lex);
  // the time starts the piece ("by Friday", not "Jo by Friday")
  return w !== null && w.span.start <= (words[0] as Token).end;
}

export interface TailFields {
  what: Span;
  who: Span | undefined;
  when: Span | undefined;
}

/**
 * "☐ Book the interpreter; Jo (SW), by Friday": a checklist item that gives
 * its owner and time after a semicolon, cut by commas or further semicolons.
 * Everything after the cut must be one owner and/or one time, in any order.
 * `isOwner` says whether a piece is only a name, role or agency.
 */
export function semicolonTail(text: string, seg: Span, lex: Lex, isOwner: (s: Span) => boolean): TailFields | null {
  const toks = tokenize(text, seg.start, seg.end);
  let end = toks.length;
  // a full stop at the end is not part of the last field
  while (end > 0 && (toks[end - 1] as Token).text === '.') end--;
  for (const k of semicolons(toks)) {
    const head = toks.slice(0, k).filter((t) => t.word).length;
    if (head < 2) continue;
    const ps = pieces(text, toks, k + 1, end);
    if (ps.length === 0 || ps.length > 2) continue;
    let who: Span | undefined;
    let when: Span | undefined;
    let ok = true;
    for (const p of ps) {
      if (when === undefined && timePiece(text, p, lex)) when = p;
      else if (who === undefined && isOwner(p)) who = p;
      else ok = false;
    }
    if (ok) return { what: trimSpan(text, seg.start, (toks[k] as Token).start), who, when };
  }
  return null;
}

/**
 * The clauses of an item that holds several actions cut at semicolons:
 * "MUM WILL go …; MUM WILL do …" (each clause opens with the same owner and
 * modal) or, after an owner the caller has already read ("SW: visit …;
 * complete …; SW: refer …"), clauses that each open with an instruction verb
 * or with that owner again. Returns the clauses, or null to keep the item whole.
 */
export function ownClauses(text: string, seg: Span, owner: Span | undefined, lex: Lex): Span[] | null {
  const toks = tokenize(text, seg.start, seg.end);
  const cuts = semicolons(toks);
  if (cuts.length === 0) return null;
  const clauses = pieces(text, toks, 0, toks.length, true);
  if (clauses.length !== cuts.length + 1) return null;
  // the first clause's lead: its words up to a modal or a colon ("MUM (JO) WILL", "SW:")
  const first = tokenize(text, seg.start, (clauses[0] as Span).end);
  const m = first.findIndex((t, k) => k > 0 && k < 8 && (t.text === ':' || lex.modals.hasToken(t)));
  const lower = (s: Span, n: number): string => text.slice(s.start, s.start + n).toLowerCase();
  const lead = m > 0 ? lower(seg, (first[m] as Token).end - seg.start) : null;
  const again = owner ? text.slice(owner.start, owner.end).toLowerCase() + ':' : null;
  for (const c of clauses) {
    const t0 = tokenize(text, c.start, c.end);
    const words = t0.filter((t) => t.word).length;
    const w = t0[0] as Token;
    const verb = owner !== undefined && /^[a-z]/.test(w.text) && lex.imperatives.hasToken(w);
    if (words < 2 || (c !== clauses[0] && !verb && lower(c, lead?.length ?? 0) !== lead && lower(c, again?.length ?? 0) !== again)) return null;
  }
  return clauses;
}

/** A bracket that says where an item came from, not who does it: "[Handover from Fran]", "(carried over from the ICPC plan)". */
export function originTag(inner: readonly Token[]): boolean {
  const w = inner.find((t) => t.word);
  return w !== undefined && /^(?:from|handover|handed|carried|transferred|passed|moved)$/.test(w.lower);
}
