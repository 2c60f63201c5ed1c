/**
 * Plan analysis: find every action in a plan and check what, who and by when.
 *
 * `analysePlan(text, lexicons)` is pure: no I/O, no globals, no Node
 * built-ins. Every span is a 0-based UTF-16 offset range into the ORIGINAL
 * text. The engine turns spans into positions and messages.
 */
import type { ActionProblem, Severity } from '../types.js';
import { aimHit, analyseClause, clauseSegment, lineOwner, stepExcused, subjectSpan, vagueExcused, type ClauseInfo } from './clause.js';
import { compileLexicons, type Lex, type PlanLexicons } from './lexicon.js';
import { agreedOwner } from './narrative.js';
import { closingBracket, codedOwner, findOwnerKey, type OwnerKey } from './owner-key.js';
import { findItems, type Item } from './structure.js';
import { isCapitalised, isJsSpace, setDocument, tokenize, trimSpan, type Span, type Token } from './text.js';
import { findWhen, followingWhen, headingTimes, judgeWhenField, type When } from './timescale.js';

export type { PlanLexicons } from './lexicon.js';
export type { Span } from './text.js';

export interface RawAction {
  span: Span;
  what: Span | null;
  who: Span | null;
  when: Span | null;
  problems: ActionProblem[];
}

export interface PlanFinding {
  ruleId: string;
  problem: ActionProblem;
  severity: Severity;
  span: Span;
  reason: string;
  note: string;
  expected: string[];
}

export interface PlanResult {
  actions: RawAction[];
  findings: PlanFinding[];
}

export function analysePlan(text: string, lexicons: PlanLexicons): PlanResult {
  const lex = compileLexicons(lexicons);
  setDocument(text);
  try {
    return analyse(text, lex);
  } finally {
    setDocument(null);
  }
}

function analyse(text: string, lex: Lex): PlanResult {
  const { items } = findItems(text, lex);
  const actions: RawAction[] = [];
  const findings: PlanFinding[] = [];
  const key = findOwnerKey(text);
  let lastEnd = -1;
  const heads: Span[] = [];
  for (const item of items) if (item.sectionHead) heads.push(item.sectionHead);
  const headTimes = heads.length > 0 ? headingTimes(text, heads, lex) : null;
  for (const item of items) {
    if (item.span.start < lastEnd) continue; // never report overlapping actions
    actions.push(analyseItem(text, item, lex, findings, key, headTimes));
    lastEnd = item.span.end;
  }
  return { actions, findings };
}

// ---------------------------------------------------------------------------

function union(spans: Span[]): Span | null {
  const f = spans[0];
  return f ? { start: f.start, end: (spans[spans.length - 1] as Span).end } : null;
}

/** Headerless table rows: guess who and when from the other cells' words. */
function guessColumns(text: string, item: Item, lex: Lex): void {
  if (item.kind !== 'row' || item.who !== undefined || item.what.length < 2) return;
  let [first, ...rest] = item.what;
  // "•⇥Gemma to …", "o⇥Dr Lee to …": a Word bullet (a symbol font's glyph, or "o") and a tab before the text is no cell of its own
  while (first && rest.length > 0 && /^[o•·▪*\uf000-\uf0ff-]?$/.test(text.slice(first.start, first.end).trim())) [first, ...rest] = rest;
  if (!first) return;
  for (const cell of rest) {
    if (item.when === undefined && judgeWhenField(text, cell, lex) && findWhen(text, cell, lex)) {
      item.when = cell;
      continue;
    }
    if (item.who === undefined && ownerLike(text, cell, lex)) item.who = cell;
  }
  item.what = [first];
}

function ownerLike(text: string, span: Span, lex: Lex): boolean {
  const toks = tokenize(text, span.start, span.end).filter((t) => t.word);
  if (toks.length === 0 || toks.length > 8) return false;
  return toks.some((t) => lex.ownerWords.hasToken(t) || (t.text[0] !== undefined && t.text[0] !== t.text[0].toLowerCase()));
}

const UNFILLED = /\b(?:unallocated|to be allocated|vacant)\b/i;

