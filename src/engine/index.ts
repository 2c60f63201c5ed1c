export { check, createChecker, prepare, processor, InputError, MAX_TEXT_LENGTH } from './checker.js';
export { OptionsError, prepareOptions, resolveOptions, type PreparedOptions } from './options.js';
export { RULES } from './rules.generated.js';
export type { CompiledRules, CompiledTerm } from './compiled.js';
export * from './types.js';
