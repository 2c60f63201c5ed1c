/**
 * Find when (or how often) an action happens, and judge whether it is vague.
 *
 * Numeric dates are checked by `isUkNumericDate` (day before month; see
 * date.ts for why chrono-node was dropped). Frequencies, periods, anchors
 * ("by the review conference"), immediate words, triggers and vague phrases
 * come from the lexicon (rules/plan/timescales.yml, which says how the lists
 * work together). An anchor is clear only when the plan dates its event
 * somewhere (`anchorDated`); a trigger is vague when it leaves the timing to
 * someone's judgement, discretion or another body's process.
 */
import { isUkNumericDate } from './date.js';
import { TIME_NAME, TIME_START, type Lex } from './lexicon.js';
import { isCapitalised, spanOf, tokenize, vocabId, vocabSize, type Span, type Token } from './text.js';

export interface When {
  span: Span;
  vague: boolean;
  /** The vague words, for the message. */
  vagueSpan?: Span;
  /** Why it is vague, when the message can say more than "not a timescale": an event the plan never dates, or a judgement call. */
  why?: 'undated' | 'judgement';
  /** A clear condition ("if school see any marks"), which a blank When cell does not cancel. */
  trigger?: boolean;
}

const DATE_TOKEN = /^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/i;
const TIME_TOKEN = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$/i;
const CLOCK = /^\d{1,2}:\d{2}$/;
const NUM = /^\d{1,3}$/;
/** "2/52": two weeks, as health notes write it. */
const WEEKS_52 = /^\d{1,2}\/52$/;
const NUM_FREQ = /^\d{1,2}-?(?:weekly|monthly|daily|hourly)$/i;
const NEXT_WORDS = new Set(['next', 'first', 'initial', 'following', 'second', 'final', 'last', 'third', 'upcoming']);
const TIME_BOUNDARY = new Set([',', '.', ';', '(', ')', '–', '—']);

interface Cand {
  a: number; // first token
  b: number; // after last token
  /** anchor: an event ("the review conference") that is clear only if the plan gives it a date */
  kind: 'concrete' | 'vague' | 'trigger' | 'anchor';
  judgement?: boolean;
  /** an anchor made vague because the plan never gives its event a date */
  undated?: boolean;
  /** anchor: its index in lex.anchorGroups */
  group?: number;
  /** vague: an open-ended "until" that says how long, which a clear trigger in the same action outranks ("If he feels angry, he will go out until he is calm") */
  soft?: boolean;
}

/** Tokens before which a phrase starts a clause of its own. */
const DASHES = new Set(['–', '-', '—']);
const CLAUSE_BREAK = new Set([',', '.', '–', '-', '(', ';']);
/** Verbs after which "if" means whether: "find out if", "ask if", "check if". */
const START_END = new Set(['start', 'end', 'beginning', 'middle']);
const ASKING = new Set(['out', 'ask', 'asked', 'check', 'see', 'know', 'decide', 'confirm', 'consider']);
/** Words that may follow "in a week", "for a day" (with the prepositions, pronouns and determiners); any other word makes the unit part of a noun ("for a day job", "in a day centre"). */
const AFTER_PERIOD = new Set(['of', 'and', 'or', 'to', 'then', 'time', 'is', 'will', 'so', 'but', 'starting']);
/** Words before a loose period: "in the new year", "by the spring", "this summer". */
const LOOSE_LEAD = new Set(['the', 'a', 'this', 'next', 'early', 'late', 'mid', 'later']);
/** "after the police enquiry", "until he is able to": a wait on another body's process or on someone's discretion. */
const WAIT_PREPS = new Set(['after', 'until', 'till', 'following', 'upon']);
const WAIT_BE = new Set(['is', 'are', 'being', 'been']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'my', 'your', 'our']);

/** Does `s` start with an ASCII digit (what `/^\d/` tests, without a regular expression call)? */
function digitFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isNumber(t: Token | undefined, lex: Lex): boolean {
  if (!t) return false;
  return (digitFirst(t.text) && NUM.test(t.text)) || (lex.numberWords.hasToken(t) && t.lower !== 'a' && t.lower !== 'an');
}

function toBoundary(tokens: readonly Token[], from: number): number {
  let e = from;
  while (e < tokens.length && !TIME_BOUNDARY.has((tokens[e] as Token).text)) e++;
  return e;
}

/** Words before "May", "Mar", "Sun", "Sat" that make them a month or a day: "in May", "by Sat". */
const MONTH_LEADS = new Set(['in', 'by', 'of', 'before', 'until', 'from', 'early', 'late', 'mid', 'end']);

function monthAt(tokens: readonly Token[], k: number, lex: Lex): boolean {
  const t = tokens[k] as Token;
  if (!isCapitalised(t) && !digitFirst(t.text)) return false;
  if (!lex.months.hasToken(t)) return false;
  if (t.lower === 'may' || t.lower === 'mar' || t.lower === 'sun' || t.lower === 'sat') {
    const p = tokens[k - 1];
    const n = tokens[k + 1];
    const ctx = (p && ((digitFirst(p.text) && (ORDINAL.test(p.text) || NUM.test(p.text))) || MONTH_LEADS.has(p.lower))) || (n && digitFirst(n.text));
    return !!ctx;
  }
  return true;
}

function unitAfter(tokens: readonly Token[], k: number, lex: Lex): number {
  // [qualifier] unit → number of tokens, or 0
  let j = k;
  if (tokens[j] && lex.unitQualifiers.hasToken(tokens[j] as Token)) j++;
  const n = lex.units.matchAt(tokens, j);
  if (n > 0) return j + n - k;
  if ((tokens[j] as Token | undefined)?.lower === "weeks'" || (tokens[j] as Token | undefined)?.lower === "days'") return j + 1 - k;
  return 0;
}

/** "somewhere", "anything": a clause after one describes a place or thing ("somewhere you don't want to go"). */
const INDEFINITE = new Set(['somewhere', 'anywhere', 'something', 'anything']);

/** Is `at(q)` true for some q in [a, b)? (Searches only that range, never the whole token list.) */
function anyIn(a: number, b: number, at: (q: number) => boolean): boolean {
  for (let q = a; q < b; q++) if (at(q)) return true;
  return false;
}

/** Does tokens[a, b) hold a word of one of the lists (not in a clause describing a place or thing)? */
function holds(tokens: readonly Token[], a: number, b: number, first: Lex['judgement'], second?: Lex['judgement']): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q] as Token;
    if ((first.hasToken(t) || (second !== undefined && second.hasToken(t))) && !anyIn(Math.max(a, q - 4), q - 2, (i) => INDEFINITE.has((tokens[i] as Token).lower))) return true;
  }
  return false;
}

