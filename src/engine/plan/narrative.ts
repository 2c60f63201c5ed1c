/**
 * Assessments whose plan is written as narrative: "Section 7: Analysis and
 * Plan", then "7.1 Analysis" and "7.2 Plan" over paragraphs, the actions
 * ("The social worker will…", "It is recommended that…") inside the plan's
 * paragraphs among sentences of analysis. structure.ts asks this file
 * whether a line is such a heading; a section that mixes analysis and plan is
 * read for sentences that clearly state an action.
 */
import { analyseClause, REPORTS, subjectSpan, type ClauseInfo } from './clause.js';
import type { Lex } from './lexicon.js';
import { tokenize, type Span, type Token } from './text.js';
import { findWhen } from './timescale.js';

/** What this file needs of a classified line. */
export interface TitleLine {
  start: number;
  end: number;
  kind: string;
  contentStart: number;
}

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/i;

/**
 * "Section 7: Analysis and Plan", "Part B – The plan": a section label and its
 * number, then the title. Returns the title's tokens, or null.
 */
export function labelledTitle(keyToks: readonly Token[], rest: readonly Token[], lex: Lex): Token[] | null {
  const n = lex.secLabels.matchAt(keyToks, 0);
  if (n === 0 || keyToks.length !== n + 1) return null;
  const label = keyToks[n] as Token;
  if (!label.word || !(/^[0-9]/.test(label.text) || label.text.length === 1 || ROMAN.test(label.text))) return null;
  let words = 0;
  for (const t of rest) {
    if (t.word) words++;
    else if (t.text === '.' || t.text === '!' || t.text === ';') return null;
  }
  return words > 0 && words <= 10 ? [...rest] : null;
}

/** "Analysis and plan": a section holding both analysis and the plan's actions. */
export function mixedHeading(tokens: readonly Token[], lex: Lex): boolean {
  return lex.secMixed.find(tokens) !== null;
}

/**
 * "7.2 Plan" on its own line, a blank line, then a paragraph: a numbered
 * title, not a list of one item. The caller checks that its words name a
 * kind of section.
 */
export function titleOverBlank(text: string, lines: readonly TitleLine[], i: number): boolean {
  const line = lines[i];
  const blank = lines[i + 1];
  if (!line || line.kind !== 'list' || !blank || blank.kind !== 'blank') return false;
  let k = i + 2;
  while (k < lines.length && (lines[k] as TitleLine).kind === 'blank') k++;
  const next = lines[k];
  if (!next || next.kind !== 'text') return false;
  const toks = tokenize(text, line.contentStart, line.end);
  let words = 0;
  for (const t of toks) if (t.word) words++;
  const last = toks[toks.length - 1];
  return words > 0 && words <= 6 && !!last && (last.word || last.text === ')');
}

/**
 * "Piotr has agreed that, until …, the tablets will be kept in a locked box":
 * the person who agreed is the owner when the clause after "that" names
 * nobody. Returns the owner's span, or null.
 */
export function agreedOwner(tokens: readonly Token[], lex: Lex): Span | null {
  for (let k = 1; k < tokens.length && k < 12; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'agreed' || tokens[k + 1]?.lower !== 'that') continue;
    const aux = tokens[k - 1] as Token;
    const end = aux.lower === 'has' || aux.lower === 'have' ? k - 1 : k;
    const owner = subjectSpan(tokens, 0, end, lex);
    return owner && owner.start === (tokens[0] as Token).start ? owner : null;
  }
  return null;
}

