/**
 * Find when (or how often) an action happens, and judge whether it is vague.
 *
 * Numeric dates are checked by `isUkNumericDate` (day before month; see
 * date.ts for why chrono-node was dropped). Frequencies, periods, anchors
 * ("by the review conference"), immediate words and vague phrases come from
 * the lexicon.
 */
import { isUkNumericDate } from './date.js';
import { TIME_NAME, TIME_START, type Lex } from './lexicon.js';
import { isCapitalised, tokenize, type Span, type Token } from './text.js';

export interface When {
  span: Span;
  vague: boolean;
  /** The vague words, for the message. */
  vagueSpan?: Span;
}

const DATE_TOKEN = /^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/i;
const TIME_TOKEN = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$/i;
const CLOCK = /^\d{1,2}:\d{2}$/;
const NUM = /^\d{1,3}$/;
const NUM_FREQ = /^\d{1,2}-?(?:weekly|monthly|daily|hourly)$/i;
const NEXT_WORDS = new Set(['next', 'first', 'initial', 'following', 'second', 'final', 'last', 'third', 'upcoming']);
const TIME_BOUNDARY = new Set([',', '.', ';', '(', ')', '–', '—']);

interface Cand {
  a: number; // first token
  b: number; // after last token
  kind: 'concrete' | 'vague' | 'trigger';
  judgement?: boolean;
}

function isNumber(t: Token | undefined, lex: Lex): boolean {
  if (!t) return false;
  return NUM.test(t.text) || (lex.numberWords.hasToken(t) && t.lower !== 'a' && t.lower !== 'an');
}

function toBoundary(tokens: readonly Token[], from: number): number {
  let e = from;
  while (e < tokens.length && !TIME_BOUNDARY.has((tokens[e] as Token).text)) e++;
  return e;
}

