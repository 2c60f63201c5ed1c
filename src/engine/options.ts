/**
 * Check options: validated once, with errors a person can act on, and
 * resolved against the rule defaults. The same shape is accepted by the API,
 * the CLI and the config file.
 */
import type { CompiledRules, CompiledTerm } from './compiled.js';
import { normalizeWord, phraseForms, splitWords, normalizeWordKeepCase } from './text.js';
import { CATEGORIES, type Category, type CheckOptions } from './types.js';

export class OptionsError extends Error {
  override name = 'OptionsError';
}

export interface ResolvedOptions {
  targetReadingAge: number;
  maxSentenceWords: number;
  minSentenceWords: number;
  minHardSentenceWords: number;
  hardSentenceThreshold: number;
  categories: Record<Category, boolean>;
  /** Rule ids and normalised phrases that are never flagged. */
  ignore: Set<string>;
  extraTerms: CompiledTerm[];
}

export const LIMITS = {
  ignore: 2000,
  extraTerms: 2000,
  termLength: 80,
} as const;

const KNOWN = new Set(['targetReadingAge', 'maxSentenceWords', 'categories', 'ignore', 'extraTerms']);
const KNOWN_TERM = new Set(['term', 'plain', 'note', 'caseSensitive']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, name: string, max: number): string[] {
  if (!Array.isArray(value)) throw new OptionsError(`${name} must be a list of strings`);
  if (value.length > max) throw new OptionsError(`${name} has more than ${max} entries`);
  return value.map((v, i) => {
    if (typeof v !== 'string' || v.trim() === '' || v.length > LIMITS.termLength)
      throw new OptionsError(`${name}[${i}] must be a non-empty string of at most ${LIMITS.termLength} characters`);
    return v.trim();
  });
}

/** The normalised key an ignore entry or a matched phrase is compared by. */
export function phraseKey(phrase: string): string {
  return splitWords(phrase).map(normalizeWord).join(' ');
}

/** Options checked and resolved once, for many checks (see `prepareOptions`). */
export interface PreparedOptions {
  readonly [PREPARED]: ResolvedOptions;
  readonly rules: CompiledRules;
}
const PREPARED: unique symbol = Symbol('clearplan.prepared');

/**
 * Validates and resolves options once, so a batch of many plans does not
 * redo it per plan (a council's 2,000 extra terms take milliseconds to
 * compile). Pass the result to `check` in place of the options.
 */
export function prepareOptions(options: CheckOptions | undefined, rules: CompiledRules): PreparedOptions {
  return { [PREPARED]: resolveOptions(options, rules), rules };
}

export function preparedFor(options: unknown, rules: CompiledRules): ResolvedOptions | undefined {
  if (typeof options === 'object' && options !== null && PREPARED in options) {
    const p = options as PreparedOptions;
    if (p.rules !== rules) throw new OptionsError('these options were prepared for another rule set');
    return p[PREPARED];
  }
  return undefined;
}

export function resolveOptions(options: unknown, rules: CompiledRules): ResolvedOptions {
  const o: Record<string, unknown> = options === undefined || options === null ? {} : (options as Record<string, unknown>);
  if (!isObject(o)) throw new OptionsError('options must be an object');
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) throw new OptionsError(`unknown option "${key}"`);
  }
  const s = rules.settings;
  const num = (key: string, min: number, max: number, fallback: number, integer: boolean): number => {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
      throw new OptionsError(`${key} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
    return v;
  };
  const categories: Record<Category, boolean> = { jargon: true, wording: true, readability: true, plan: true };
  if (o['categories'] !== undefined) {
    const c = o['categories'];
    if (!isObject(c)) throw new OptionsError('categories must be an object such as {"jargon": false}');
    for (const [key, value] of Object.entries(c)) {
      if (!(CATEGORIES as readonly string[]).includes(key))
        throw new OptionsError(`categories.${key} is not a category (use ${CATEGORIES.join(', ')})`);
      if (typeof value !== 'boolean') throw new OptionsError(`categories.${key} must be true or false`);
      categories[key as Category] = value;
    }
  }
  const ignore = new Set<string>();
  if (o['ignore'] !== undefined) {
    for (const entry of stringList(o['ignore'], 'ignore', LIMITS.ignore)) {
      ignore.add(entry.toLowerCase());
      ignore.add(phraseKey(entry));
    }
  }
  const extraTerms: CompiledTerm[] = [];
  if (o['extraTerms'] !== undefined) {
    const list = o['extraTerms'];
    if (!Array.isArray(list)) throw new OptionsError('extraTerms must be a list of {"term": ..., "plain": [...]}');
    if (list.length > LIMITS.extraTerms) throw new OptionsError(`extraTerms has more than ${LIMITS.extraTerms} entries`);
    list.forEach((raw: unknown, i) => {
      if (!isObject(raw)) throw new OptionsError(`extraTerms[${i}] must be an object with a "term"`);
      for (const key of Object.keys(raw)) {
        if (!KNOWN_TERM.has(key)) throw new OptionsError(`extraTerms[${i}]: unknown key "${key}"`);
      }
      const term = raw['term'];
      if (typeof term !== 'string' || splitWords(term).length === 0 || term.length > LIMITS.termLength)
        throw new OptionsError(`extraTerms[${i}].term must be a word or phrase of at most ${LIMITS.termLength} characters`);
      const plain = raw['plain'] === undefined ? [] : stringList(raw['plain'], `extraTerms[${i}].plain`, 20);
      const note = raw['note'];
      if (note !== undefined && (typeof note !== 'string' || note.length > 300))
        throw new OptionsError(`extraTerms[${i}].note must be a string of at most 300 characters`);
      const cs = raw['caseSensitive'];
      if (cs !== undefined && typeof cs !== 'boolean') throw new OptionsError(`extraTerms[${i}].caseSensitive must be true or false`);
      const caseSensitive = cs ?? /^[A-Z0-9&]{2,}s?$/.test(term.trim());
      const forms = caseSensitive
        ? [splitWords(term).map(normalizeWordKeepCase).join(' ')]
        : phraseForms(term, true).map((w) => w.join(' '));
      extraTerms.push({
        id: `local-${phraseKey(term).replaceAll(' ', '-').replace(/[^a-z0-9-]/g, '') || i}`,
        source: 'clearplan/local-terms',
        category: 'jargon',
        severity: 'warning',
        term: term.trim(),
        plain,
        explain: false,
        note: typeof note === 'string' && note.trim() ? note.trim() : 'Your service has asked for this term to be written more plainly.',
        reason: plain.length > 0 ? '“{actual}” may not be clear to a parent: try “{expected}”' : '“{actual}” may not be clear to a parent: say what it means',
        caseSensitive,
        forms,
        notBefore: [],
        notAfter: [],
        onlyBefore: [],
        onlyAfter: [],
      });
    });
  }
  return {
    targetReadingAge: num('targetReadingAge', 5, 21, s.targetReadingAge, false),
    maxSentenceWords: num('maxSentenceWords', 5, 200, s.maxSentenceWords, true),
    minSentenceWords: s.minSentenceWords,
    minHardSentenceWords: s.minHardSentenceWords,
    hardSentenceThreshold: s.hardSentenceThreshold,
    categories,
    ignore,
    extraTerms,
  };
}

export type { CheckOptions };
