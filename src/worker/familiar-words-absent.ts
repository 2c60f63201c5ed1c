/**
 * The Worker bundle's stand-in for src/engine/familiar-words.generated.ts
 * (wrangler.toml `[alias]`): no built-in familiar-word lists. The Worker reads
 * them from its static assets instead (./familiar-words.ts), ~6.7 KB gzip less.
 */
export const FAMILIAR_WORDS: string | undefined = undefined;