/** Verbs of hoping: "I hope we will not need to…" wishes, it does not plan. */
const HOPES = new Set(['hope', 'hoped', 'hoping', 'wish', 'hopefully']);
const TELLS = new Set(['says', 'out', 'tells', 'you']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/**
 * Sentences of a letter or notes that are not actions though they hold a
 * clause that reads as one: a report of what the meeting found ("Everyone
 * agreed that the children need a plan": after "agreed that" the clause only
 * states something), someone's own words quoted ("Amy told me, “I will…”":
 * the verb is inside the quotation) and a hope ("I hope we will not need to
 * move"). `info` is the sentence's clause.
 */
export function notAnAction(info: ClauseInfo, lex: Lex): boolean {
  const toks = info.tokens;
  // "I hope …", "We really hope …", "Hopefully …"
  const t0 = toks[0];
  if (t0 && (t0.lower === 'hopefully' || (lex.pronouns.hasToken(t0) && (HOPES.has(toks[1]?.lower ?? '') || HOPES.has(toks[2]?.lower ?? ''))))) return true;
  // "If any of this does not make sense, ring me and I will explain", "If anything here is wrong, tell me and I will
  // change it": an offer of help with the plan itself
  if (t0?.lower === 'if' && toks.some((t) => t.lower === 'explain') && toks.some((t) => t.lower === 'sense' || t.lower === 'understand')) return true;
  if (t0?.lower === 'if' && (toks[1]?.lower === 'anything' || toks[1]?.lower === 'any') && toks.some((t) => t.lower === 'wrong') && toks.some((t) => t.lower === 'change' || t.lower === 'correct')) return true;
  // "Read it when you're ready and tell Sue what you think", "Read it through and let me know what you think":
  // a request to read the plan itself and answer it, not a step of the plan
  if (info.modal < 0 && t0?.lower === 'read' && toks.some((t, k) => t.lower === 'think' && toks[k - 2]?.lower === 'what')) return true;
  // "It says what you and your family are going to do", "This letter sets out what we will all do": the plan telling
  // what it holds; the clause after "what" is its contents
  const w = toks.findIndex((t, k) => k > 1 && k < 6 && /^(?:what|who|how)$/.test(t.lower) && TELLS.has(toks[k - 1]?.lower ?? ''));
  if (w > 0 && w < info.modal && /^(?:it|this|your|the)$/.test(t0?.lower ?? '')) return true;
  if (info.modal >= 0) return quoted(toks, info.modal);
  if (info.start === 0) return false;
  // "… agreed that Sam and Jo need a plan", "… that the flat is safe": a state, not a step
  for (let k = info.start + 1; k < toks.length && k < info.start + 10; k++) {
    const t = toks[k] as Token;
    if (!t.word || !(lex.finite.hasToken(t) || t.lower === 'need')) continue;
    // "… that a referral is made by May" is a passive step
    const next = toks[k + 1];
    return !!next && next.lower !== 'to' && !next.lower.endsWith('ed') && !lex.irregularParticiples.hasToken(next);
  }
  return false;
}

/** Does token k stand inside a quotation that opens after the sentence's first word? */
function quoted(toks: readonly Token[], k: number): boolean {
  let open = false;
  for (let j = 1; j < k; j++) {
    const t = (toks[j] as Token).text;
    // a straight quote after a letter is an apostrophe, not a quotation mark
    if (!open && OPEN_QUOTES.has(t) && t !== '‘') open = true;
    else if (open && CLOSE_QUOTES.has(t) && t !== '’') open = false;
  }
  return open;
}

/**
 * "We will all meet again at the school on Monday 3 May at 4pm to see how it
 * is going.": the meeting that closes a plan, written below the plan's last
 * section (often under "If you are worried…" advice), is itself an action
 * when it gives a date.
 */
export function closingMeeting(text: string, s: Span, lex: Lex): boolean {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 30));
  // "We will meet …", "We'll meet …"
  const one = toks[0]?.lower === "we'll";
  if (!one && (toks[0]?.lower !== 'we' || toks[1]?.lower !== 'will')) return false;
  let k = one ? 1 : 2;
  while (k < 5 && (toks[k]?.lower === 'all' || toks[k]?.lower === 'then')) k++;
  if (toks[k]?.lower !== 'meet') return false;
  const when = findWhen(text, s, lex);
  return when !== null && !when.vague;
}

/**
 * "A hearing test for Jo has been completed – no further action.": an item
 * that records a step as done is history, not part of the plan ("… record
 * what has been done", "… until it has been done" are steps).
 */
export function doneRecord(text: string, s: Span): boolean {
  const t = text.slice(s.start, Math.min(s.end, s.start + 120));
  const m = / ha(?:s|ve) been (?:completed|done|finished)\b/i.exec(t);
  return !!m && !/\b(?:what|until|when|once|which|that|if|to)\b/i.test(t.slice(0, m.index));
}

/**
 * "It would be good if Mum could think about …", "It would really help if Dad
 * could …": a soft ask of a named person, an action however vaguely put.
 * Returns the person asked and the step, or null.
 */
export function softAsk(text: string, s: Span, lex: Lex): { who: Span; what: Span } | null {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 80));
  if (toks[0]?.lower !== 'it' || toks[1]?.lower !== 'would') return null;
  const at = toks.findIndex((t, k) => k > 2 && k < 6 && t.lower === 'if');
  const m = toks.findIndex((t, k) => k > at + 1 && k < at + 8 && ASKED.has(t.lower));
  if (at < 0 || m < 0) return null;
  const who = subjectSpan(toks, at + 1, m, lex);
  const verb = toks[m + 1];
  // the step is read from its verb ("think about how …"), as an order would be
  return who && verb && who.start === (toks[at + 1] as Token).start ? { who, what: { start: verb.start, end: s.end } } : null;
}

const ASKED = new Set(['could', 'would', 'can', 'will']);

/**
 * "Dev's uncle, Sam, told us that he will collect Dev from school on
 * Fridays.": under a views heading, a promise someone made, reported with
 * them as the subject, is an action (a view is what people think or want:
 * "Mum said she does not agree …", "… that she will do anything for them").
 */
export function reportedPromise(text: string, s: Span, lex: Lex): boolean {
  const info = analyseClause(text, s, lex);
  const toks = info.tokens;
  const subj = info.subject;
  return !info.passive && subj?.start === s.start && toks[info.modal]?.lower === 'will' && toks.some((t, k) => k < info.modal && t.start >= subj.end && REPORTS.has(t.lower)) && lex.vagueFirst.matchAt(toks, info.predicate) === 0 && !notAnAction(info, lex);
}
