/**
 * Owner keys: some plans name their people once, in a key near the top
 * ("A = Chloe   B = Jack Reid   C = Hannah Ford, social worker"), and each
 * action then carries the codes in brackets, at its start ("(A) Go to every
 * scan", "(D, C) Discharge meeting …") or at its end ("… baby things. (E)").
 * A code found in the key names the owner; the key's text for it is what a
 * reader would be told, so a group there ("everyone in the core group")
 * makes the owner a group.
 *
 * The one pattern (PAIR) has only bounded repeats (a code of three, up to nine
 * spaces before "="), so it cannot backtrack badly; values and codes in brackets are
 * read by hand.
 */
import { isSpace, type Span } from './text.js';

/** Code → the words it stands for in the key. */
export type OwnerKey = Map<string, Span>;

/** "B" or "SW": one capital, then up to two more capitals or digits. */
function isCode(s: string): boolean {
  return /^[A-Z][A-Z0-9]{0,2}$/.test(s);
}

interface Pair {
  code: string;
  /** Where the code starts. */
  at: number;
  /** The value after "=", up to the next pair or the line's end. */
  value: Span;
}

/**
 * "CODE =" with the code first on the line or after white space or a
 * separator (a bounded code, up to nine spaces before "=").
 */
const PAIR = /(?<![^ \t\u00a0,;|•])([A-Z][A-Z0-9]{0,2})[ \t\u00a0]{0,9}=/g;

/** Every "CODE = words" on one line, with the code first on the line or after white space or a separator. */
function pairsOn(text: string, start: number, end: number): Pair[] {
  const found: { code: string; at: number; valueStart: number }[] = [];
  for (const m of text.slice(start, end).matchAll(PAIR)) {
    let v = start + m.index + m[0].length;
    while (v < end && isSpace(text.charCodeAt(v))) v++;
    if (v < end && text.charCodeAt(v) !== 61) found.push({ code: m[1] as string, at: start + m.index, valueStart: v });
  }
  const pairs: Pair[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as (typeof found)[number];
    let e = k + 1 < found.length ? (found[k + 1] as (typeof found)[number]).at : end;
    while (e > f.valueStart && /[\s,;|•]/.test(text.charAt(e - 1))) e--;
    if (e > f.valueStart) pairs.push({ code: f.code, at: f.at, value: { start: f.valueStart, end: e } });
  }
  return pairs;
}

/**
 * The plan's key of owners: a line that starts with "CODE = …" and holds two
 * or more such pairs, or a run of such lines holding two or more codes between
 * them. The first key found is used; a code given twice keeps its first words.
 */
export function findOwnerKey(text: string): OwnerKey | null {
  // every pair has an "=": most plans have none
  if (!text.includes('=')) return null;
  const key: OwnerKey = new Map();
  let run = 0; // pairs in the current run of key lines
  let pending: Pair[] = [];
  let lineStart = 0;
  const flush = (): boolean => {
    const codes = new Set(pending.map((p) => p.code));
    if (run >= 2 && codes.size >= 2) {
      for (const p of pending) if (!key.has(p.code)) key.set(p.code, p.value);
      return true;
    }
    pending = [];
    run = 0;
    return false;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    while (s < lineEnd && /[\s•\-*]/.test(text.charAt(s))) s++;
    const pairs = pairsOn(text, s, lineEnd);
    if (pairs.length > 0 && (pairs[0] as Pair).at === s) {
      pending.push(...pairs);
      run += pairs.length;
    } else if (flush()) {
      return key;
    }
    lineStart = lineEnd + 1;
  }
  return flush() ? key : null;
}

export interface CodedOwner {
  /** The codes as written inside the brackets ("A, C"). */
  span: Span;
  /** What each code stands for in the key. */
  values: Span[];
}

/** The codes inside "(…)" from `open` to `close` (the brackets' offsets), or null when any part is not a code. */
function codesIn(text: string, open: number, close: number, key: OwnerKey): CodedOwner | null | undefined {
  const inner = text.slice(open + 1, close);
  if (inner.length === 0 || inner.length > 30) return undefined;
  const parts = inner.split(/,|\/|&|\+|\band\b/);
  const values: Span[] = [];
  let unknown = false;
  for (const part of parts) {
    const code = part.trim();
    if (!isCode(code)) return undefined;
    const v = key.get(code);
    if (v) values.push(v);
    else unknown = true;
  }
  if (unknown) return null;
  let a = open + 1;
  let b = close;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { span: { start: a, end: b }, values };
}

/**
 * The owner codes an action carries: "(A, C)" at the start of its text, or
 * "(E)" at its end (before a closing full stop). Returns undefined when the
 * action carries no codes, null when a code is not in the key (no owner can be
 * read from it).
 */
export function codedOwner(text: string, what: readonly Span[], key: OwnerKey): CodedOwner | null | undefined {
  const first = what[0];
  const last = what[what.length - 1];
  if (!first || !last) return undefined;
  let s = first.start;
  while (s < first.end && isSpace(text.charCodeAt(s))) s++;
  if (text.charCodeAt(s) === 40) {
    const close = text.indexOf(')', s);
    if (close > s && close < first.end) {
      const got = codesIn(text, s, close, key);
      if (got !== undefined) return got;
    }
  }
  let e = last.end;
  while (e > last.start && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 46)) e--;
  if (text.charCodeAt(e - 1) === 41) {
    const open = text.lastIndexOf('(', e - 1);
    if (open >= last.start) {
      const got = codesIn(text, open, e - 1, key);
      if (got) return got; // an unknown code at the end may be an abbreviation: leave it
    }
  }
  return undefined;
}

/**
 * "Carers assessment for Jo and Carl (Adult Social Care)": the words inside a
 * bracket that closes the action (before a closing full stop), or null; before
 * a spaced dash, only the words before it ("(all – Tues 2 March, 2pm)"). The
 * caller decides whether they name an owner.
 */
export function closingBracket(text: string, what: readonly Span[]): Span | null {
  const last = what[what.length - 1];
  if (!last) return null;
  let e = last.end;
  while (e > last.start && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 46)) e--;
  if (text.charCodeAt(e - 1) !== 41) return null;
  const open = text.lastIndexOf('(', e - 1);
  if (open < last.start || e - 1 - open > 60) return null;
  let a = open + 1;
  let b = e - 1;
  const dash = text.slice(a, b).search(/ [–—-] /);
  if (dash > 0) b = a + dash;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return a < b ? { start: a, end: b } : null;
}
