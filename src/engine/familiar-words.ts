/**
 * The Dale–Chall and Spache familiar-word lists that two of the seven reading
 * measures count with (see plugins/readability.ts). They are built in
 * (familiar-words.generated.ts) for the library, the CLI and the page script.
 * The Worker bundle alone leaves them out (wrangler.toml `[alias]` puts
 * src/worker/familiar-words-absent.ts in place of the generated module) and
 * reads the same packed string from its static assets, once per isolate,
 * before its first check (src/worker/familiar-words.ts): it hands it over with
 * `useFamiliarWords`, which refuses any string but the one this engine was
 * built with. Checking a text with no list is an error, never a different
 * reading age.
 */
import { FAMILIAR_WORDS } from './familiar-words.generated.js';
import { familiarWordsDigest, unpackFamiliarWords } from './rules-codec.js';
import { FAMILIAR_WORDS_DIGEST } from './rules.generated.js';

let packed = FAMILIAR_WORDS;
let lists: [daleChall: Set<string>, spache: Set<string>] | undefined;

/** Whether the lists are there: built in, or given with `useFamiliarWords`. */
export const hasFamiliarWords = (): boolean => packed !== undefined;

/** Gives the engine the packed lists (the text of `api/engine/familiar-words.txt` in the built assets). */
export function useFamiliarWords(text: string): void {
  if (familiarWordsDigest(text) !== FAMILIAR_WORDS_DIGEST)
    throw new Error('clearplan: the familiar-word lists given are not the ones this engine was built with (build and deploy the Worker and its assets together)');
  packed = text;
}

/** The Dale–Chall and Spache lists as Sets, made on first use. */
export function familiarLists(): [daleChall: Set<string>, spache: Set<string>] {
  if (lists) return lists;
  if (packed === undefined)
    throw new Error('clearplan: the Dale–Chall and Spache word lists are not loaded; in the Worker build call useFamiliarWords with the built api/engine/familiar-words.txt before the first check');
  return (lists = unpackFamiliarWords(packed));
}
