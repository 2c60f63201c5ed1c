/**
 * `clearplan.config.json`: the engine's `CheckOptions`, exactly (so the API
 * accepts the same object), plus an optional "$schema". Validated by the
 * engine's own `resolveOptions`, so the CLI and the API agree on what is valid.
 */
import { OptionsError, resolveOptions, RULES, type CheckOptions } from '../engine/index.js';

export const CONFIG_NAME = 'clearplan.config.json';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses and validates config text; `name` is used in messages. Pure. */
export function parseConfig(text: string, name: string): CheckOptions {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(`${name} must hold a JSON object such as {"targetReadingAge": 11, "ignore": ["Hillside Family Hub"]}`);
  const { $schema: _schema, ...options } = data as Record<string, unknown>;
  try {
    resolveOptions(options, RULES);
  } catch (error) {
    if (error instanceof OptionsError) throw new ConfigError(`${name}: ${error.message}`);
    throw error;
  }
  return options as CheckOptions;
}

/** Command-line flags win over the config file; --ignore adds to its list. */
export function mergeOptions(config: CheckOptions, flags: { targetReadingAge?: number; maxSentenceWords?: number; ignore?: string[] }): CheckOptions {
  const merged: CheckOptions = { ...config };
  if (flags.targetReadingAge !== undefined) merged.targetReadingAge = flags.targetReadingAge;
  if (flags.maxSentenceWords !== undefined) merged.maxSentenceWords = flags.maxSentenceWords;
  if (flags.ignore && flags.ignore.length > 0) merged.ignore = [...(config.ignore ?? []), ...flags.ignore];
  return merged;
}
