/**
 * The unified processors: retext-english parses, then our plugins run in one
 * fixed order over a shared index. `check` is a pure function of the text and
 * the options: no files, no network, no globals beyond caches of compiled
 * rules.
 *
 * Long texts are parsed in parts of at most PART_LENGTH characters, cut
 * where no sentence can run across (see `parts`), so the syntax tree of only
 * one part is alive at a time and memory stays flat; every offset is still
 * into the whole text. The parts are small because the parser's cost per
 * word grows with the length it is given (its merge steps splice arrays as
 * long as the part), so small parts keep that cost the same from a short
 * plan to a book-length one. Plan analysis reads the raw text, so it runs
 * once over the whole text in its own processor.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CompiledRules } from './compiled.js';
import { findQuotes } from './document.js';
import type { ClearplanMessage } from './message.js';
import { prepareOptions, preparedFor, resolveOptions, type PreparedOptions } from './options.js';
import { LineIndex } from './positions.js';
import retextClearplanDocument from './plugins/document.js';
import retextClearplanPassive from './plugins/passive.js';
import retextClearplanPlan from './plugins/plan.js';
import retextClearplanReadability from './plugins/readability.js';
import retextClearplanTerms from './plugins/terms.js';
import { buildReport } from './report.js';
import { RULES } from './rules.generated.js';
import type { CheckState } from './state.js';
import type { CheckOptions, Report } from './types.js';

/** Longest text the engine accepts, in UTF-16 code units (about 300,000 words). */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Texts longer than this are parsed in parts of at most this size. */
export const PART_LENGTH = 10_000;

export class InputError extends Error {
  override name = 'InputError';
}

/** Parses a text (or one part of a long text) and runs the language rules. */
export const processor = unified()
  .use(retextEnglish)
  .use(retextClearplanDocument)
  .use(retextClearplanTerms)
  .use(retextClearplanPassive)
  .use(retextClearplanReadability)
  .freeze();

/** Finds the plan's actions; reads the raw text, not the tree. */
export const planProcessor = unified().use(retextClearplanPlan).freeze();

/** Both in one run, for the usual text that fits in one part. */
export const wholeProcessor = processor().use(retextClearplanPlan).freeze();

/** White space as retext-english sees it. */
const SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 ? SPACE.test(String.fromCharCode(c)) : c >= 11 && c <= 12);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && c < 0xd800 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
/** As document.ts decides whether a line carries on the sentence (ASCII and Latin-1 lower case). */
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/** How far to look past the part for the next word; a longer run of white space is not a clean cut. */
const LOOK = 256;

/**
 * Whether the text can be cut at `cut` (just after a line end) without
 * changing any sentence: the parser splits a sentence at a blank line, and
 * document.ts splits it at a line end when the next line does not start in
 * lower case. Both sides must also end and start with a word, so that the
 * parser's merges of word-less fragments into a neighbouring sentence
 * (a stray bullet, a lone bracket) do the same with or without the cut.
 */
