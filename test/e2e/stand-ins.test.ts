/**
 * The deployable Worker bundle uses smaller stand-ins for parts of its
 * dependencies (wrangler.toml [alias]: parse-latin's expressions,
 * normalize-strings, pluralize). Its reports must be the engine's, byte for
 * byte: every fixture plan, and texts in other scripts, with accents, digits
 * of other scripts, astral letters and lone surrogates, sent to the Worker
 * under wrangler (the aliased bundle in workerd) and checked by the engine in
 * Node with the real packages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { startWorker, type Worker } from './harness.js';

let worker: Worker;
let base: string;

beforeAll(async () => {
  ({ worker, base } = await startWorker());
});

afterAll(async () => {
  await worker?.dispose();
});

async function viaWorker(text: string): Promise<unknown> {
  const res = await fetch(`${base}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text }), headers: { 'Content-Type': 'application/json' } });
  expect(res.status).toBe(200);
  return res.json();
}

const local = (text: string): unknown => JSON.parse(JSON.stringify(check(text)));

describe('the Worker bundle with its stand-ins', () => {
  it('reports every fixture plan exactly as the engine does', async () => {
    const files: string[] = [];
    for (const dir of readdirSync('test/fixtures', { withFileTypes: true })) {
      const path = join('test/fixtures', dir.name);
      if (dir.isDirectory()) {
        for (const f of readdirSync(path)) if (f.endsWith('.txt')) files.push(join(path, f));
      } else if (dir.name.endsWith('.txt')) files.push(path);
    }
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(await viaWorker(text), file).toEqual(local(text));
    }
  });

  it('reports texts in other scripts and with unusual characters as the engine does', async () => {
    const texts = [
      'Café naïve: Zoë and Chloë will go to the crèche. Łódź, São Paulo, Ærø. The jukeboxes, recipes and queues! Abalones?',
      'Mama (Ewa) będzie chodzić na spotkania co tydzień. Tata pójdzie do lekarza do 12.03.2026. ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ.',
      'Σχέδιο προστασίας. Мама будет водить детей в школу каждый день. ١٢٣ ٤٥٦ and ۷۸۹ are numbers; so are ௧௨௩.',
      'Astral letters 𝐀𝐁𝐂 𝒶𝒷𝒸 and digits 𝟘𝟙𝟚 𐒠𐒡; emoji 👍🏽 and a lone half \ud800 here, \udc00 there.',
      'ǅemal and ǈiljana said: “Yes” — ‘no’… «peut-être» ¿qué? ¡Sí! ※ † ‡ ‰ ‱ @home #tag 50% A&E.',
      'a. b. c. i. ii. iii. e.g. the SW will visit. ⅰ. ⅱ. Ⅻ. ½ ¾ ² ³ ₁ ₂ ①②③ ⑴ ⒈ 🄁',
      'The ſ and ß, ﬁ and ﬂ, Ǆ and ǆ; ꜳ ꝏ; ᴀʙᴄ; ᵃᵇᶜ; ʰʲ — letters of many kinds; words like everies and wednesdaies.',
    ];
    for (const text of texts) expect(await viaWorker(text), text.slice(0, 30)).toEqual(local(text));
  });
});
