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
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CompiledRules } from './compiled.js';
import { WORD_CHAR, findQuotes, isLower } from './document.js';
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

/** Both in one run, for the usual text that fits in one part. */
export const wholeProcessor = processor().use(retextClearplanPlan).freeze();

/**
 * Whether a part may start at `at` without changing any sentence: a word
 * starts there after white space with a line end in it. The parser splits a
 * sentence at a blank line, and document.ts at a line end when the next line
 * does not start in lower case. A word (or a word and . ! ?) must end the
 * text before, so that the parser's merges of word-less fragments into a
 * neighbouring sentence (a stray bullet, a lone bracket) do the same with or
 * without the cut.
 */
export function isCleanCut(text: string, at: number): boolean {
  if (!WORD_CHAR.test(text[at] ?? '')) return false;
  let j = at;
  while (/\s/.test(text[j - 1] ?? '')) j--;
  const gap = text.slice(j, at);
  const prev = /[.!?]/.test(text[j - 1] ?? '') ? j - 2 : j - 1;
  // One line end, or a blank line (two line ends, CRLF counting as one).
  return /[\n\r]/.test(gap) && WORD_CHAR.test(text[prev] ?? '') && (!isLower(text.charCodeAt(at)) || gap.split(/\r\n|\r|\n/).length > 2);
}

/**
 * Part boundaries, each part at most `size` long and, past its first half,
 * starting at the last clean cut (see `isCleanCut`): then every sentence, and
 * so every finding, is the same as in one parse of the whole text. A stretch
 * with no clean cut (no line ends between words) is cut after white space,
 * or at the size itself.
 */
export function parts(text: string, size = PART_LENGTH): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = 0;
    let space = 0;
    for (let i = limit; --i > start + (size >> 1) && !cut; ) {
      // After white space, not inside a CRLF.
      if (/\s/.test(text[i - 1] ?? '') && text[i] !== '\n') {
        space ||= i;
        if (isCleanCut(text, i)) cut = i;
      }
    }
    const c = text.charCodeAt(limit - 1);
    cut ||= space || limit - (c >= 0xd800 && c <= 0xdbff ? 1 : 0); // never split a surrogate pair
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
      planMessages: [],
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
        const file = new VFile({ value: text.slice(start, end) });
        s.base = start;
        file.data.clearplan = s;
        const tree = processor.parse(file);
        processor.runSync(tree, file);
        for (const m of file.messages as ClearplanMessage[]) messages.push(m);
      }
      // Plan analysis reads the raw text, not the tree: its transformer runs on its own.
      const whole = new VFile({ value: text });
      whole.data.clearplan = s;
      retextClearplanPlan()({ type: 'RootNode', children: [] }, whole);
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