function cleanCut(text: string, runStart: number, runEnd: number, floor: number): boolean {
  if (runStart <= floor || runEnd >= text.length) return false;
  const next = text.charCodeAt(runEnd);
  if (!isWordChar(next)) return false;
  let prev = text.charCodeAt(runStart - 1);
  // A sentence that ends in a full stop, question or exclamation mark after a word.
  if (prev === 46 || prev === 33 || prev === 63) prev = runStart - 2 > floor ? text.charCodeAt(runStart - 2) : 0;
  if (!isWordChar(prev)) return false;
  let breaks = 0;
  for (let i = runStart; i < runEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks >= 2 || !isLower(next);
}

/** Whether `at` (just after a line end) is a clean cut; for tests. */
export function isCleanCut(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if ((c !== 10 && c !== 13) || (c === 13 && text.charCodeAt(at) === 10)) return false;
  let runStart = at - 1;
  while (runStart > 0 && isSpace(text.charCodeAt(runStart - 1))) runStart--;
  let runEnd = at;
  while (runEnd < text.length && runEnd - at < LOOK && isSpace(text.charCodeAt(runEnd))) runEnd++;
  return cleanCut(text, runStart, runEnd, 0);
}

/**
 * Part boundaries, each part at most `size` long and, past the first half,
 * ending at the last clean cut (see `cleanCut`): then every sentence, and so
 * every finding, is the same as in one parse of the whole text. A stretch
 * with no clean cut (no line ends between words) falls back to a blank line,
 * a line end, a space, or the size itself.
 */
export function parts(text: string, size = PART_LENGTH): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + (size >> 1);
    let cut = -1;
    for (let i = limit - 1; i > floor; i--) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < limit) continue;
      // The run of white space around this line end.
      let runStart = i;
      while (runStart > floor && isSpace(text.charCodeAt(runStart - 1))) runStart--;
      let runEnd = i + 1;
      while (runEnd < text.length && runEnd - i < LOOK && isSpace(text.charCodeAt(runEnd))) runEnd++;
      const at = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      if (at <= limit && cleanCut(text, runStart, runEnd, floor)) {
        cut = at;
        break;
      }
      i = runStart;
    }
    if (cut < 0) {
      const window = text.slice(floor, limit);
      for (const sep of ['\n\n', '\r\n\r\n', '\n', '\r', ' ']) {
        const at = window.lastIndexOf(sep);
        if (at >= 0) {
          cut = floor + at + sep.length;
          break;
        }
      }
    }
    if (cut <= start) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * `partLength` is for tests: reports do not depend on it, only time and
 * memory do.
 */
export function createChecker(rules: CompiledRules = RULES, partLength = PART_LENGTH) {
  return function check(text: string, options?: CheckOptions | PreparedOptions): Report {
    if (typeof text !== 'string') throw new InputError('text must be a string');
    if (text.length > MAX_TEXT_LENGTH)
      throw new InputError(`text is too long: ${text.length} characters (the limit is ${MAX_TEXT_LENGTH})`);
    const resolved = preparedFor(options, rules) ?? resolveOptions(options, rules);
    const s: CheckState = {
      rules,
      options: resolved,
      text,
      lines: new LineIndex(text),
      base: 0,
      quotes: findQuotes(text),
      explained: new Set(),
      sentences: [],
      actions: [],
    };
    const messages: ClearplanMessage[] = [];
    // vfile messages are Errors; capturing a stack trace for each costs more
    // than finding it. Nothing reads those traces, so none are captured.
    const errors = Error as ErrorConstructor & { stackTraceLimit?: number };
    const limit = errors.stackTraceLimit ?? 10;
    errors.stackTraceLimit = 0;
    try {
      const pieces = parts(text, partLength);
      if (pieces.length === 1) {
        const file = new VFile({ value: text });
        file.data.clearplan = s;
        wholeProcessor.runSync(wholeProcessor.parse(file), file);
        return buildReport(s, file.messages as ClearplanMessage[]);
      }
      for (const [start, end] of pieces) {
        const file = new VFile({ value: start === 0 && end === text.length ? text : text.slice(start, end) });
        s.base = start;
        file.data.clearplan = s;
        const tree = processor.parse(file);
        processor.runSync(tree, file);
        delete s.index;
        for (const m of file.messages as ClearplanMessage[]) messages.push(m);
      }
      const whole = new VFile({ value: text });
      whole.data.clearplan = s;
      const empty: Root = { type: 'RootNode', children: [] };
      planProcessor.runSync(empty, whole);
      for (const m of whole.messages as ClearplanMessage[]) messages.push(m);
      return buildReport(s, messages);
    } finally {
      errors.stackTraceLimit = limit;
    }
  };
}

export const check = createChecker();

/** Options resolved once for the shipped rules, to pass to `check` many times. */
export const prepare = (options?: CheckOptions): PreparedOptions => prepareOptions(options, RULES);