/** "Sophie to arrange" in a Who cell: the owner is "Sophie". */
function ownerFromCell(text: string, span: Span, lex: Lex): Span | null {
  const toks = tokenize(text, span.start, span.end);
  if (!toks.some((t) => t.word)) return null;
  if (lex.noOwner.equals(toks.filter((t) => t.word || t.text === '/'))) return null;
  // "FSW – unallocated", "SW (to be allocated)": a role with no one in it yet
  if (UNFILLED.test(text.slice(span.start, span.end))) return null;
  const info = analyseClause(text, span, lex);
  // ("Liam to be referred to a course": a passive step in the cell, whose subject is who it is done to)
  if (info.modal > 0 && info.passive) return info.agent;
  if (info.modal > 0 && info.subject) return info.subject;
  return span;
}


function isVagueOwner(text: string, span: Span, lex: Lex): boolean {
  const toks = tokenize(text, span.start, span.end);
  let depth = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const c = lex.collective.matchAt(toks, k);
    if (c === 0) continue;
    // "family support worker" is a role, not "the family"
    // "the family support worker": a determiner, then a role longer than "the family"
    const longer = Math.max(roleAt(toks, k, lex), lex.determiners.hasToken(t) ? roleAt(toks, k + 1, lex) + 1 : 0);
    // "the family worker", "family link officer": a collective word that names a role
    const after = toks[k + c];
    if (after && after.word && lex.ownerHeads.hasToken(after) && !lex.collective.hasToken(after)) {
      k += c;
      continue;
    }
    if (longer > c) {
      k += longer - 1;
      continue;
    }
    return true;
  }
  const words = toks.filter((t) => t.word && !lex.determiners.hasToken(t));
  return lex.vagueAgency.equals(words);
}

/** Is the span one service or worker's role ("Police", "the school", "speech therapist"), not a family member or a name? */
function serviceOnly(text: string, span: Span, lex: Lex): boolean {
  const words = tokenize(text, span.start, span.end).filter((t) => t.word && !lex.determiners.hasToken(t));
  return words.length > 0 && Math.max(lex.agency.matchAt(words, 0), lex.professional.matchAt(words, 0)) === words.length;
}

/** "Jo/Carl/school": names and roles joined by slashes (not days: "Monday/Friday"). */
function sharedBy(words: string, lex: Lex): boolean {
  const parts = words.split('/');
  return parts.length > 1 && parts.every((p) => /^[A-Z]?[a-z]+$/.test(p) && !lex.weekdays.has(p.toLowerCase()) && (p < 'a' || lex.ownerWords.has(p)));
}

function roleAt(toks: readonly Token[], q: number, lex: Lex): number {
  return Math.max(lex.professional.matchAt(toks, q), lex.family.matchAt(toks, q), lex.agency.matchAt(toks, q));
}

interface VagueWhat {
  vague: boolean;
  span: Span | null;
}

const RECEIVES = new Set(['have', 'start', 'receive']);
const NAME = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
let childText = '';
let childNames = new Set<string>();
/** Is the owner one child: "Baby", or a first name the plan gives with an age under 18 ("Lily Shaw (6)", "Lily (6)")? */
function isChild(text: string, who: Span): boolean {
  const name = text.slice(who.start, who.end).trim().toLowerCase();
  if (name === 'baby' || name === 'the baby') return true;
  if (text !== childText) {
    childText = text;
    childNames = new Set();
    for (const m of text.matchAll(/ \(([0-9]{1,2})\)/g)) {
      if (Number(m[1]) >= 18) continue;
      // ("Jo COLE  (9)": spaces padded for a form are one gap)
      const words = text.slice(Math.max(0, m.index - 40), m.index).trimEnd().split(/[ \t]+/);
      const last = words[words.length - 1] ?? '';
      const before = words[words.length - 2] ?? '';
      // ("Ellie-Mae DUNN (11)": a first name may be joined with a hyphen)
      const name = NAME.test(before) && /^[A-Z]/.test(last) ? before : last;
      if (NAME.test(name)) childNames.add(name.toLowerCase());
    }
  }
  return childNames.has(name);
}

