/**
 * Writes the packed Dale–Chall and Spache lists (src/engine/familiar-words.generated.ts,
 * from compile-rules.ts) as a static file of the Worker's assets,
 * `<dir>/api/engine/familiar-words.txt`, which the Worker reads through its
 * ASSETS binding (src/worker/familiar-words.ts) instead of carrying the lists
 * in its script.
 *
 * Node-only, build time: scripts/build-web.mjs runs it for the folder it builds. Usage:
 *   tsx src/build/familiar-words-asset.ts [--out <dir>]   (default dist/web)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FAMILIAR_WORDS } from '../engine/familiar-words.generated.js';
import { FAMILIAR_WORDS_PATH } from '../worker/familiar-words.js';

const at = process.argv.indexOf('--out');
const dir = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : 'dist/web';
const file = `${dir}${FAMILIAR_WORDS_PATH}`;
if (FAMILIAR_WORDS === undefined) throw new Error('familiar-words-asset: no built-in lists (run `npm run rules` first)');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, FAMILIAR_WORDS);
console.log(`familiar-words-asset: ${file} (${FAMILIAR_WORDS.length} bytes)`);
