/**
 * Low-level text helpers for plan analysis: lines, tokens and phrase lists.
 *
 * Everything works on offsets into the ORIGINAL text (CRLF, tabs and curly
 * quotes kept), so spans can be reported without any mapping. No regular
 * expressions with repetition are used for tokenising: it is a hand-written
 * scanner, linear in the length of the text.
 */

export interface Span {
  start: number;
  end: number;
}

/** One cell of a table row: its trimmed content, and whether it is blank. */
export interface Cell {
  span: Span;
  empty: boolean;
}

export interface Line {
  start: number;
  /** End of the line's content, before the line ending. */
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Number of `lower` among the phrase lists' words, or -1 when no list holds it. */
  id: number;
}

/** Split into lines, keeping offsets; `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(text: string): Line[] {
  let starts = lineStarts;
  let ends = lineEnds;
  if (text !== docText) {
    starts = [];
    ends = [];
    lineBreaks(text, starts, ends);
  }
  const lines: Line[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    lines.push({ start, end, text: text.slice(start, end) });
  }
  return lines;
}

/** Push the start and end (before its line ending) of every line. */
function lineBreaks(text: string, starts: number[], ends: number[]): void {
  let start = 0;
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (nl >= 0 || cr >= 0) {
    const i = cr < 0 || (nl >= 0 && nl < cr) ? nl : cr;
    starts.push(start);
    ends.push(i);
    start = i === cr && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  starts.push(start);
  ends.push(text.length);
}

const WORDISH = /[\p{L}\p{N}]/u;

/** Non-ASCII code units already judged: 0 not yet, 1 a letter or digit, 2 not. */
let wordCodes: Uint8Array | null = null;

export function isWordChar(c: string): boolean {
  return isWordCode(c.charCodeAt(0));
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (wordCodes === null) wordCodes = new Uint8Array(65536);
  const known = wordCodes[code] as number;
  if (known !== 0) return known === 1;
  const yes = WORDISH.test(String.fromCharCode(code));
  wordCodes[code] = yes ? 1 : 2;
  return yes;
}

/** White space between tokens, as the scanner reads it. */
export function isTokenSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2009 || code === 0x202f || code === 12;
}

/** JavaScript's white space (what `\s` and `trim` take). */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters allowed inside a word when a word character follows: it's, 8.50am, 30/01/2026, Ellie-Mae. */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 47 || c === 58;
}

/**
 * Every word of every compiled phrase list gets a number, so a phrase list
 * finds a token's entries by its number instead of hashing its text. A token
 * whose lower-case form is in no list gets -1 (and no list can match it).
 */
const VOCAB = new Map<string, number>();
/** Counts new words, so an interned token's number is looked up again after one is added. */
let vocabGeneration = 0;

export function vocabId(w: string): number {
  let id = VOCAB.get(w);
  if (id === undefined) {
    id = VOCAB.size;
    VOCAB.set(w, id);
    // interned tokens hold the number their word had when interned: renew it when next used
    vocabGeneration++;
  }
  return id;
}

/** How many words have numbers. */
export function vocabSize(): number {
  return VOCAB.size;
}

/** Every numbered word. */
export function vocabWords(): IterableIterator<string> {
  return VOCAB.keys();
}

export function normalise(s: string): string {
  // most words are plain lower-case ASCII already
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) {
      plain = false;
      break;
    }
  }
  return lowerOf(s, plain);
}

/**
 * Start (or, with null, end) one document's analysis. Each line is scanned at
 * most once, when first asked for; `tokenize` then answers a span from the
 * lines' token lists (tokens wholly inside the span, plus a re-scan of any
 * word cut by the span's ends), which gives exactly what scanning the span
 * would: no token crosses a line ending. Plan analysis
 * tokenises each line, item and clause several times, and re-scanning (with
 * its lower-casing) was over a quarter of its time. Only this one list is
 * kept: a memo of per-span lists doubled the time inside the engine, because
 * the retained lists survive into the old generation.
 */
