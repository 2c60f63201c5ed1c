/**
 * The Worker bundle leaves the familiar-word lists out (wrangler.toml [alias]:
 * ./familiar-words.generated.js) and reads them from its assets before its
 * first check (src/worker/familiar-words.ts). Here the Worker is bundled with
 * the whole [alias] table, as wrangler bundles it, and run in Node with a
 * stand-in ASSETS binding; the real binding is tested in workerd
 * (familiar-words.workerd.test.ts) and the deployed bundle end to end
 * (test/e2e/stand-ins.test.ts: every fixture plan, byte for byte).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { FAMILIAR_WORDS } from '../../src/engine/familiar-words.generated.js';
import { useFamiliarWords } from '../../src/engine/familiar-words.js';
import { FAMILIAR_WORDS_PATH } from '../../src/worker/familiar-words.js';
import { ASSETS, BUILT_ASSETS, ORIGIN } from './helpers.js';
import type { Bindings } from '../../src/worker/env.js';
import { aliases, aliasPlugin } from './aliases.js';

type App = { request(path: string, init: RequestInit, env: Bindings): Promise<Response> };


const TEXT = 'Mum will take Ali to school every day. Comprehensive multidisciplinary interventions necessitate consistent organisational accountability across agencies.';
const local = (text: string): unknown => JSON.parse(JSON.stringify(check(text)));

let dir: string;
let inputs: Record<string, { imports: { original?: string }[] }>;
/** A fresh copy of the Worker as wrangler bundles it (each import is a new isolate's worth of state). */
let fresh: () => Promise<App>;

beforeAll(async () => {
  const table = aliases();
  dir = mkdtempSync(join(tmpdir(), 'clearplan-familiar-'));
  const result = await build({
    entryPoints: ['src/worker/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser', 'import', 'default'],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    outfile: join(dir, 'worker.mjs'),
    metafile: true,
    logLevel: 'silent',
    plugins: [aliasPlugin(table)],
  });
  inputs = result.metafile.inputs;
  let n = 0;
  fresh = async () => ((await import(`${pathToFileURL(join(dir, 'worker.mjs')).href}?copy=${n++}`)) as { default: App }).default;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stand-in ASSETS binding, counting reads of the lists. */
function countingAssets(): { binding: NonNullable<Bindings['ASSETS']>; reads: () => number } {
  let reads = 0;
  return {
    binding: { fetch: (url: URL) => ((reads += url.pathname === FAMILIAR_WORDS_PATH ? 1 : 0), ASSETS.fetch(url)) },
    reads: () => reads,
  };
}

const checkRequest = (app: App, env: Bindings, text = TEXT) =>
  app.request('/api/v1/check', { method: 'POST', body: JSON.stringify({ text }), headers: { 'Content-Type': 'application/json' } }, env);

// Each test loads a fresh copy of the bundle and checks texts with it: slow on a busy machine.
describe('the familiar-word lists in the Worker bundle', { timeout: 30_000 }, () => {
  it('are left out of it: only the engine imports the generated module, and its text is not in the bundle', () => {
    expect(aliases()['./familiar-words.generated.js']).toBe('./src/worker/familiar-words-absent.ts');
    const importers = Object.entries(inputs)
      .filter(([, input]) => input.imports.some((i) => i.original === './familiar-words.generated.js'))
      .map(([file]) => file);
    expect(importers.sort()).toEqual(['src/engine/familiar-words.ts', 'src/engine/rules.generated.ts']);
    expect(Object.keys(inputs)).not.toContain('src/engine/familiar-words.generated.ts');
    expect(readFileSync(join(dir, 'worker.mjs'), 'utf8')).not.toContain(FAMILIAR_WORDS!.slice(0, 200));
  });

  it('are the built asset file, written by the build from the built-in lists', () => {
    expect(readFileSync(`${BUILT_ASSETS}${FAMILIAR_WORDS_PATH}`, 'utf8')).toBe(FAMILIAR_WORDS);
  });

  it('are read through ASSETS once, before the first check, and the reports are the engine\u2019s', async () => {
    const app = await fresh();
    const assets = countingAssets();
    const env = { ASSETS: assets.binding };
    expect((await app.request('/healthz', {}, env)).status).toBe(200);
    expect(assets.reads()).toBe(0);
    const res = await checkRequest(app, env);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(local(TEXT));
    const batch = await app.request('/api/v1/check/batch', { method: 'POST', body: JSON.stringify({ documents: [{ id: 'a', text: TEXT }] }), headers: { 'Content-Type': 'application/json' } }, env);
    expect(((await batch.json()) as { results: { report: unknown }[] }).results[0]!.report).toEqual(local(TEXT));
    const form = await app.request('/check', { method: 'POST', body: new URLSearchParams({ text: TEXT }).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN } }, env);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('7 of 7 reading measures');
    expect(assets.reads()).toBe(1);
  });

  it('the form post and the batch read them too when they come first', async () => {
    for (const first of ['form', 'batch'] as const) {
      const app = await fresh();
      const assets = countingAssets();
      const res =
        first === 'form'
          ? await app.request('/check', { method: 'POST', body: new URLSearchParams({ text: TEXT }).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN } }, { ASSETS: assets.binding })
          : await app.request('/api/v1/check/batch', { method: 'POST', body: JSON.stringify({ documents: [{ id: 'a', text: TEXT }] }), headers: { 'Content-Type': 'application/json' } }, { ASSETS: assets.binding });
      expect(res.status, first).toBe(200);
      expect(assets.reads(), first).toBe(1);
    }
  });

  it('without them a check is a 500, never a report with another reading age; the next request tries again', async () => {
    const app = await fresh();
    const missing = await checkRequest(app, {});
    expect(missing.status).toBe(500);
    expect(await missing.text()).not.toContain('readingAge');
    const notFound = await checkRequest(app, { ASSETS: { fetch: () => Promise.resolve(new Response(null, { status: 404 })) } });
    expect(notFound.status).toBe(500);
    // Another list (one word dropped) is refused.
    const other = FAMILIAR_WORDS!.replace(/[A-Z0-9][a-z'.-]*$/, '');
    expect(other.length).toBeLessThan(FAMILIAR_WORDS!.length);
    const wrong = await checkRequest(app, { ASSETS: { fetch: () => Promise.resolve(new Response(other)) } });
    expect(wrong.status).toBe(500);
    const ok = await checkRequest(app, { ASSETS });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(local(TEXT));
  });
});

describe('useFamiliarWords', () => {
  it('takes the lists the engine was built with and refuses any other', () => {
    expect(() => useFamiliarWords(FAMILIAR_WORDS!)).not.toThrow();
    expect(() => useFamiliarWords('')).toThrow(/not the ones this engine was built with/);
    expect(() => useFamiliarWords(`${FAMILIAR_WORDS!}Qx`)).toThrow(/not the ones/);
    expect(() => useFamiliarWords(FAMILIAR_WORDS!.replace('Qa', 'Aa'))).toThrow(/not the ones/);
  });
});