/** Length of the date that starts at tokens[p] ("12/06/2026", "19th", "4 December", "Friday", "within 10 working days", "today"), or 0. */
function dateAt(tokens: readonly Token[], p: number, lex: Lex): number {
  const t = tokens[p] as Token;
  if (!t.word) return 0;
  if (digitFirst(t.text)) {
    if (DATE_TOKEN.test(t.text)) return isRealDate(t.text) ? 1 : 0;
    if (ORDINAL.test(t.text)) return 1;
    if (NUM.test(t.text) && tokens[p + 1] && monthAt(tokens, p + 1, lex)) return 2;
    return 0;
  }
  if (monthAt(tokens, p, lex)) return 1;
  if (isCapitalised(t) && lex.weekdays.hasToken(t) && t.lower !== 'sun' && t.lower !== 'sat') return 1;
  const im = lex.immediate.matchAt(tokens, p);
  if (im > 0) return im;
  if ((t.lower === 'within' || t.lower === 'in') && isNumber(tokens[p + 1], lex)) {
    const u = unitAfter(tokens, p + 2, lex);
    if (u > 0) return 2 + u;
  }
  return 0;
}

/** Is "should" at tokens[k] a condition ("Should Mum fail…", "…reconvened should Jordan go missing")? */
function conditionalShould(tokens: readonly Token[], k: number, atStart: boolean, lex: Lex): boolean {
  const n = tokens[k + 1];
  if (!n?.word || n.lower === 'be') return false;
  if (atStart) return true;
  // mid-sentence, only "should" + its subject: a pronoun, a determiner or a name (not a word in capitals)
  if ((tokens[k] as Token).text !== 'should' || !tokens[k - 1]?.word) return false;
  if (lex.pronouns.hasToken(n) || lex.determiners.hasToken(n) || n.lower === 'any') return true;
  return isCapitalised(n) && (n.text.length === 1 || n.text !== n.text.toUpperCase());
}

/** End of the loose period ("in the new year", "this summer") that tokens[k] starts, or 0. */
function loosePeriodAt(tokens: readonly Token[], k: number, lex: Lex): number {
  const t = tokens[k] as Token;
  let j = k;
  if (lex.anchorPreps.matchAt(tokens, k) > 0 || lex.periodPreps.matchAt(tokens, k) > 0) j = k + 1;
  else if (!LOOSE_LEAD.has(t.lower) || t.lower === 'the' || t.lower === 'a') return 0;
  for (let q = 0; q < 2 && tokens[j] && LOOSE_LEAD.has((tokens[j] as Token).lower); q++) j++;
  if (j === k) return 0;
  const lp = lex.loosePeriods.matchAt(tokens, j);
  // "in term time" says which days, not when
  if (tokens[j + lp]?.lower === 'time') return 0;
  // "the summer holidays" is an anchor, not a loose period
  // "Spring half term" is an anchor too: the season says which half term
  if (lp === 0 || lex.anchors.matchAt(tokens, j) > lp || lex.anchors.matchAt(tokens, j + lp) > 0) return 0;
  return j + lp;
}

/** The anchor group naming an event among tokens[a, b), or -1 (a fixed date such as Christmas). */
function groupOf(tokens: readonly Token[], a: number, b: number, lex: Lex): number {
  for (let q = a; q < b; q++) {
    for (let g = 0; g < lex.anchorGroups.length; g++) if ((lex.anchorGroups[g] as Lex['anchors']).matchAt(tokens, q) > 0) return g;
  }
  return -1;
}