function monthAt(tokens: readonly Token[], k: number, lex: Lex): boolean {
  const t = tokens[k] as Token;
  if (!isCapitalised(t) && !/^\d/.test(t.text)) return false;
  if (!lex.months.hasToken(t)) return false;
  if (t.lower === 'may' || t.lower === 'mar' || t.lower === 'sun' || t.lower === 'sat') {
    const p = tokens[k - 1];
    const n = tokens[k + 1];
    const ctx = (p && (ORDINAL.test(p.text) || NUM.test(p.text) || ['in', 'by', 'of', 'before', 'until', 'from', 'early', 'late', 'mid', 'end'].includes(p.lower))) || (n && /^\d/.test(n.text));
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

function candidates(tokens: readonly Token[], lex: Lex, out: Cand[]): boolean {
  let datey = false;
  const n = tokens.length;
  const flags = lex.timeFlags;
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
    const atStart = k === 0 || (prev !== undefined && (prev.text === ',' || prev.text === '.' || prev.text === '–' || prev.text === '-' || prev.text === '(' || prev.text === ';'));
    // judgement triggers: "Should parents fail…", "In the event that…"
    const vt = lex.vagueTriggers.matchAt(tokens, k);
    if (vt > 0 && (t.lower !== 'should' || atStart)) {
      if (t.lower !== 'should' || (tokens[k + 1]?.word && tokens[k + 1]?.lower !== 'be')) {
        out.push({ a: k, b: toBoundary(tokens, k + vt), kind: 'vague' });
        k = toBoundary(tokens, k + vt) - 1;
        continue;
      }
    }
    const v = lex.vagueTime.matchAt(tokens, k);
    if (v > 0) {
      let b = k + v;
      if (t.lower === 'throughout' && tokens[b] && lex.determiners.hasToken(tokens[b] as Token) && tokens[b + 1]?.word) b += 2;
      if (t.lower === 'pending' || t.lower === 'as' && tokens[k + 1]?.lower === 'per' || t.lower === 'depending' || t.lower === 'dependent' || t.lower === 'subject') b = toBoundary(tokens, b);
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
    if (NUM_FREQ.test(t.text)) {
      out.push({ a: k, b: k + 1, kind: 'concrete' });
      continue;
    }
    const fr = lex.frequencies.matchAt(tokens, k);
    if (fr > 0) {
      let a = k;
      if (isNumber(prev, lex) || prev?.lower === 'x' || prev?.text.endsWith('x')) a = k - 1;
      let b = k + fr;
      if ((t.lower === 'once' || t.lower === 'twice') && tokens[b] && ['a', 'per', 'each', 'every'].includes((tokens[b] as Token).lower)) {
        const u = unitAfter(tokens, b + 1, lex) || lex.events.matchAt(tokens, b + 1) || (tokens[b + 1] !== undefined && lex.weekdays.hasToken(tokens[b + 1] as Token) ? 1 : 0);
        if (u > 0) b = b + 1 + u;
      } else if (t.lower === 'once' && !unitAfter(tokens, b, lex)) {
        // "once allocated", "once he is home" is not a frequency but a trigger,
        // vague when it waits on a judgement ("once his bail conditions are known")
        if (tokens[k + 1]?.word) {
          const e = toBoundary(tokens, k + 1);
          let judgement = false;
          for (let q = k + 1; q < e; q++) if (lex.judgement.hasToken(tokens[q] as Token)) judgement = true;
          out.push({ a: k, b: e, kind: 'trigger', judgement });
          k = e - 1;
        }
        continue;
      }
      out.push({ a, b, kind: 'concrete' });
      k = b - 1;
      continue;
    }
    if (isNumber(t, lex) && (tokens[k + 1]?.lower === 'times' || tokens[k + 1]?.lower === 'x')) {
      const b = k + 2;
      const per = tokens[b];
      if (per && ['a', 'per', 'each', 'every'].includes(per.lower)) {
        const u = unitAfter(tokens, b + 1, lex) || lex.events.matchAt(tokens, b + 1);
        if (u > 0) {
          out.push({ a: k, b: b + 1 + u, kind: 'concrete' });
          k = b + u;
          continue;
        }
      }
      const f2 = lex.frequencies.matchAt(tokens, b);
      if (f2 > 0) {
        out.push({ a: k, b: b + f2, kind: 'concrete' });
        k = b + f2 - 1;
        continue;
      }
    }
    if (t.lower === 'every' || t.lower === 'each') {
      let j = k + 1;
      if (tokens[j]?.lower === 'other' || tokens[j]?.lower === 'single') j++;
      if (isNumber(tokens[j], lex)) j++;
      const u = unitAfter(tokens, j, lex);
      const ev = lex.events.matchAt(tokens, j);
      const wd = tokens[j] && lex.weekdays.hasToken(tokens[j] as Token) && isCapitalised(tokens[j] as Token) ? 1 : 0;
      let m = Math.max(u, ev, wd);
      // "each statutory visit", "every home visit": one or two describing words before the event
      for (let skip = 1; m === 0 && skip <= 2; skip++) {
        const w = tokens[j + skip - 1];
        if (!w || !w.word || isCapitalised(w)) break;
        const e2 = lex.events.matchAt(tokens, j + skip);
        if (e2 > 0) m = skip + e2;
      }
      if (m > 0) {
        if (prev?.lower === 'at' || prev?.lower === 'on' || prev?.lower === 'after') k--;
        let b = j + m;
        // "every Monday at 11am", "every Tuesday until …"
        if (tokens[b]?.lower === 'at' && tokens[b + 1] && (TIME_TOKEN.test((tokens[b + 1] as Token).text) || CLOCK.test((tokens[b + 1] as Token).text) || NUM.test((tokens[b + 1] as Token).text))) b += 2;
        if (tokens[b]?.lower === 'until' || tokens[b]?.lower === 'till') b = toBoundary(tokens, b);
        out.push({ a: k, b, kind: 'concrete' });
        k = b - 1;
        continue;
      }
    }
    if (lex.periodPreps.matchAt(tokens, k) > 0 && t.lower !== 'every' && t.lower !== 'each') {
      let j = k + 1;
      if (tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'next') j += 2;
      if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an' || isNumber(tokens[j], lex)) {
        j++;
        if (tokens[j]?.lower === 'to' || tokens[j]?.text === '-' || tokens[j]?.text === '–') {
          if (isNumber(tokens[j + 1], lex)) j += 2;
        }
        const u = unitAfter(tokens, j, lex);
        if (u > 0) {
          let b = j + u;
          if (tokens[b]?.lower === 'of' || tokens[b]?.lower === 'from' || tokens[b]?.lower === 'after') b = toBoundary(tokens, b);
          out.push({ a: k, b, kind: 'concrete' });
          k = b - 1;
          continue;
        }
      }
    }
    const ap = lex.anchorPreps.matchAt(tokens, k);
    if (ap > 0 || NEXT_WORDS.has(t.lower)) {
      let j = ap > 0 ? k + ap : k;
      if (tokens[j]?.lower === 'the') j++;
      if (tokens[j] && NEXT_WORDS.has((tokens[j] as Token).lower)) j++;
      const an = lex.anchors.matchAt(tokens, j);
      if (an > 0 && (ap > 0 || j > k)) {
        const word = (tokens[j] as Token).lower;
        // "weeks" as an anchor needs a number before it ("by 36 weeks")
        if (word !== 'weeks' && word !== 'weeks pregnant') {
          let b = j + an;
          // "until the core group agree it is safe": the anchor waits on a judgement
          if (t.lower === 'until' || t.lower === 'till') {
            const e = toBoundary(tokens, b);
            let judgement = false;
            for (let q = b; q < e; q++) if (lex.judgement.hasToken(tokens[q] as Token)) judgement = true;
            if (judgement) {
              out.push({ a: k, b: e, kind: 'vague' });
              k = e - 1;
              continue;
            }
          }
          if (tokens[b]?.lower === 'on' || tokens[b]?.text === '(') b = toBoundary(tokens, b + 1) + (tokens[toBoundary(tokens, b + 1)]?.text === ')' ? 1 : 0);
          out.push({ a: k, b, kind: 'concrete' });
          k = b - 1;
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
        out.push({ a: k, b: Math.min(n, b + 1), kind: 'concrete' });
        k = Math.min(n, b + 1) - 1;
        continue;
      }
    }
    if ((t.lower === 'end' || t.lower === 'start' || t.lower === 'beginning' || t.lower === 'middle') && tokens[k + 1]?.lower === 'of') {
      let j = k + 2;
      if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'this' || tokens[j]?.lower === 'next') j++;
      const tj = tokens[j];
      if (tj && (lex.units.hasToken(tj) || lex.months.hasToken(tj) || lex.anchors.matchAt(tokens, j) > 0)) {
        out.push({ a: k, b: j + 1, kind: 'concrete' });
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
    } else if (DATE_TOKEN.test(t.text) ? isRealDate(t.text) : ORDINAL.test(t.text) || TIME_TOKEN.test(t.text) || CLOCK.test(t.text)) {
      datey = true;
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    if (NUM.test(t.text) && (tokens[k + 1]?.lower === 'am' || tokens[k + 1]?.lower === 'pm' || (tokens[k + 1] && monthAt(tokens, k + 1, lex)))) {
      datey = true;
      out.push({ a: withPrep(tokens, k), b: k + 2, kind: 'concrete' });
      k++;
      continue;
    }
    if (isCapitalised(t) && lex.weekdays.hasToken(t) && t.lower !== 'sun' && t.lower !== 'sat') {
      datey = true;
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    if (monthAt(tokens, k, lex)) {
      datey = true;
      out.push({ a: withPrep(tokens, k), b: k + 1, kind: 'concrete' });
      continue;
    }
    const tr = lex.triggerStarts.matchAt(tokens, k);
    if (tr > 0 && (t.lower !== 'when' || atStart) && (t.lower !== 'if' || tokens[k + 1]?.word)) {
      const b = toBoundary(tokens, k + tr);
      let judgement = false;
      for (let q = k + tr; q < b; q++) if (lex.judgement.hasToken(tokens[q] as Token)) judgement = true;
      out.push({ a: k, b, kind: 'trigger', judgement });
      k = b - 1;
      continue;
    }
  }
  return datey;
}

const DATE_PREPS = new Set(['by', 'on', 'before', 'until', 'till', 'from', 'after', 'w/c', 'w/b', 'wc', 'wb', 'w.c', 'w.b']);

/** Take in "by" / "on" / "before" / "w/c" / "week commencing" just before a date. */
function withPrep(tokens: readonly Token[], a: number): number {
  const p = tokens[a - 1];
  if (p && (p.lower === 'commencing' || p.lower === 'beginning') && tokens[a - 2]?.lower === 'week') return a - 2;
  return p && DATE_PREPS.has(p.lower) ? a - 1 : a;
}

function spanOf(tokens: readonly Token[], a: number, b: number): Span {
  return { start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end };
}

/** Is "03/04/2026" a real date (day first)? */
function isRealDate(token: string): boolean {
  return isUkNumericDate(token);
}

/** Find the timescale in text[span] (an action's own words). */
export function findWhen(text: string, span: Span, lex: Lex): When | null {
  const tokens = tokenize(text, span.start, span.end);
  return findWhenInTokens(text, span, tokens, lex);
}

export function findWhenInTokens(text: string, span: Span, tokens: readonly Token[], lex: Lex): When | null {
  const cands: Cand[] = [];
  candidates(tokens, lex, cands);
  let concrete: Span | null = null;
  for (const c of cands) {
    if (c.kind !== 'concrete') continue;
    const s = spanOf(tokens, c.a, c.b);
    if (!concrete) concrete = s;
    else if (s.start - concrete.end <= 4) concrete = { start: concrete.start, end: Math.max(concrete.end, s.end) };
    else break;
  }
  if (concrete) {
    while (concrete.end > concrete.start + 1 && (text[concrete.end - 1] === '.' || text[concrete.end - 1] === ',')) concrete.end--;
    // "by 36 weeks (04/11/2026)": close the bracket
    if (text[concrete.end] === ')' && text.lastIndexOf('(', concrete.end) >= concrete.start) concrete.end++;
    return { span: concrete, vague: false };
  }
  const vague = cands.find((c) => c.kind === 'vague');
  if (vague) {
    const s = spanOf(tokens, vague.a, vague.b);
    return { span: s, vague: true, vagueSpan: s };
  }
  const trig = cands.find((c) => c.kind === 'trigger');
  if (trig) {
    const s = spanOf(tokens, trig.a, trig.b);
    return trig.judgement ? { span: s, vague: true, vagueSpan: s } : { span: s, vague: false };
  }
  return null;
}

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
  const found = findWhenInTokens(text, span, tokens, lex);
  if (found && found.vague) return { span, vague: true, vagueSpan: found.vagueSpan ?? found.span };
  return { span, vague: false };
}