let docText: string | null = null;
/** Start of each line (after its line ending) and, once asked for, its tokens. */
let lineStarts: number[] = [];
let lineEnds: number[] = [];
let lineTokens: (Token[] | undefined)[] = [];

export function setDocument(text: string | null): void {
  docText = text;
  spanStart.fill(-1);
  spanTokens.fill(undefined);
  lineStarts = [];
  lineEnds = [];
  lineTokens = [];
  lastLine = 0;
  if (text === null) return;
  lineBreaks(text, lineStarts, lineEnds);
}

/** The line `lineOf` last answered: analysis asks about one line many times running. */
let lastLine = 0;

/** Index of the line holding pos. */
function lineOf(pos: number): number {
  const near = lastLine;
  if ((lineStarts[near] as number) <= pos && (near + 1 >= lineStarts.length || (lineStarts[near + 1] as number) > pos)) return near;
  lastLine = lastAtMost(lineStarts, pos);
  return lastLine;
}

/** Index of the last number in the ascending `list` that is at most `x`, or -1 (binary search). */
export function lastAtMost(list: readonly number[], x: number): number {
  let lo = -1;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first token starting at or after `start` (binary search: lines can be very long). */
function firstFrom(toks: readonly Token[], start: number): number {
  let a = 0;
  let hi = toks.length;
  while (a < hi) {
    const mid = (a + hi) >> 1;
    if ((toks[mid] as Token).start < start) a = mid + 1;
    else hi = mid;
  }
  return a;
}

/** Index of the first token from `a` on that ends after `end` (binary search). */
function firstPast(toks: readonly Token[], a: number, end: number): number {
  let hi = toks.length;
  while (a < hi) {
    const mid = (a + hi) >> 1;
    if ((toks[mid] as Token).end <= end) a = mid + 1;
    else hi = mid;
  }
  return a;
}

/** The tokens of line `li`, scanned once per document. */
function tokensOfLine(text: string, li: number): Token[] {
  let toks = lineTokens[li];
  if (!toks) {
    toks = scan(text, lineStarts[li] as number, lineEnds[li] as number);
    lineTokens[li] = toks;
  }
  return toks;
}

/** The tokens of text[start, end) within one line whose tokens are `toks`. */
function fromLine(text: string, toks: readonly Token[], start: number, end: number, out: Token[]): void {
  const a = firstFrom(toks, start);
  let b = a;
  while (b < toks.length && (toks[b] as Token).end <= end) b++;
  if (b <= a) {
    for (const t of scan(text, start, end)) out.push(t);
    return;
  }
  const first = toks[a] as Token;
  const last = toks[b - 1] as Token;
  if (first.start > start) for (const t of scan(text, start, first.start)) out.push(t);
  for (let k = a; k < b; k++) out.push(toks[k] as Token);
  if (last.end < end) for (const t of scan(text, last.end, end)) out.push(t);
}

/**
 * The last lists `tokenize` gave for the document, by a hash of their span
 * (direct-mapped, a few dozen): analysis asks for the same span again and
 * again (an item's segment by structure, clause and timescale, a line by each
 * layout detector), a third of its calls. Only these few are kept, so they do
 * not pile up into the old generation as a memo of every span did.
 */
const SPAN_CACHE = 64;
const spanStart = new Int32Array(SPAN_CACHE).fill(-1);
const spanEnd = new Int32Array(SPAN_CACHE);
const spanTokens: (Token[] | undefined)[] = new Array<Token[] | undefined>(SPAN_CACHE).fill(undefined);

/** Tokenise text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  if (text !== docText || end - start < 4) return scan(text, start, end);
  const slot = (Math.imul(start, 31) + end) & (SPAN_CACHE - 1);
  if (spanStart[slot] === start && spanEnd[slot] === end) return spanTokens[slot] as Token[];
  const toks = tokenizeDoc(text, start, end);
  spanStart[slot] = start;
  spanEnd[slot] = end;
  spanTokens[slot] = toks;
  return toks;
}

/** `tokenize` for a span of the current document, from its lines' token lists. */
function tokenizeDoc(text: string, start: number, end: number): Token[] {
  const li0 = lineOf(start);
  if ((lineEnds[li0] as number) >= end) {
    // within one line (most calls): the line's own list or a slice of it, not copied token by token
    const toks = tokensOfLine(text, li0);
    const a = start <= (lineStarts[li0] as number) ? 0 : firstFrom(toks, start);
    const b = end >= (lineEnds[li0] as number) ? toks.length : firstPast(toks, a, end);
    if (b > a && (a === 0 || (toks[a - 1] as Token).end <= start) && (b === toks.length || (toks[b] as Token).start >= end)) {
      // no token is cut by the span's ends (what lies outside its tokens is white space): nothing to re-scan.
      // Callers never change a token list, so the line's own list can be shared.
      return a === 0 && b === toks.length ? toks : toks.slice(a, b);
    }
  }
  const out: Token[] = [];
  for (let li = lineOf(start); li < lineStarts.length; li++) {
    const ls = lineStarts[li] as number;
    if (ls >= end) break;
    const le = lineEnds[li] as number;
    const a = Math.max(ls, start);
    const b = Math.min(le, end);
    if (b <= a) continue;
    fromLine(text, tokensOfLine(text, li), a, b, out);
  }
  return out;
}

/** A token's strings and vocabulary number (punctuation: see `punctuation`). */
interface Interned {
  text: string;
  lower: string;
  id: number;
  /** `vocabGeneration` when `id` was looked up. */
  generation: number;
}

/**
 * Tokens seen before, by a hash of their characters (direct-mapped: a
 * collision replaces the older entry, so it never grows). Most tokens of a
 * plan repeat ("to", "will", "Mum", "."), within a document and across
 * documents, so this saves cutting, lower-casing and looking up the same
 * word again: those were most of the scanner's time.
 *
 * The table is kept in parallel arrays, not as an object a slot: plan
 * analysis runs after the rest of the check has filled the CPU caches with
 * other data, and reading a slot's object and then its string cost two cache
 * misses a token. Now a token of up to INTERN_INLINE characters is compared
 * with the copy of its characters in `internChars`, and its strings and
 * number come from arrays of pointers and numbers, so a repeated word reads
 * no object at all.
 */
const INTERN_SIZE = 4096;
/** Characters of a slot's token compared in `internChars`; longer tokens compare with `internText`. */
const INTERN_INLINE = 8;
/** Length of each slot's token, 0 for an empty slot. */
const internLength = new Uint8Array(INTERN_SIZE);
/** The first INTERN_INLINE characters of each slot's token. */
const internChars = new Uint16Array(INTERN_SIZE * INTERN_INLINE);
const internText: string[] = new Array<string>(INTERN_SIZE).fill('');
const internLower: string[] = new Array<string>(INTERN_SIZE).fill('');
const internId = new Int32Array(INTERN_SIZE);
/** `vocabGeneration` when the slot's number was looked up. */
const internGeneration = new Int32Array(INTERN_SIZE);

/** FNV-1a, one UTF-16 code unit at a time: the scanner hashes a token as it reads it. */
const HASH_START = 0x811c9dc5;

function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/** ASCII punctuation tokens, by character code (no hashing needed). */
const punctuation: (Interned | undefined)[] = new Array<Interned | undefined>(128).fill(undefined);

/**
 * The slot in the intern table holding text[i, j) (found or put there; at
 * most INTERN_LONGEST characters); `plain` when it has no capital and nothing outside ASCII, `h` the hash of
 * its characters (`hashStep` from `HASH_START`).
 */
function intern(text: string, i: number, j: number, plain: boolean, h: number): number {
  const slot = (h ^ (h >>> 15)) & (INTERN_SIZE - 1);
  const n = j - i;
  if (internLength[slot] === n) {
    let same = true;
    if (n <= INTERN_INLINE) {
      const at = slot * INTERN_INLINE - i;
      for (let k = i; k < j; k++) {
        if (internChars[at + k] !== text.charCodeAt(k)) {
          same = false;
          break;
        }
      }
    } else {
      const t = internText[slot] as string;
      for (let k = 0; k < n; k++) {
        if (t.charCodeAt(k) !== text.charCodeAt(i + k)) {
          same = false;
          break;
        }
      }
    }
    if (same) {
      if (internGeneration[slot] !== vocabGeneration) {
        internId[slot] = VOCAB.get(internLower[slot] as string) ?? -1;
        internGeneration[slot] = vocabGeneration;
      }
      return slot;
    }
  }
  const t = n >= 13 ? ownCopy(text, i, j) : text.slice(i, j);
  internLength[slot] = n;
  for (let k = 0; k < n && k < INTERN_INLINE; k++) internChars[slot * INTERN_INLINE + k] = text.charCodeAt(i + k);
  internText[slot] = t;
  internLower[slot] = lowerOf(t, plain);
  internId[slot] = VOCAB.get(internLower[slot] as string) ?? -1;
  internGeneration[slot] = vocabGeneration;
  return slot;
}

/** The token's lower-case form, curly apostrophes made straight; `plain`: it is one already. */
function lowerOf(t: string, plain: boolean): string {
  if (plain) return t;
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Longer tokens (long numbers, pasted links) are not worth keeping. */
const INTERN_LONGEST = 40;

/**
 * text[i, j) as a string of its own. V8 makes a slice of 13 or more
 * characters a view into the whole text, and the intern table outlives the
 * document: a kept view would keep the whole plan in memory.
 */
function ownCopy(text: string, i: number, j: number): string {
  const codes: number[] = [];
  for (let k = i; k < j; k++) codes.push(text.charCodeAt(k));
  return String.fromCharCode(...codes);
}

/**
 * What the scanner needs to know of an ASCII character: SPACE (white space
 * between tokens), WORD (a letter or digit; with UPPER a capital letter) and
 * JOINER (joins two words into one token when a word character follows:
 * it's, 8.50am, 30/01/2026, Ellie-Mae, 10:30).
 */
const SPACE = 1;
const WORD = 2;
const UPPER = 4;
const JOINER = 8;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if (isTokenSpace(c)) k |= SPACE;
  if (isWordCode(c)) k |= WORD;
  if (c >= 65 && c <= 90) k |= UPPER;
  if (isJoinerCode(c)) k |= JOINER;
  ASCII_CLASS[c] = k;
}

function scan(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? (ASCII_CLASS[code] as number) : (isTokenSpace(code) ? SPACE : 0) | (isWordCode(code) ? WORD : 0);
    if ((cls & SPACE) !== 0) {
      i++;
      continue;
    }
    if ((cls & WORD) !== 0) {
      // plain: no capital and nothing outside ASCII, so the token is its own lower-case form
      let plain = code < 128 && (cls & UPPER) === 0;
      let h = hashStep(HASH_START, code);
      let j = i + 1;
      while (j < end) {
        const cc = text.charCodeAt(j);
        if (cc < 128) {
          const k = ASCII_CLASS[cc] as number;
          if ((k & WORD) !== 0) {
            if ((k & UPPER) !== 0) plain = false;
            h = hashStep(h, cc);
            j++;
            continue;
          }
          if ((k & JOINER) === 0) break;
        } else if (isWordCode(cc)) {
          plain = false;
          h = hashStep(h, cc);
          j++;
          continue;
        } else if (!isJoinerCode(cc)) {
          break;
        }
        // a joiner, when a word character follows
        if (j + 1 >= end || !isWordCode(text.charCodeAt(j + 1))) break;
        // a colon joins only digits (10:30), not "Who:Mum"
        if (cc === 58 && !(isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1)))) break;
        const cn = text.charCodeAt(j + 1);
        if (cc > 127 || (cn >= 65 && cn <= 90) || cn > 127) plain = false;
        h = hashStep(hashStep(h, cc), cn);
        j += 2;
      }
      if (j - i <= INTERN_LONGEST) {
        const w = intern(text, i, j, plain, h);
        out.push({ start: i, end: j, text: internText[w] as string, lower: internLower[w] as string, word: true, id: internId[w] as number });
      } else {
        const t = text.slice(i, j);
        const lower = lowerOf(t, plain);
        out.push({ start: i, end: j, text: t, lower, word: true, id: VOCAB.get(lower) ?? -1 });
      }
      i = j;
    } else {
      // one punctuation character (surrogate pairs kept together)
      const n = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      if (code < 128) {
        let w = punctuation[code];
        if (w === undefined || w.generation !== vocabGeneration) {
          const t = text[i] as string;
          w = { text: t, lower: t, id: VOCAB.get(t) ?? -1, generation: vocabGeneration };
          punctuation[code] = w;
        }
        out.push({ start: i, end: i + n, text: w.text, lower: w.lower, word: false, id: w.id });
      } else {
        let h = hashStep(HASH_START, code);
        if (n === 2) h = hashStep(h, text.charCodeAt(i + 1));
        const w = intern(text, i, i + n, true, h);
        out.push({ start: i, end: i + n, text: internText[w] as string, lower: internLower[w] as string, word: false, id: internId[w] as number });
      }
      i += n;
    }
  }
  return out;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Where `mark` (one character) first stands with a space before it and, when
 * `after`, a space after it, from `from` on: the index of the space before,
 * or -1. It is `s.indexOf(' ' + mark + ' ', from)` (or without the last space),
 * found by searching for the one character, which is about twice as fast on
 * a plan's lines: layout checks ask this of every line.
 */
