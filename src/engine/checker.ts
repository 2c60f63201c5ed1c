/**
 * The unified processors: retext-english parses, then our plugins run in one
 * fixed order over a shared index. `check` is a pure function of the text and
 * the options: no files, no network, no globals beyond caches of compiled
 * rules.
 *
 * Long texts are parsed in parts (split at paragraph breaks), so the syntax
 * tree of only one part is alive at a time and memory stays flat; every
 * offset is still into the whole text. Plan analysis reads the raw text, so
 * it runs once over the whole text in its own processor.
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

/** Texts longer than this are parsed in parts of about this size. */
export const PART_LENGTH = 40_000;

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

/** Part boundaries: at a blank line if there is one late enough, else a line end, else a space. */
export function parts(text: string, size = PART_LENGTH): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const window = text.slice(start + (size >> 1), limit);
    let cut = -1;
    for (const sep of ['\n\n', '\r\n\r\n', '\n', '\r', ' ']) {
      const at = window.lastIndexOf(sep);
      if (at >= 0) {
        cut = start + (size >> 1) + at + sep.length;
        break;
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

export function createChecker(rules: CompiledRules = RULES) {
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
      const pieces = parts(text);
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