function candidates(tokens: readonly Token[], lex: Lex, out: Cand[], field: boolean): void {
  const n = tokens.length;
  const flags = lex.timeFlags;
  // "hopefully before Christmas": [start, end) of each hedge, to make the time that follows it vague
  let hedges: number[] | null = null;
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    const c0 = t.text.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    if (!digit) {
      const f = t.id >= 0 && t.id < flags.length ? (flags[t.id] as number) : 0;
      if ((f & TIME_START) === 0 && !(c0 >= 65 && c0 <= 90 && (f & TIME_NAME) !== 0)) continue;
    }
    const prev = tokens[k - 1];
    const atStart = k === 0 || (prev !== undefined && CLAUSE_BREAK.has(prev.text));
    const hg = lex.hedges.matchAt(tokens, k);
    if (hg > 0) {
      (hedges ??= []).push(k, k + hg);
      k += hg - 1;
      continue;
    }
    // conditions without "if": "Should parents fail to engage…", "In the event that…"; judged like "if"
    const cs = lex.conditionalStarts.matchAt(tokens, k);
    if (cs > 0 && (t.lower !== 'should' || conditionalShould(tokens, k, atStart, lex)) && !(k > 0 && !atStart && describesContent(tokens, k))) {
      const b = toBoundary(tokens, k + cs);
      out.push({ a: k, b, kind: 'trigger', judgement: holds(tokens, k + cs, b, lex.judgement, lex.openWords) });
      k = b - 1;
      continue;
    }
    // "at 10 working day intervals", "at six-weekly intervals", "at intervals of no more than 4 weeks": a counted gap
    if (t.lower === 'at') {
      let q = k + 1;
      while (q < k + 8 && q < n && !/^intervals?$/.test((tokens[q] as Token).lower)) q++;
      const b = tokens[q + 1]?.lower === 'of' ? Math.min(toBoundary(tokens, q + 1), q + 8) : q + 1;
      if (q < k + 8 && q < n && anyIn(k + 1, b, (p) => p !== q && (isNumber(tokens[p], lex) || /\d|(week|month|dai|night|hour|year)ly$/.test((tokens[p] as Token).lower)))) {
        out.push({ a: k, b, kind: 'concrete' });
        k = b - 1;
        continue;
      }
    }
    const v = lex.vagueTime.matchAt(tokens, k) || (field ? lex.vagueInField.matchAt(tokens, k) : 0);
    // "throughout the day" is a routine, though "throughout" alone is open-ended
    // "To be discussed with her manager." after a request is the undecided step, not a time
    if (v > 0 && lex.immediate.matchAt(tokens, k) <= v && !(t.lower === 'to' && !field && (!standsAlone(tokens, k, lex) || (prev?.text === '.' && tokens[k + v]?.lower === 'with')))) {
      let b = k + v;
      if (t.lower === 'throughout' && tokens[b] && lex.determiners.hasToken(tokens[b] as Token) && tokens[b + 1]?.word) b += 2;
      if (t.lower === 'pending' || t.lower === 'awaiting' || t.lower === 'as' && tokens[k + 1]?.lower === 'per' || t.lower === 'depending' || t.lower === 'dependent' || t.lower === 'subject') b = toBoundary(tokens, b);
      out.push({ a: k, b, kind: 'vague' });
      k = b - 1;
      continue;
    }
    const im = lex.immediate.matchAt(tokens, k);
    if (im > 0) {
      out.push({ a: k, b: k + im, kind: 'concrete' });
      k += im - 1;
      continue;
    }
    if (digit && NUM_FREQ.test(t.text)) {
      out.push({ a: k, b: k + 1, kind: 'concrete' });
      continue;
    }
    const fr = lex.frequencies.matchAt(tokens, k);
    // "a diary of Mia's wet nights", "her nights out": a plural after a possessive names the nights, not when
    if (fr > 0 && t.lower.endsWith('s') && [prev, tokens[k - 2]].some((w) => w && (w.lower.endsWith("'s") || POSSESSIVES.has(w.lower)))) continue;
    if (fr > 0) {
      let a = k;
      if (isNumber(prev, lex) || prev?.lower === 'x' || prev?.text.endsWith('x')) a = k - 1;
      let b = k + fr;
      if ((t.lower === 'once' || t.lower === 'twice') && tokens[b] && ['a', 'per', 'each', 'every'].includes((tokens[b] as Token).lower)) {
        const u = unitAfter(tokens, b + 1, lex) || eventAt(tokens, b + 1, lex) || (tokens[b + 1] !== undefined && lex.weekdays.hasToken(tokens[b + 1] as Token) ? 1 : 0);
        if (u > 0) b = b + 1 + u;
      } else if (t.lower === 'once' && !unitAfter(tokens, b, lex)) {
        // "at least once before the assessment ends" counts visits, it waits on nothing
        if (prev?.lower === 'least') continue;
        // "once allocated", "once he is home" is not a frequency but a trigger,
        // vague when it waits on a judgement or another body ("once his bail conditions are known")
        if (tokens[k + 1]?.word) {
          const e = toBoundary(tokens, k + 1);
          out.push({ a: k, b: e, kind: 'trigger', judgement: holds(tokens, k + 1, e, lex.judgement, lex.openWords) });
          k = e - 1;
        }
        continue;
      }
      out.push({ a, b, kind: 'concrete' });
      k = b - 1;
      continue;
    }
    // "3 times a week", "one weekend a month": so many in each period
    const times = tokens[k + 1]?.lower === 'times' || tokens[k + 1]?.lower === 'x';
    const u1 = !isNumber(t, lex) ? 0 : times ? 1 : unitAfter(tokens, k + 1, lex);
    if (u1 > 0) {
      const b = k + 1 + u1;
      const per = tokens[b];
      if (per && ['a', 'per', 'each', 'every'].includes(per.lower)) {
        const u = unitAfter(tokens, b + 1, lex) || eventAt(tokens, b + 1, lex);
        if (u > 0) {
          out.push({ a: k, b: b + 1 + u, kind: 'concrete' });
          k = b + u;
          continue;
        }
      }
      const f2 = times ? lex.frequencies.matchAt(tokens, b) : 0;
      if (f2 > 0) {
        out.push({ a: k, b: b + f2, kind: 'concrete' });
        k = b + f2 - 1;
        continue;
      }
    }
    // "a week before they run out", "two days after discharge": a period counted from an event
    if ((isNumber(t, lex) || t.lower === 'a' || t.lower === 'an' || t.lower === 'the') && !(prev && lex.periodPreps.matchAt(tokens, k - 1) > 0)) {
      const u = unitAfter(tokens, k + 1, lex);
      const rel = u > 0 ? tokens[k + 1 + u] : undefined;
      if (rel && (rel.lower === 'before' || rel.lower === 'after' || rel.lower === 'prior' || rel.lower === 'ahead') && tokens[k + 2 + u]?.word) {
        const b = toBoundary(tokens, k + 2 + u);
        out.push({ a: k, b, kind: 'concrete' });
        k = b - 1;
        continue;
      }
    }
    if (t.lower === 'every' || t.lower === 'each') {
      let j = k + 1;
      if (tokens[j]?.lower === 'other' || tokens[j]?.lower === 'single') j++;
      if (isNumber(tokens[j], lex)) j++;
      // "after each of Courtney's appointments"
      if (t.lower === 'each' && tokens[j]?.lower === 'of') {
        j++;
        const d = tokens[j];
        if (d && (lex.determiners.hasToken(d) || d.lower.endsWith("'s"))) j++;
      }
      const u = unitAfter(tokens, j, lex);
      const ev = lex.events.matchAt(tokens, j);
      const wd = tokens[j] && lex.weekdays.hasToken(tokens[j] as Token) && isCapitalised(tokens[j] as Token) ? 1 : 0;
      let m = Math.max(u, ev, wd);
      const ac = lex.activityEvents.matchAt(tokens, j);
      let activity = ac > m;
      if (activity) m = ac;
      // "each statutory visit", "every home visit": one or two describing words before the event
      for (let skip = 1; m === 0 && skip <= 2; skip++) {
        const w = tokens[j + skip - 1];
        if (!w?.word) break;
        const e2 = lex.events.matchAt(tokens, j + skip);
        const a2 = lex.activityEvents.matchAt(tokens, j + skip);
        if (e2 > 0) m = skip + e2;
        else if (a2 > 0) {
          m = skip + a2;
          activity = true;
        }
      }
      // "go to every midwife appointment" names the appointments, it does not say when
      // ("at each visit", "two days before every appointment" say when; so does the start of a clause or a When cell)
      // ("at the start of each visit" too)
      const timePrep = prev && prev.lower !== 'for' && (lex.anchorPreps.hasToken(prev) || lex.periodPreps.hasToken(prev) || prev.lower === 'following' || (prev.lower === 'of' && START_END.has(tokens[k - 2]?.lower ?? '')));
      // (but a core group or review recurs on dates the plan gives, and what is brought "to every appointment" is brought at each)
      if (activity && !field && !atStart && !timePrep && !lex.anchors.matchAt(tokens, j) && !(prev?.lower === 'to' && tokens.slice(Math.max(0, k - 6), k).some((w) => w.lower.startsWith('bring')))) m = 0;
      if (m > 0) {
        if (prev?.lower === 'at' || prev?.lower === 'on' || prev?.lower === 'after') k--;
        else if (prev?.lower === 'of' && START_END.has(tokens[k - 2]?.lower ?? '')) {
          // "at the start of each visit"
          k -= 2;
          if (tokens[k - 1]?.lower === 'the') k--;
          if (tokens[k - 1] && lex.anchorPreps.hasToken(tokens[k - 1] as Token)) k--;
        }
        let b = j + m;
        // "every Monday at 11am", "every Tuesday until …"
        if (tokens[b]?.lower === 'at' && tokens[b + 1] && digitFirst((tokens[b + 1] as Token).text) && (TIME_TOKEN.test((tokens[b + 1] as Token).text) || CLOCK.test((tokens[b + 1] as Token).text) || NUM.test((tokens[b + 1] as Token).text))) b += 2;
        if (tokens[b]?.lower === 'until' || tokens[b]?.lower === 'till') b = toBoundary(tokens, b);
        out.push({ a: k, b, kind: 'concrete' });
        k = b - 1;
        continue;
      }
    }
    // "in the new year", "over the summer", "this spring": a season or loose window with no date
    const lp = loosePeriodAt(tokens, k, lex);
    if (lp > 0) {
      out.push({ a: k, b: lp, kind: 'vague' });
      k = lp - 1;
      continue;
    }
    if (lex.periodPreps.matchAt(tokens, k) > 0 && t.lower !== 'every' && t.lower !== 'each') {
      let j = k + 1;
      if (tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'next') j += 2;
      const article = tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an';
      if (article || isNumber(tokens[j], lex)) {
        j++;
        if (tokens[j]?.lower === 'to' || tokens[j]?.text === '-' || tokens[j]?.text === '–') {
          if (isNumber(tokens[j + 1], lex)) j += 2;
        }
        const u = unitAfter(tokens, j, lex);
        const after = tokens[j + u];
        // "for a day job", "in a day centre": the unit describes a noun
        const noun =
          article &&
          after?.word &&
          !isCapitalised(after) &&
          !digitFirst(after.text) &&
          !AFTER_PERIOD.has(after.lower) &&
          !lex.anchorPreps.hasToken(after) &&
          !lex.periodPreps.hasToken(after) &&
          !lex.triggerStarts.hasToken(after) &&
          !lex.pronouns.hasToken(after) &&
          !lex.determiners.hasToken(after);
        // "check again after 7 days": counted from a first step that has no date
        if (u > 0 && !noun && t.lower === 'after' && prev?.lower === 'again') {
          k = j + u - 1;
          continue;
        }
        if (u > 0 && !noun) {
          let b = j + u;
          const from = b;
          if (tokens[b]?.lower === 'of' || tokens[b]?.lower === 'from' || tokens[b]?.lower === 'after') b = toBoundary(tokens, b);
          // "within a week of the hoist being fitted": counted from another body's step that has no date
          const waits = anyIn(from + 1, b, (q) => WAIT_BE.has((tokens[q] as Token).lower) && isParticiple(tokens[q + 1], lex)) && !timeInside(tokens, from + 1, b, lex);
          out.push(waits ? { a: k, b, kind: 'vague', soft: true } : { a: k, b, kind: 'concrete' });
          k = b - 1;
          continue;
        }
      }
    }
    if (WAIT_PREPS.has(t.lower)) {
      const e = Math.min(toBoundary(tokens, k + 1), k + 9);
      if (holds(tokens, k + 1, e, lex.openWords) && !timeInside(tokens, k + 1, e, lex)) {
        out.push({ a: k, b: e, kind: 'vague' });
        k = e - 1;
        continue;
      }
    }
    // "a support for after the birth" says what the support is for, not when it is arranged
    if (t.lower === 'after' && prev?.lower === 'for') continue;
    const ap = lex.anchorPreps.matchAt(tokens, k);
    if (ap > 0 || NEXT_WORDS.has(t.lower)) {
      let j = ap > 0 ? k + ap : k;
      if (tokens[j]?.lower === 'the' || (tokens[j] && lex.determiners.hasToken(tokens[j] as Token) && NEXT_WORDS.has((tokens[j + 1] as Token | undefined)?.lower ?? ''))) j++;
      // "for the baby's first 4 weeks", "for her first 2 days home": whose first weeks they are
      const pj = tokens[j];
      if (ap > 0 && pj && (pj.lower.endsWith("'s") || POSSESSIVES.has(pj.lower)) && NEXT_WORDS.has(tokens[j + 1]?.lower ?? '')) j++;
      const next = tokens[j] && NEXT_WORDS.has((tokens[j] as Token).lower);
      if (next) j++;
      let an = lex.anchors.matchAt(tokens, j);
      // "at her next visit": the next one of something that recurs
      // ("at his next home visit": one describing word may come first)
      let ae = an === 0 && next && ap > 0 ? lex.activityEvents.matchAt(tokens, j) : 0;
      if (ae === 0 && an === 0 && next && ap > 0 && tokens[j]?.word) ae = lex.activityEvents.matchAt(tokens, j + 1) && lex.activityEvents.matchAt(tokens, j + 1) + 1;
      if (ae > 0) {
        out.push({ a: k, b: j + ae, kind: 'concrete' });
        k = j + ae - 1;
        continue;
      }
      // a bare "Next home visit" in a By cell names an event the plan does not date, unless a date follows it
      if (an === 0 && next && ap === 0 && k === j - 1 && tokens[j]?.word) {
        const e2 = lex.activityEvents.matchAt(tokens, j) || (lex.activityEvents.matchAt(tokens, j + 1) && lex.activityEvents.matchAt(tokens, j + 1) + 1);
        if (e2 > 0) {
          const e = toBoundary(tokens, j + e2);
          const b = tokens[e]?.text === '(' ? toBoundary(tokens, e + 1) : e;
          if (timeInside(tokens, j + e2, b, lex)) out.push({ a: k, b, kind: 'concrete' });
          else out.push({ a: k, b: j + e2, kind: 'vague', undated: true });
          k = b - 1;
          continue;
        }
      }
      // "before Spring half term", "by the summer half term": a season naming which one
      if (an === 0 && ap > 0 && tokens[j] && lex.loosePeriods.hasToken(tokens[j] as Token)) {
        const an2 = lex.anchors.matchAt(tokens, j + 1);
        if (an2 > 0) {
          j++;
          an = an2;
        }
      }
      // "to be explored by the core group": "by the" + a group of people is who acts, not when
      // ("by the next core group", "by the core group meeting", "by the core group on 3 March" are times)
      if (an > 0 && t.lower === 'by' && !next && j > k + 1 && byAgent(tokens, j, an, lex)) continue;
      if (an > 0 && (ap > 0 || j > k)) {
        const word = (tokens[j] as Token).lower;
        // "weeks" as an anchor needs a number before it ("by 36 weeks")
        if (word !== 'weeks' && word !== 'weeks pregnant') {
          let b = j + an;
          // "until the core group agree it is safe": the anchor waits on a judgement
          if (t.lower === 'until' || t.lower === 'till') {
            const e = toBoundary(tokens, b);
            if (holds(tokens, b, e, lex.judgement, lex.openWords)) {
              out.push({ a: k, b: e, kind: 'vague' });
              k = e - 1;
              continue;
            }
          }
          if (tokens[b]?.lower === 'on' || tokens[b]?.text === '(') b = toBoundary(tokens, b + 1) + (tokens[toBoundary(tokens, b + 1)]?.text === ')' ? 1 : 0);
          // "by the first core group on 19th March" carries its date; "by the review conference" needs the plan to give one
          let dated = false;
          for (let q = j + an; q < b && !dated; q++) if (dateAt(tokens, q, lex) > 0) dated = true;
          const group = dated ? -1 : groupOf(tokens, j, j + an, lex);
          out.push(group < 0 ? { a: k, b, kind: 'concrete' } : { a: k, b, kind: 'anchor', group });
          k = b - 1;
          continue;
        }
      }
      const age = ap > 0 ? ageEnd(tokens, k + ap, lex) : 0;
      if (age > 0) {
        out.push({ a: k, b: age, kind: 'concrete' });
        k = age - 1;
        continue;
      }
      // "after the order is served": waits on another body's step, with no date
      if (t.lower === 'after' && an === 0 && tokens[k + 1]?.word) {
        const e = toBoundary(tokens, k + 1);
        if (tokens.some((w, q) => q > k && q < e && (w.lower === 'is' || w.lower === 'are') && isParticiple(tokens[q + 1], lex)) && !timeInside(tokens, k + 1, e, lex)) {
          out.push({ a: k, b: e, kind: 'vague', soft: true });
          k = e - 1;
          continue;
        }
      }
      // "until the social worker has completed a risk assessment": an open-ended "until" with no date, age or anchor
      if ((t.lower === 'until' || t.lower === 'till') && an === 0 && tokens[k + 1]?.word) {
        const e = toBoundary(tokens, k + 1);
        if (!timeInside(tokens, k + 1, e, lex)) {
          out.push({ a: k, b: e, kind: 'vague', soft: true });
          k = e - 1;
          continue;
        }
      }
      if (ap > 0 && isNumber(tokens[j], lex) && unitAfter(tokens, j + 1, lex) > 0) {
        const b = j + 1 + unitAfter(tokens, j + 1, lex);
        out.push({ a: k, b, kind: 'concrete' });
        k = b - 1;
        continue;
      }
      if (ap > 0 && tokens[j]?.lower === 'end' && tokens[j + 1]?.lower === 'of') {
        let b = j + 2;
        if (tokens[b]?.lower === 'the' || tokens[b]?.lower === 'this' || tokens[b]?.lower === 'next') b++;
        const e = Math.min(n, b + 1);
        out.push(endOf(tokens, k, b, e, lex));
        k = e - 1;
        continue;
      }
    }
    if ((t.lower === 'end' || t.lower === 'start' || t.lower === 'beginning' || t.lower === 'middle') && tokens[k + 1]?.lower === 'of') {
      let j = k + 2;
      if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'this' || tokens[j]?.lower === 'next') j++;
      const tj = tokens[j];
      if (tj && (lex.units.hasToken(tj) || lex.months.hasToken(tj) || lex.anchors.matchAt(tokens, j) > 0)) {
        out.push(endOf(tokens, k, j, j + 1, lex));
        k = j;
        continue;
      }
    }
    if ((t.lower === 'this' || t.lower === 'next') && tokens[k + 1] && (lex.units.hasToken(tokens[k + 1] as Token) || lex.weekdays.hasToken(tokens[k + 1] as Token))) {
      out.push({ a: k, b: k + 2, kind: 'concrete' });
      k++;
      continue;
    }
    if (!digit) {
      // not a number: skip the number-shaped tests
    } else if (DATE_TOKEN.test(t.text) ? isRealDate(t.text) || WEEKS_52.test(t.text) : ORDINAL.test(t.text) || TIME_TOKEN.test(t.text) || CLOCK.test(t.text)) {
      // "within 2/52", "review in 6/52": health notes count weeks as a share of the year's 52
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    if (NUM.test(t.text) && (tokens[k + 1]?.lower === 'am' || tokens[k + 1]?.lower === 'pm' || (tokens[k + 1] && monthAt(tokens, k + 1, lex)))) {
      out.push({ a: withPrep(tokens, k), b: k + 2, kind: 'concrete' });
      k++;
      continue;
    }
    if (isCapitalised(t) && lex.weekdays.hasToken(t) && t.lower !== 'sun' && t.lower !== 'sat') {
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    if (monthAt(tokens, k, lex)) {
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    // "any time she feels too tired", "whenever Sinead asks": acted on at once, so clear unless left to discretion
    const et = lex.eventTriggers.matchAt(tokens, k);
    if (et > 0) {
      const b = toBoundary(tokens, k + et);
      out.push({ a: k, b, kind: 'trigger', judgement: holds(tokens, k + et, b, lex.openWords) });
      k = b - 1;
      continue;
    }
    const tr = lex.triggerStarts.matchAt(tokens, k);
    // "find out if you can start boxing": "if" meaning whether is no condition
    // "even if they ask" concedes, it sets no time; a condition inside ", naming who will step in if…" says what the action covers
    if (tr > 0 && prev?.lower === 'even') continue;
    if (tr > 0 && !atStart && describesContent(tokens, k)) continue;
    // "give me the key if you can find it", "a number to call if he cannot reach her": whether someone is able, not when
    // (its whole clause is passed over: "if she cannot reach you by 9pm" sets no time of its own)
    if (t.lower === 'if' && !atStart && !asking(tokens, k) && ableClause(tokens, k + 1)) {
      k = toBoundary(tokens, k + 1) - 1;
      continue;
    }
    // "reconvened if –⏎there are new concerns": a dash left by a wrapped column between the word and its condition
    let cs0 = k + tr;
    if (t.lower === 'if' && tokens[cs0] && DASHES.has((tokens[cs0] as Token).text) && tokens[cs0 + 1]?.word) cs0++;
    // "so police come quickly if you ring": a condition in a purpose clause says when the result follows, not when the action is done
    if (tr > 0 && purposeBefore(tokens, k)) continue;
    if (tr > 0 && (t.lower !== 'if' || (tokens[cs0]?.word && !asking(tokens, k)))) {
      let b = toBoundary(tokens, cs0);
      // "If he is not home by 10pm Mum will ring the police": with no comma the condition ends at the doer before "will"
      if (atStart && t.lower === 'if') for (let q = cs0 + 2; q < b; q++) if ((tokens[q] as Token).lower === 'will') b = q - 1;
      const judgement = holds(tokens, cs0, b, lex.judgement, lex.openWords);
      // "when" inside a sentence is mostly not a time ("talk about staying safe when she is out"), unless it leaves the time open ("when they can")
      // (a call or an arrival is: "answer when Mum rings"; so is a spell of doing something: "when he is looking after them", as "while")
      if (t.lower === 'when' && !atStart && !judgement && ![1, 2].some((d) => lex.whenEvents.matchAt(tokens, cs0 + d) > 0 || (/^(?:is|are)$/.test(tokens[cs0 + d]?.lower ?? '') && /..ing$/.test(tokens[cs0 + d + 1]?.lower ?? '')))) continue;
      out.push({ a: k, b, kind: 'trigger', judgement });
      k = b - 1;
      continue;
    }
  }
  // a hedged time is a wish: "hopefully before Christmas", "ideally by 12 May"
  if (hedges !== null) for (let h = 0; h < hedges.length; h += 2) {
    const c = out.find((x) => x.a === hedges[h + 1] && (x.kind === 'concrete' || x.kind === 'anchor'));
    if (c) {
      c.a = hedges[h] as number;
      c.kind = 'vague';
    }
  }
}

/** Words ending in -ing that are not participles. */
const NOT_PARTICIPLE = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'thing', 'king', 'spring', 'string', 'bring', 'sing', 'ring']);