export function spacedMark(s: string, mark: string, from = 0, after = true): number {
  for (let q = s.indexOf(mark, from + 1); q >= 0; q = s.indexOf(mark, q + 1)) {
    if (s.charCodeAt(q - 1) === 32 && (!after || s.charCodeAt(q + 1) === 32)) return q - 1;
  }
  return -1;
}

export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function isCapitalised(t: Token): boolean {
  if (!t.word) return false;
  // ASCII answers without making strings; other letters ask the case mappings
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text[0] as string;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A to Z or a to z, by code. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A space, a tab or a no-break space, by code: what sets out a line's pieces (never a line break). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/** The span from token `a` to the end of token `b - 1`. */
export function spanOf(tokens: readonly Token[], a: number, b: number): Span {
  return { start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end };
}

/** Trim whitespace from both ends of a span of text. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isTokenSpace(text.charCodeAt(s))) s++;
  while (e > s && isTokenSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

// ---------------------------------------------------------------------------
// Phrase lists

/** A non-empty entry of lower-case ASCII letters and spaces. */
const PLAIN_ENTRY = /^[a-z ]+$/;

/**
 * For the lists and word sets of one lexicon: which of them a word (by its
 * vocabulary number) starts an entry of, and which hold it as a one-word
 * entry, in one small table (four 32-bit numbers a word, 16 bytes).
 *
 * Plan analysis asks "does an entry of this list start at this token?" and
 * "is this word in that list?" thousands of times a plan, and the answer is
 * nearly always no. It runs after the rest of the check, which leaves the CPU
 * caches cold: asking each list's own Map, Set or array cost a cache miss per
 * list and word, and those misses were most of the time of `matchAt` and
 * `has`. One line of this table answers for every list.
 */
export class WordTable {
  private count = 0;
  private readonly members: { owner: WordMember; starts: readonly number[]; singles: readonly number[] }[] = [];

  /** Give `owner` a bit (up to 64); it gets the table when `seal` builds it. */
  join(owner: WordMember, starts: readonly number[], singles: readonly number[]): void {
    if (this.count >= 64) return; // more lists than bits: the rest keep their own lookups
    owner.bit = this.count++;
    this.members.push({ owner, starts, singles });
  }

  /** Build the table for every word numbered so far (words numbered later are in no member). */
  seal(): void {
    const table = new Uint32Array(VOCAB.size * 4);
    for (const { owner, starts, singles } of this.members) {
      const word = owner.bit >>> 5;
      const flag = 1 << (owner.bit & 31);
      for (const id of starts) table[id * 4 + word] = (table[id * 4 + word] as number) | flag;
      for (const id of singles) table[id * 4 + 2 + word] = (table[id * 4 + 2 + word] as number) | flag;
    }
    for (const { owner } of this.members) owner.table = table;
  }
}

/** A list or word set with a bit in a `WordTable`. */
abstract class WordMember {
  /** Its bit in `table`, or -1. */
  bit = -1;
  /** The sealed table, or null (then the member's own lookups answer). */
  table: Uint32Array | null = null;

  /** Does an entry start with the word numbered `id`? (Call only with a table.) */
  protected startsWith(table: Uint32Array, id: number): boolean {
    const k = id * 4 + (this.bit >>> 5);
    return id >= 0 && k < table.length && ((table[k] as number) & (1 << (this.bit & 31))) !== 0;
  }

  /** Is the word numbered `id` a one-word entry? (Call only with a table.) */
  protected holds(table: Uint32Array, id: number): boolean {
    const k = id * 4 + 2 + (this.bit >>> 5);
    return id >= 0 && k < table.length && ((table[k] as number) & (1 << (this.bit & 31))) !== 0;
  }
}

/** A set of lower-case words (`ownerWords`, `ownerHeads`), asked by string or by token. */
export class WordSet extends WordMember {
  private readonly words: Set<string>;

  constructor(words: Set<string>, table?: WordTable) {
    super();
    this.words = words;
    if (table) {
      const ids: number[] = [];
      for (const w of words) ids.push(vocabId(w));
      table.join(this, [], ids);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** `has(t.lower)`, answered from the token's vocabulary number. */
  hasToken(t: Token): boolean {
    const table = this.table;
    return table === null ? this.words.has(t.lower) : this.holds(table, t.id);
  }
}

/** A compiled phrase list: finds the longest entry starting at a token. */
export class PhraseList extends WordMember {
  /** One-word entries that `has` answers for. */
  private readonly singles = new Set<string>();
  /**
   * The entries as numbers, grouped by their first word, longest first (in
   * list order among equals), so trying the entries at a token reads one or
   * two cache lines, not a Map, an array and each entry's object and arrays.
   * `firstAt[id]` is one more than where the group for word `id` starts in
   * `phrases`, or 0. A group is its number of entries, then for each entry its
   * number of words, its index in `cased` (-1 when it ignores case) and its
   * words' vocabulary numbers.
   */
  private readonly firstAt: Int32Array;
  private readonly phrases: Int32Array;
  /** Words of the entries matched case-sensitively, compared by their text. */
  private readonly cased: string[][] = [];
  readonly size: number;

  constructor(entries: readonly string[], table?: WordTable) {
    super();
    // each entry as [number of words, index in `cased` or -1, vocabulary numbers…] in `flat`, from `at[k]`
    const flat: number[] = [];
    const at: number[] = [];
    const singleIds: number[] = [];
    for (const entry of entries) {
      const start = flat.length;
      if (PLAIN_ENTRY.test(entry) && !entry.includes('  ') && entry.charCodeAt(0) !== 32 && entry.charCodeAt(entry.length - 1) !== 32) {
        // lower-case words and single spaces (most entries): the words are the tokens
        flat.push(0, -1);
        let from = 0;
        for (;;) {
          const space = entry.indexOf(' ', from);
          flat.push(vocabId(space < 0 ? entry.slice(from) : entry.slice(from, space)));
          if (space < 0) break;
          from = space + 1;
        }
        const len = flat.length - start - 2;
        flat[start] = len;
        at.push(start);
        if (len === 1) {
          this.singles.add(entry);
          singleIds.push(flat[start + 2] as number);
        }
        continue;
      }
      const toks = scan(entry, 0, entry.length);
      if (toks.length === 0) continue;
      // all-capital acronyms (SW, HV, LA) match case-sensitively
      let letters = 0;
      let small = false;
      for (let i = 0; i < entry.length; i++) {
        const c = entry.charCodeAt(i);
        if (c >= 97 && c <= 122) small = true;
        else if (!(c >= 65 && c <= 90)) continue;
        letters++;
      }
      const caseSensitive = letters >= 2 && !small;
      flat.push(toks.length, -1);
      const words: string[] = [];
      for (const t of toks) {
        words.push(caseSensitive ? t.text : t.lower);
        flat.push(vocabId(t.lower));
      }
      if (caseSensitive) flat[start + 1] = this.cased.push(words) - 1;
      at.push(start);
      const t0 = toks[0] as Token;
      if (words.length === 1 && (!caseSensitive || words[0] === t0.lower)) {
        this.singles.add(t0.lower);
        singleIds.push(flat[start + 2] as number);
      }
    }
    // by first word, then longest first, then list order
    const first = (a: number): number => flat[a + 2] as number;
    const order = at.slice().sort((a, b) => first(a) - first(b) || (flat[b] as number) - (flat[a] as number) || a - b);
    let top = -1;
    for (const a of at) if (first(a) > top) top = first(a);
    const firstAt = new Int32Array(top + 1);
    const phrases = new Int32Array(flat.length + at.length);
    const starts: number[] = [];
    let w = 0;
    let group = -1;
    let prev = -1;
    for (const a of order) {
      if (first(a) !== prev) {
        prev = first(a);
        group = w++;
        firstAt[prev] = group + 1;
        starts.push(prev);
      }
      phrases[group] = (phrases[group] as number) + 1;
      const end = a + 2 + (flat[a] as number);
      for (let k = a; k < end; k++) phrases[w++] = flat[k] as number;
    }
    this.firstAt = firstAt;
    this.phrases = phrases;
    this.size = at.length;
    if (table) table.join(this, starts, singleIds);
  }

  /** Number of tokens of the longest entry matching at tokens[i], or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const first = tokens[i];
    if (first === undefined) return 0;
    const id = first.id;
    const table = this.table;
    // with a table, a word that starts an entry is within firstAt
    if (table !== null ? !this.startsWith(table, id) : id < 0 || id >= this.firstAt.length) return 0;
    let at = (this.firstAt[id] as number) - 1;
    if (at < 0) return 0;
    const data = this.phrases;
    const n = tokens.length;
    const count = data[at++] as number;
    for (let q = 0; q < count; q++) {
      const len = data[at] as number;
      const cased = data[at + 1] as number;
      const ids = at + 2;
      at = ids + len;
      if (i + len > n) continue;
      let ok = true;
      if (cased >= 0) {
        const words = this.cased[cased] as string[];
        for (let k = 0; k < len; k++) {
          if ((tokens[i + k] as Token).text !== words[k]) {
            ok = false;
            break;
          }
        }
      } else {
        // the first word matched by its number
        for (let k = 1; k < len; k++) {
          if ((tokens[i + k] as Token).id !== data[ids + k]) {
            ok = false;
            break;
          }
        }
      }
      if (ok) return len;
    }
    return 0;
  }

  /** Does the list hold this single word? Pass the token's `lower` form. */
  has(word: string): boolean {
    return this.singles.has(word);
  }

  /** `has(t.lower)`, answered from the token's vocabulary number. */
  hasToken(t: Token): boolean {
    const table = this.table;
    return table === null ? this.singles.has(t.lower) : this.holds(table, t.id);
  }

  /** Find the first match at or after token `from` (before token `to`). */
  find(tokens: readonly Token[], from = 0, to = tokens.length): { index: number; length: number } | null {
    for (let i = from; i < to; i++) {
      const n = this.matchAt(tokens, i);
      if (n > 0 && i + n <= to) return { index: i, length: n };
    }
    return null;
  }

  /** Does the whole token sequence equal one entry? */
  equals(tokens: readonly Token[]): boolean {
    return tokens.length > 0 && this.matchAt(tokens, 0) === tokens.length;
  }
}