/** "have a code word with Mr Cole": a thing (no service or meeting) kept with a named person or role, within a few words. */
function sharedWith(toks: readonly Token[], verb: number, lex: Lex): boolean {
  for (let q = verb + 2; q < toks.length && q < verb + 6; q++) {
    const t = toks[q] as Token;
    if (!t.word) return false;
    if (t.lower !== 'with') continue;
    if (lex.notOwner.hasToken(toks[q - 1] as Token)) return false;
    // ("with Mr Cole", "with her form tutor": a name or a role within three words)
    for (let r = q + 1; r < q + 4 && toks[r]?.word; r++) if (lex.ownerHeads.hasToken(toks[r] as Token) || /^[A-Z]/.test((toks[r] as Token).text)) return true;
    return false;
  }
  return false;
}

/** "have a full parenting assessment": an assessment as the object, within a few words of the verb. */
function assessed(toks: readonly Token[], verb: number): boolean {
  for (let q = verb + 1; q < verb + 6 && toks[q]?.word && !PREPOSITIONS.has((toks[q] as Token).lower); q++) if ((toks[q] as Token).lower.startsWith('assessment')) return true;
  return false;
}
const PREPOSITIONS = new Set(['with', 'for', 'to', 'at', 'on', 'of']);

const DO_FORMS = new Set(['do', 'does', 'did']);
/** Does the clause from tokens[k] forbid an act ("…is never left…", "…does not go…"), not just a state ("…are not exposed to…")? */
function forbids(toks: readonly Token[], k: number): boolean {
  for (let q = k; q < toks.length && q < k + 6; q++) {
    const t = toks[q] as Token;
    if (t.text === '.' || t.text === ';' || t.text === ',') return false;
    if (t.lower === 'never' || (t.lower === 'not' && DO_FORMS.has(toks[q - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * The subject only receives the step, so nobody is named to give it: a child named in the plan who "will have" or
 * "will see the school nurse" (a worker after "the" and up to one more word), unless it is something shared with
 * someone; or anyone who "will have/get sessions with someone from the youth team".
 */
function receivesOnly(text: string, who: Span, info: ClauseInfo, end: number | undefined, lex: Lex): boolean {
  const p = info.predicate;
  const verb = info.tokens[p]?.lower ?? '';
  const seesWorker = verb === 'see' && (lex.professional.matchAt(info.tokens, p + 2) > 0 || lex.professional.matchAt(info.tokens, p + 3) > 0);
  if (isChild(text, who) && (RECEIVES.has(verb) || seesWorker) && !sharedWith(info.tokens, p, lex)) return true;
  return (RECEIVES.has(verb) || verb === 'get') && / (?:with|from) some(?:one|body)\b/.test(text.slice(who.end, end));
}

/** "look at", "check in": a visit, timed by a dated When field too (a deadline does not time a rule: "ensure …"), and so is progress with a deadline. */
const VISITS = new Set(['look', 'check', 'looked', 'progress', 'progressed']);

function judgeWhat(text: string, info: ClauseInfo, lex: Lex, timed: boolean, fieldTimed = false): VagueWhat {
  const toks = info.tokens;
  if (toks.length === 0) return { vague: false, span: null };
  const concrete = lex.concrete.find(toks);
  let hit: { index: number; length: number } | null = null;
  if (info.passive) {
    const n = lex.vaguePassive.matchAt(toks, info.participle);
    // "Case to be heard at MARAC", "… considered at Panel": taken to a named meeting, which is a step
    const place = toks[info.participle + n + 1];
    const venue = toks[info.participle + n]?.lower === 'at' && place !== undefined && isCapitalised(place);
    if (n > 0 && !venue) hit = { index: info.participle, length: n };
    // "Work on his temper to be undertaken": the vague step is the subject the passive carries out
    const w = toks[info.start]?.lower === 'work' ? lex.vagueFirst.matchAt(toks, info.start) : 0;
    if (!hit && w > 1) hit = { index: info.start, length: w };
  } else {
    const p = info.predicate;
    const c = lex.continueVerbs.matchAt(toks, p);
    if (c > 0) {
      let q = p + c;
      if (toks[q]?.lower === 'to') q++;
      const n = lex.vagueFirst.matchAt(toks, q);
      if (n > 0) hit = { index: p, length: q + n - p };
      // "continue to see Ruby", "continue the offer": keeps on what is done now, with no new step unless it says how often
      else if (!timed) hit = { index: p, length: c };
    } else {
      const n = lex.vagueFirst.matchAt(toks, p);
      if (n > 0) hit = { index: p, length: n };
    }
    // "Continue to offer short breaks": the reading took its "to" for a modal
    const c0 = info.subject ? 0 : lex.continueVerbs.matchAt(toks, info.start);
    if (!hit && c0 > 0 && info.start < p && !timed) hit = { index: info.start, length: c0 };
  }
  // (or a group shares with anyone: "all agencies to share any worries with the SW" is a standing watch, not a step,
  // unless it says at once: "all to share any worries with Dan straight away")
  if (!hit && !info.passive && lex.needsRecipient.matchAt(toks, info.predicate) > 0 && (!toks.some((t, k) => k > info.predicate && (t.lower === 'with' || t.lower === 'to')) || (lex.collective.matchAt(toks, info.start) > 0 && !lex.immediate.find(toks, info.predicate) && !toks.some((t) => t.lower === 'delay')))) hit = { index: info.predicate, length: 1 };
  if (!hit) hit = lex.vaguePhrases.find(toks, info.start);
  if (!hit) hit = aimHit(toks, info, lex);
  // a method ("using his talker") makes direct work concrete, but not a vague passive ("views to be gathered using…")
  // (unless the method is itself vague: "using appropriate methods")
  if (!hit || (concrete && hit.index !== info.participle && hit.index !== concrete.index) || vagueExcused(toks, hit.index, lex) || stepExcused(toks, hit.index, info, lex)) return { vague: false, span: null };
  // "make sure Sam gets to school by 8.45am every day" says what will be seen
  const ut = lex.vagueUnlessTimed.matchAt(toks, hit.index);
  // (not when what is to be made sure of is itself vague: "make sure his needs are met at all times")
  if ((timed || (fieldTimed && VISITS.has((toks[hit.index] as Token).lower))) && ut > 0 && !lex.vaguePhrases.find(toks, hit.index + ut)) return { vague: false, span: null };
  // "make sure Sam is never left with…", "ensure he does not go to…": a rule whose breach can be seen
  if (ut > 0 && forbids(toks, hit.index + ut)) return { vague: false, span: null };
  const a = toks[hit.index] as Token;
  const b = toks[hit.index + hit.length - 1] as Token;
  return { vague: true, span: { start: a.start, end: b.end } };
}

function analyseItem(text: string, item: Item, lex: Lex, findings: PlanFinding[], key: OwnerKey | null, headTimes: Map<number, When> | null): RawAction {
  guessColumns(text, item, lex);
  const whatSpan = union(item.what);
  const info = whatSpan ? analyseClause(text, clauseSegment(text, item.what) as Span, lex) : null;

  // who
  let who: Span | null = null;
  if (item.who !== undefined) {
    who = item.who ? ownerFromCell(text, item.who, lex) : null;
    // "Date to be set by the chair’s office (TBC)": a field that is blank or names nobody, but the passive's "by" does,
    // and so does a service or a worker's role that opens the action ("Police to check his bail | (blank) |",
    // "Speech therapist to … | (blank)"; a parent or child there with a blank field is still no owner: "Jo to engage | (blank)")
    if (!who && info) who = info.agent ?? (info.subject && info.owner === info.subject && serviceOnly(text, info.subject, lex) ? info.subject : null);
  } else if (info) {
    who = info.owner;
    // "Keep the phone downstairs at night ⏎ Kim and Steve - from tonight": a line under the step that names who
    for (let k = 1; !who && k < item.what.length; k++) who = lineOwner(text, item.what[k - 1] as Span, item.what[k] as Span, lex);
  }
  // "(A, C) Book the scan" under a key "A = Chloe … C = Hannah": the codes name the owners
  const coded = key && item.who === undefined ? codedOwner(text, item.what, key) : undefined;
  if (coded) who = coded.span;
  // "Carers assessment for Jo (Adult Social Care)": a closing bracket that is all one role or agency
  if (!who && coded === undefined && item.who === undefined) {
    const b = closingBracket(text, item.what);
    const bk = b ? tokenize(text, b.start, b.end) : [];
    const bt = bk.filter((t) => t.word);
    // ("(Jo Reed, school nurse – by 10 May)": before a dash and a time, any owner's name)
    if (b && bt.length > 0 && (Math.max(roleAt(bt, 0, lex), lex.collective.matchAt(bt, 0)) === bt.length || sharedBy(text.slice(b.start, b.end), lex) || (/^ [–—-] /.test(text.slice(b.end, b.end + 3)) && subjectSpan(bk, 0, bk.length, lex)?.start === b.start))) who = b;
  }

  // "Lily to have her eyes tested", "Baby to start at nursery": a child named in the plan receives; nobody is named to arrange it
  // ("Sana to have a safe word with her teacher": something she keeps up with someone, not a service she is given)
  if (who && info && who === info.owner && item.who === undefined && !info.passive && receivesOnly(text, who, info, whatSpan?.end, lex)) who = null;
  // "Gran will have a viability assessment": an assessment is done to the one who has it, by someone not named
  // (not "Nadia to start the parenting assessment": who starts one does it)
  if (who && info && who === info.owner && item.who === undefined && !info.passive && info.tokens[info.predicate]?.lower === 'have' && assessed(info.tokens, info.predicate)) who = null;
  // "GP to be informed" under a "Health" heading: a passive names who it is done to, not who does it
  // ("A strategy meeting – TBC" under "Everyone": a group heading gives no one a line with no verb)
  // ("Someone will ask Nan…" under "What the adults will do": the item itself says nobody is named)
  if (!who && item.who === undefined && item.sectionOwner && !(info && (info.passive || info.expletive || (info.subject && /^some(?:one|body)$/i.test(text.slice(info.subject.start, info.subject.end))) || (info.modal < 0 && !lex.imperatives.has(info.tokens[info.start]?.lower ?? '') && isVagueOwner(text, item.sectionOwner, lex))))) who = item.sectionOwner;
  // "Dad has agreed that the tablets will be locked away": he owns it
  if (!who && item.who === undefined && item.kind === 'sentence' && info && !info.agent) who = agreedOwner(info.tokens, lex);

  // when (each segment's timescale is found once and used for both questions)
  let when: When | null = null;
  let timedInText = false;
  let whenFound = item.when !== undefined;
  if (item.when !== undefined) when = item.when ? judgeWhenField(text, item.when, lex) : null;
  for (const seg of item.what) {
    const w = findWhen(text, seg, lex);
    // a blank When cell still leaves the action's own trigger ("a body map check if school see any marks")
    if (w?.trigger && !when && item.when !== undefined) whenFound = false;
    if (!whenFound && w) {
      when = w;
      whenFound = true;
    }
    if (w && !w.vague) timedInText = true;
  }
  // "WITHIN 10 WORKING DAYS" over "- Nadia to start the assessment.": a heading that is a time times the items with none of their own
  if (!when && item.when === undefined && item.sectionHead) when = headTimes?.get(item.sectionHead.start) ?? null;
  if (!when && item.kind === 'sentence') when = followingWhen(text, item.span.end, lex);
  const vagueWhat = info ? judgeWhat(text, info, lex, timedInText, !!item.when && !!when && !when.vague) : { vague: false, span: null };

  const problems: ActionProblem[] = [];
  const quoted = whatSpan ?? item.span;
  // the quote is made once, however many messages use it
  let quoteText: string | undefined;
  if (!whatSpan || item.emptyWhat) {
    problems.push('missing-action');
    findings.push(finding('missing-action', 'error', item.span, `This row has no action: say what will be done.`));
  } else if (vagueWhat.vague && vagueWhat.span) {
    const words = text.slice(vagueWhat.span.start, vagueWhat.span.end);
    problems.push('vague-action');
    findings.push(finding('vague-action', 'warning', vagueWhat.span, `“${words}” does not say what will actually be done in “${(quoteText ??= quoteOf(text, quoted))}”. Say the step, how often and how many.`));
  }
  if (!who) {
    problems.push('missing-owner');
    findings.push(finding('missing-owner', 'error', whatSpan ?? item.span, `No one is named to do “${(quoteText ??= quoteOf(text, quoted))}”. Say who will do this: a name or a role.`));
  } else if (isVagueOwner(text, who, lex) || coded?.values.some((v) => isVagueOwner(text, v, lex))) {
    problems.push('vague-owner');
    findings.push(finding('vague-owner', 'warning', who, `“${text.slice(who.start, who.end)}” is not one person. Say who will do this: a name or a role.`));
  }
  if (!when) {
    problems.push('missing-timescale');
    findings.push(finding('missing-timescale', 'error', whatSpan ?? item.span, `“${quoteText ?? quoteOf(text, quoted)}” has no timescale. Give a date or how often.`));
  } else if (when.vague) {
    const vs = when.vagueSpan ?? when.span;
    problems.push('vague-timescale');
    const words = text.slice(vs.start, vs.end);
    const reason =
      when.why === 'undated'
        ? `“${words}”: this plan never gives a date for that. Add the date next to it.`
        : when.why === 'judgement'
          ? `“${words}” leaves the timing to someone’s judgement. Say when or how often, or exactly what will start it.`
          : `“${words}” is not a timescale. Give a date or how often.`;
    findings.push(finding('vague-timescale', 'warning', vs, reason));
  }
  return {
    span: item.span,
    what: whatSpan ? trimSpan(text, whatSpan.start, whatSpan.end) : null,
    who,
    when: when ? when.span : null,
    problems,
  };
}

function quoteOf(text: string, span: Span): string {
  // only the first words are quoted: do not normalise a long item's whole text
  let s = collapseSpaces(text, span.start, Math.min(span.end, span.start + 160));
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s.length > 60) {
    const cut = s.lastIndexOf(' ', 57);
    s = `${s.slice(0, cut > 30 ? cut : 57)}…`;
  }
  return s;
}

/** text[start, end) with runs of white space made one space and none at the ends. */
function collapseSpaces(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  let from = i;
  while (i < end) {
    if (!isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isJsSpace(text.charCodeAt(j))) j++;
    if (j >= end) break;
    if (j === i + 1 && text.charCodeAt(i) === 32) {
      i = j;
      continue;
    }
    out += `${text.slice(from, i)} `;
    from = j;
    i = j;
  }
  return out + text.slice(from, i);
}

const NOTES: Record<ActionProblem, string> = {
  'missing-action': 'A family cannot do, or check, something that is not written down as a step.',
  'vague-action':
    'Words like “monitor”, “support” or “engage” do not tell a family what will happen, so nobody can tell whether it was done.',
  'missing-owner': 'If no one is named, everyone can think someone else is doing it, and the family does not know whom to ask.',
  'vague-owner': 'When a group owns an action, no one person is answerable for it and the family does not know whom to ask.',
  'missing-timescale': 'Without a date or how often, a family cannot tell whether the plan is on track or late.',
  'vague-timescale': 'Words like “ongoing”, “asap” or “TBC” are not a time: nobody can say when it is late.',
};

const EXPECTED: Record<ActionProblem, string[]> = {
  'missing-action': ['Say what will be done, by whom and when'],
  'vague-action': ['Say what will actually be done: the step, how often and how many'],
  'missing-owner': ['Say who will do this: a name or a role'],
  'vague-owner': ['Name one person or role who will do this'],
  'missing-timescale': ['Give a date or how often'],
  'vague-timescale': ['Give a date or how often'],
};

function finding(problem: ActionProblem, severity: Severity, span: Span, reason: string): PlanFinding {
  return { ruleId: `plan/${problem}`, problem, severity, span, reason, note: NOTES[problem], expected: EXPECTED[problem] };
}