/**
 * Does the condition at tokens[k] sit in a participle phrase after a comma
 * (", identifying a carer for the children should Dad become unwell")? Then it
 * says what the action's product covers, not when the action happens.
 */
function describesContent(tokens: readonly Token[], k: number): boolean {
  for (let q = k - 1; q > 0; q--) {
    const w = tokens[q] as Token;
    if (w.text === ',') {
      const head = tokens[q + 1] as Token;
      return q + 1 < k && head.word && head.lower.length > 5 && head.lower.endsWith('ing') && !NOT_PARTICIPLE.has(head.lower);
    }
    if (TIME_BOUNDARY.has(w.text) || w.text === ':') return false;
  }
  return false;
}

/** Does "if" at tokens[k] mean whether ("find out if", "ask if")? Not after "let <someone> know", which reports a change. */
function asking(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !!prev && ASKING.has(prev.lower) && !(prev.lower === 'know' && tokens.slice(k - 5, k - 2).some((w) => w.lower === 'let'));
}

/** Is tokens[k] inside a "so …" purpose clause ("so that police come quickly if…")? */
function purposeBefore(tokens: readonly Token[], k: number): boolean {
  for (let q = k - 1; q > 0; q--) {
    const w = tokens[q] as Token;
    if (TIME_BOUNDARY.has(w.text)) return false;
    // ("This means they come fast if you call": what the step does, likewise)
    if ((w.lower === 'so' || w.lower === 'means') && tokens[q + 1]?.word) return true;
  }
  return false;
}

