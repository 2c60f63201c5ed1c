/**
 * The unified processor: retext-english parses, then our plugins run in one
 * fixed order over a shared index. `check` is a pure function of the text and
 * the options: no files, no network, no globals beyond caches of compiled
 * rules.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { CompiledRules } from './compiled.js';
import { resolveOptions } from './options.js';
import { LineIndex } from './positions.js';
import retextClearplanDocument from './plugins/document.js';
import retextClearplanPassive from './plugins/passive.js';
// import retextClearplanPlan from './plugins/plan.js';
import retextClearplanReadability from './plugins/readability.js';
import retextClearplanTerms from './plugins/terms.js';
import { buildReport } from './report.js';
import { RULES } from './rules.generated.js';
import type { CheckOptions, Report } from './types.js';

/** Longest text the engine accepts, in UTF-16 code units (about 300,000 words). */
export const MAX_TEXT_LENGTH = 2_000_000;

export class InputError extends Error {
  override name = 'InputError';
}

export const processor = unified()
  .use(retextEnglish)
  .use(retextClearplanDocument)
  .use(retextClearplanTerms)
  .use(retextClearplanPassive)
  .use(retextClearplanReadability)
  // .use(retextClearplanPlan)
  .freeze();

export function createChecker(rules: CompiledRules = RULES) {
  return function check(text: string, options?: CheckOptions): Report {
    if (typeof text !== 'string') throw new InputError('text must be a string');
    if (text.length > MAX_TEXT_LENGTH)
      throw new InputError(`text is too long: ${text.length} characters (the limit is ${MAX_TEXT_LENGTH})`);
    const resolved = resolveOptions(options, rules);
    const file = new VFile({ value: text });
    file.data.clearplan = { rules, options: resolved, lines: new LineIndex(text) };
    const tree = processor.parse(file);
    processor.runSync(tree, file);
    return buildReport(file);
  };
}

export const check = createChecker();