/** A participle ("served", "made") at `v`. */
function isParticiple(v: Token | undefined, lex: Lex): boolean {
  return !!v && v.lower.length > 3 && (/(?:ed|en)$/.test(v.lower) || lex.irregularParticiples.hasToken(v));
}

const ABLE = new Set(['can', 'cannot', 'could', 'couldn']);
/** Does the condition starting at tokens[k] say whether its subject is able ("you can get it", "he cannot wake her")? */
function ableClause(tokens: readonly Token[], k: number): boolean {
  for (let q = k; q < k + 4 && q < tokens.length; q++) {
    const w = tokens[q] as Token;
    if (!w.word) return false;
    if (ABLE.has(w.lower)) return q > k;
  }
  return false;
}

/** "people they can talk to if they are worried": a condition after "can" in its clause says what is possible, not when. */
function ableBefore(tokens: readonly Token[], k: number): boolean {
  for (let q = k - 1; q >= 0; q--) {
    const w = tokens[q] as Token;
    if (TIME_BOUNDARY.has(w.text)) return false;
    if (ABLE.has(w.lower)) return true;
  }
  return false;
}

/** Is the anchor tokens[j, j + an) after "by the" a group of people doing the action (an owner word of the same length, no date after it)? */
function byAgent(tokens: readonly Token[], j: number, an: number, lex: Lex): boolean {
  const who = Math.max(lex.collective.matchAt(tokens, j), lex.agency.matchAt(tokens, j), lex.professional.matchAt(tokens, j));
  if (who < an) return false;
  const after = tokens[j + an];
  return !(after && (after.lower === 'on' || after.text === '(') && timeInside(tokens, j + an, toBoundary(tokens, j + an + 1), lex));
}

/** "before the baby is 6 weeks old", "until Finn is 16 weeks old": an age is a date; the end of the age after tokens[a], or 0. */
function ageEnd(tokens: readonly Token[], a: number, lex: Lex): number {
  const e = Math.min(toBoundary(tokens, a), a + 7);
  for (let q = a; q < e; q++) {
    const u = isNumber(tokens[q], lex) ? unitAfter(tokens, q + 1, lex) : 0;
    if (u > 0 && tokens[q + 1 + u]?.lower === 'old') return q + 2 + u;
  }
  return 0;
}

/** "by the end of this term": an anchor when the period is an event the plan must date (a school term), else a date. */
function endOf(tokens: readonly Token[], a: number, w: number, b: number, lex: Lex): Cand {
  const group = tokens[w] && !isCapitalised(tokens[w] as Token) ? groupOf(tokens, w, w + 1, lex) : -1;
  return group < 0 ? { a, b, kind: 'concrete' } : { a, b, kind: 'anchor', group };
}

/** A date, a frequency or a unit of time among tokens[a, b). */
function timeInside(tokens: readonly Token[], a: number, b: number, lex: Lex): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q] as Token;
    if (dateAt(tokens, q, lex) > 0 || lex.frequencies.hasToken(t) || lex.units.hasToken(t) || digitFirst(t.text)) return true;
  }
  return false;
}

/** Is the "to be agreed" at tokens[k] a timescale of its own ("– to be arranged", "timescales to be confirmed"), not the action's verb ("night sitter to be arranged")? */
function standsAlone(tokens: readonly Token[], k: number, lex: Lex): boolean {
  const prev = tokens[k - 1];
  // "Family meeting – to be arranged" leaves its date open, but "Referral to the clinic – to be arranged" is the step
  if (!prev) return true;
  if (CLAUSE_BREAK.has(prev.text) || prev.text === ':' || prev.text === '—') return tokens[k + 2]?.lower !== 'arranged' || anyIn(0, k, (q) => lex.activityEvents.matchAt(tokens, q) > 0 || lex.anchors.matchAt(tokens, q) > 0);
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const w = tokens[q] as Token;
    if (TIME_BOUNDARY.has(w.text)) break;
    if (lex.timeNouns.matchAt(tokens, q) > 0) return true;
  }
  return false;
}

/** A time of day or an activity at tokens[k] ("once a day", "twice each visit"): its length, or 0. */
function eventAt(tokens: readonly Token[], k: number, lex: Lex): number {
  return Math.max(lex.events.matchAt(tokens, k), lex.activityEvents.matchAt(tokens, k));
}

// ---------------------------------------------------------------------------
// Anchors: is the event dated anywhere in the plan?

/** The last plan text looked at, and which anchor groups it dates (1), does not (0), per `lex`. */
let datedText: string | null = null;
let datedLex: Lex | null = null;
let datedGroups: Uint8Array = new Uint8Array(0);

/** Does the plan give a date for an event of anchor group `g` (a header "Review conference: 09/02/2027", "the core group will meet within 10 working days")? */
function anchorDated(text: string, lex: Lex, g: number): boolean {
  if (datedText !== text || datedLex !== lex) {
    datedGroups = datedAnchorGroups(text, lex);
    datedText = text;
    datedLex = lex;
  }
  return datedGroups[g] === 1;
}

/** Any group's mention at tokens[q]: the longest, or 0. */
function mentionAt(tokens: readonly Token[], q: number, lex: Lex): number {
  let m = 0;
  for (const g of lex.anchorGroups) m = Math.max(m, g.matchAt(tokens, q));
  return m;
}

/** For each Lex, by vocabulary number: a bit for each anchor group with an entry starting with that word. */
const firstWords = new WeakMap<Lex, Uint32Array>();

function datedAnchorGroups(text: string, lex: Lex): Uint8Array {
  const groups = lex.anchorGroups;
  const out = new Uint8Array(groups.length);
  let starts = firstWords.get(lex);
  if (!starts) {
    const ids: [number, number][] = [];
    lex.anchorGroupEntries.forEach((entries, g) => {
      for (const e of entries) ids.push([vocabId(e.toLowerCase().split(' ')[0] as string), g]);
    });
    starts = new Uint32Array(vocabSize());
    for (const [id, g] of ids) starts[id] = (starts[id] as number) | (1 << g);
    firstWords.set(lex, starts);
  }
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const toks = tokenize(text, ls, le);
    for (let p = 0; p < toks.length; p++) {
      const id = (toks[p] as Token).id;
      const bits = id >= 0 && id < starts.length ? (starts[id] as number) : 0;
      if (bits === 0) continue;
      for (let g = 0; g < groups.length; g++) {
        if ((bits & (1 << g)) === 0 || out[g] === 1) continue;
        const m = (groups[g] as Lex['anchors']).matchAt(toks, p);
        if (m === 0) continue;
        let found = datedNear(toks, p, p + m, lex);
        // "Review conference:" at the end of one line, its date at the start of the next
        if (found === 2 && le < text.length) {
          let ne = text.indexOf('\n', le + 1);
          if (ne < 0) ne = text.length;
          const next = tokenize(text, le + 1, ne);
          found = 0;
          for (let q = 0; q < Math.min(next.length, 6) && found === 0; q++) if (dateAt(next, q, lex) > 0) found = 1;
        }
        if (found === 1) out[g] = 1;
      }
    }
    ls = le + 1;
  }
  return out;
}

/** A date next to the mention tokens[a, b) in its sentence: 1; nothing after it on its line: 2 (look at the next line); else 0. */
function datedNear(toks: readonly Token[], a: number, b: number, lex: Lex): number {
  for (let q = a - 1; q >= 0 && q >= a - 4; q--) {
    const t = toks[q] as Token;
    if (t.text === '.' || t.text === ';' || mentionAt(toks, q, lex) > 0) break;
    if (dateAt(toks, q, lex) > 0) return 1;
  }
  let words = 0;
  let q = b;
  // "RCPC held: 14 April": the meeting that is over, not the next one
  if (toks[q]?.lower === 'held' || (toks[q]?.lower === 'was' && toks[q + 1]?.lower === 'held')) return 0;
  for (; q < toks.length && q < b + 10; q++) {
    const t = toks[q] as Token;
    if (t.text === '.' || t.text === ';') return 0;
    if (dateAt(toks, q, lex) > 0) return dateOpen(toks, q, lex) ? 0 : 1;
    // the next event's field starts: "Next core group: TBC   Review conference: 09/02/2027"
    if (mentionAt(toks, q, lex) > 0) return 0;
    if (t.word) words++;
  }
  return q === toks.length && words === 0 ? 2 : 0;
}

/** "Next RCPC: within 6 months - date TBC": a window whose date the line says is still to be set. */
function dateOpen(toks: readonly Token[], from: number, lex: Lex): boolean {
  for (let q = from; q < toks.length && q < from + 8; q++) {
    const t = toks[q] as Token;
    if (t.text === '.' || t.text === ';' || mentionAt(toks, q, lex) > 0) return false;
    if ((t.lower === 'date' || t.lower === 'dates') && lex.vagueTime.matchAt(toks, q + 1) > 0) return true;
  }
  return false;
}

const DATE_PREPS = new Set(['by', 'on', 'before', 'until', 'till', 'from', 'after', 'w/c', 'w/b', 'wc', 'wb', 'w.c', 'w.b']);

/** Take in "by" / "on" / "before" / "w/c" / "week commencing" just before a date. */
function withPrep(tokens: readonly Token[], a: number): number {
  const p = tokens[a - 1];
  if (p && (p.lower === 'commencing' || p.lower === 'beginning') && tokens[a - 2]?.lower === 'week') return a - 2;
  return p && DATE_PREPS.has(p.lower) ? a - 1 : a;
}

/** Is "03/04/2026" a real date (day first)? */
function isRealDate(token: string): boolean {
  return isUkNumericDate(token);
}

/** The first full stop at or after tokens[from] that ends a sentence (a capital follows), or tokens.length. */
function sentenceEnd(tokens: readonly Token[], from: number): number {
  for (let q = from; q < tokens.length - 1; q++) {
    const t = tokens[q] as Token;
    if ((t.text === '.' || t.text === '!' || t.text === '?') && isCapitalised(tokens[q + 1] as Token)) return q;
  }
  return tokens.length;
}

/** Find the timescale in text[span] (an action's own words). */
export function findWhen(text: string, span: Span, lex: Lex): When | null {
  const tokens = tokenize(text, span.start, span.end);
  return findWhenInTokens(text, span, tokens, lex);
}

/** `field`: the tokens are a When cell or field, where "every feed" or "in line with the plan" answer when. */
export function findWhenInTokens(text: string, span: Span, tokens: readonly Token[], lex: Lex, field = false): When | null {
  let cands: Cand[] = [];
  candidates(tokens, lex, cands, field);
  // an item of two sentences takes its time from the first sentence that has one
  // ("Gran will look after him for now. She will take him to school every day.": "for now")
  if (!field && cands.length > 1) {
    const end = sentenceEnd(tokens, (cands[0] as Cand).b);
    if (end < tokens.length) cands = cands.filter((c) => c.a < end);
  }
  // an anchor the plan never dates is vague ("until the review conference" with no review date anywhere)
  for (const c of cands) {
    if (c.kind !== 'anchor') continue;
    if (anchorDated(text, lex, c.group as number)) c.kind = 'concrete';
    else {
      c.kind = 'vague';
      c.undated = true;
    }
  }
  let concrete: Span | null = null;
  for (const c of cands) {
    if (c.kind !== 'concrete') continue;
    const s = spanOf(tokens, c.a, c.b);
    if (!concrete) concrete = s;
    // a line break is one character whichever ending it has ("9th Feb\r\nat 5pm" as "9th Feb\nat 5pm")
    else if (s.start - concrete.end <= 6 && text.slice(concrete.end, s.start).replace(/\r/g, '').length <= 4) concrete = { start: concrete.start, end: Math.max(concrete.end, s.end) };
    else break;
  }
  // "Mondays 1–3pm, when a place is available": how often, but the start waits on a place
  const wait = cands.find((c) => (c.kind === 'vague' ? !c.soft : c.kind === 'trigger' && c.judgement) && WAITS.has((tokens[c.a] as Token).lower) && holds(tokens, c.a, c.b, lex.openWords));
  if (concrete && wait && !cands.some((c) => c.kind === 'concrete' && tokens.slice(c.a, c.b).some((t, i) => dateAt(tokens, c.a + i, lex) > 0 && !t.lower.endsWith('s')))) concrete = null;
  // "a Friday in May, date TBC": a window with no number in it whose date is still to be set
  if (concrete && !/\d/.test(text.slice(concrete.start, concrete.end)) && cands.some((c) => c.kind === 'vague' && c.a > 0 && dateOpen(tokens, c.a - 1, lex))) concrete = null;
  if (concrete) {
    while (concrete.end > concrete.start + 1 && (text[concrete.end - 1] === '.' || text[concrete.end - 1] === ',')) concrete.end--;
    // "by 36 weeks (04/11/2026)": close the bracket
    if (text[concrete.end] === ')' && text.lastIndexOf('(', concrete.end) >= concrete.start) concrete.end++;
    return { span: concrete, vague: false };
  }
  // an open-ended "until" gives way to a clear trigger: the trigger says when, the "until" how long
  const firm = cands.find((c) => c.kind === 'vague' && !c.soft);
  const clearTrigger = firm ? undefined : cands.find((c) => c.kind === 'trigger' && !c.judgement);
  const vague = clearTrigger ? undefined : (firm ?? cands.find((c) => c.kind === 'vague'));
  if (vague) {
    const s = spanOf(tokens, vague.a, vague.b);
    const found: When = { span: s, vague: true, vagueSpan: s };
    if (vague.undated) found.why = 'undated';
    return found;
  }
  const trig = cands.find((c) => c.kind === 'trigger');
  if (trig) {
    const s = spanOf(tokens, trig.a, trig.b);
    // "If Gran is unwell, Aunt Sue will collect him instead": a stand-in for when a plan fails, acted on as it happens
    return trig.judgement && !tokens.some((t) => t.lower === 'instead') ? { span: s, vague: true, vagueSpan: s, why: 'judgement' } : { span: s, vague: false, trigger: !ableBefore(tokens, trig.a) };
  }
  return null;
}

const BACK_REFS = new Set(['this', 'that', 'it']);
const STARTS = new Set(['starts', 'begins', 'applies', 'happens', 'runs', 'is', 'will']);

/**
 * "You will not smack him. This starts from today.": a short sentence after the item, on the same line, that
 * refers back to it ("This", "It") and gives its time. Reads at most 120 characters past the item.
 */
export function followingWhen(text: string, end: number, lex: Lex): When | null {
  const stop = Math.min(text.length, end + 120);
  let e = end;
  while (e < stop && text.charCodeAt(e) !== 10) e++;
  if (e === stop && stop < text.length) return null;
  const toks = tokenize(text, end, e);
  const t0 = toks[0];
  if (!t0 || !BACK_REFS.has(t0.lower) || !STARTS.has(toks[1]?.lower ?? '') || sentenceEnd(toks, 0) < toks.length - 1) return null;
  return findWhen(text, { start: t0.start, end: e }, lex);
}

/** Words that open a place or a stage of the plan when no time follows: "AT THE HOSPITAL", "ON THE WARD". */
const PLACE_LEADS = new Set(['at', 'on', 'in', 'during']);

/**
 * The times headings give the items under them ("WITHIN 10 WORKING DAYS", "By the review", "AFTER THE BIRTH"),
 * by heading start: only a heading whose every word is the time gives one ("School – by the review" does not).
 * Headings that walk through places and stages ("BEFORE BABY IS BORN" / "AT THE HOSPITAL" / "WHEN BABY COMES
 * HOME") are topics: when one of them is a place, not a time, none of them times its items.
 */
export function headingTimes(text: string, heads: readonly Span[], lex: Lex): Map<number, When> {
  const out = new Map<number, When>();
  for (const h of heads) {
    if (out.has(h.start)) continue;
    const words = tokenize(text, h.start, h.end).filter((t) => t.word);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    const w = findWhen(text, h, lex);
    if (w && first.start >= w.span.start && last.end <= w.span.end) out.set(h.start, w);
    else if (!w && PLACE_LEADS.has(first.lower)) return new Map();
  }
  return out;
}

/** Words that start a wait: "when a place is free", "pending the outcome". */
const WAITS = new Set(['when', 'once', 'pending', 'awaiting']);

/** Judge a When cell or field: present but possibly vague; "N/A" or "-" count as blank. */
export function judgeWhenField(text: string, span: Span, lex: Lex): When | null {
  const tokens = tokenize(text, span.start, span.end);
  // no words, or "N/A", "NA", "none", "N A": blank
  let words = 0;
  let first = '';
  let second = '';
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (words === 1) first = t.lower;
    else if (words === 2) second = t.lower;
    else break;
  }
  if (words === 0) return null;
  if (words === 1 && (first === 'n/a' || first === 'na' || first === 'none')) return null;
  if (words === 2 && first === 'n' && second === 'a') return null;
  // a cell of nothing but a loose period: "Summer term" (not "Summer term 2027")
  if (lex.loosePeriods.matchAt(tokens, 0) === tokens.length) return { span, vague: true, vagueSpan: span };
  const found = findWhenInTokens(text, span, tokens, lex, true);
  if (found && found.vague) return { ...found, span, vagueSpan: found.vagueSpan ?? found.span };
  // "Not set", "Unknown", "Not yet allocated": a system's word for an empty field
  if (!found && lex.noOwner.matchAt(tokens, 0) === tokens.length) return null;
  return { span, vague: false };
}
