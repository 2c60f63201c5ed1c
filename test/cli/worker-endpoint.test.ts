/**
 * --endpoint against the real Worker: src/worker built and served by
 * wrangler (unstable_startWorker: the same bundle and workerd as `wrangler
 * dev`) with an API key configured, and the built CLI in a child process.
 * The CSV must equal a local run's, byte for byte; without the key, or with
 * a wrong one, every plan is an error row and the exit code is 2.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { FAMILIAR_WORDS } from '../../src/engine/familiar-words.generated.js';
import { FAMILIAR_WORDS_PATH } from '../../src/worker/familiar-words.js';
import { MAX_BATCH_DOCUMENTS } from '../../src/worker/limits.js';
import { buildCli } from './build-cli.js';
import { EXPECTED_NAMES, TEXTS, writeFixture, type Fixture } from './fixture.js';
import { spawnCli } from './helpers.js';

process.env['WRANGLER_SEND_METRICS'] = 'false';
process.env['CLOUDFLARE_CF_FETCH_ENABLED'] = 'false';

const KEY = 'cli-endpoint-test-key-7f3a';
const EXTRA = MAX_BATCH_DOCUMENTS + 5;

let worker: Awaited<ReturnType<typeof unstable_startWorker>> | undefined;
let base: string;
let fx: Fixture;
let bin: string;
let buildDir: string;
let assets: string;

beforeAll(async () => {
  fx = writeFixture();
  // More plans than one batch holds, so the run needs several requests.
  mkdirSync(join(fx.dir, 'plans', 'extra'));
  const lines = Object.values(TEXTS);
  for (let i = 0; i < EXTRA; i++) writeFileSync(join(fx.dir, 'plans', 'extra', `p${String(i).padStart(2, '0')}.txt`), `${lines[i % lines.length]}Plan ${i}: Mum will ring the school by Friday.\n`);
  buildDir = mkdtempSync(join(tmpdir(), 'clearplan-cli-build-'));
  bin = await buildCli(buildDir);
  // Of the Worker's static files only the familiar-word lists its engine loads are needed here; a folder of our
  // own holding just that file, written from the same generated module the build writes it from (dist/ may be
  // emptied by a build at any time).
  assets = mkdtempSync(join(tmpdir(), 'clearplan-assets-'));
  if (FAMILIAR_WORDS === undefined) throw new Error('no built-in familiar-word lists: run `npm run rules` first');
  mkdirSync(join(assets, 'api', 'engine'), { recursive: true });
  writeFileSync(join(assets, FAMILIAR_WORDS_PATH), FAMILIAR_WORDS);
  worker = await unstable_startWorker({
    config: 'wrangler.toml',
    assets,
    envFiles: [],
    bindings: { API_KEYS: { type: 'secret_text', value: `another-key, ${KEY}` } },
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'none' },
  });
  await worker.ready;
  base = (await worker.url).origin;
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  rmSync(fx.dir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(assets, { recursive: true, force: true });
});

const names = (csv: string): string[] =>
  (parse(csv, { columns: true }) as Array<Record<string, string>>).map((r) => (r['row'] ? `${r['file']} row ${r['row']}` : (r['file'] ?? '')));

describe('--endpoint with the real Worker under wrangler dev', () => {
  it('needs the API key configured on the Worker', async () => {
    const res = await fetch(`${base}/api/v1/check/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ id: '1', text: TEXTS.plain }] }) });
    expect(res.status).toBe(401);
    await res.arrayBuffer();
  });

  it('gives the same CSV as a local run, with the key from CLEARPLAN_API_KEY', async () => {
    const local = await spawnCli(bin, ['check', 'plans', '--format', 'csv', '--target-age', '9'], fx.dir);
    const remote = await spawnCli(bin, ['check', 'plans', '--format', 'csv', '--target-age', '9', '--endpoint', base], fx.dir, { env: { CLEARPLAN_API_KEY: KEY } });
    const extra = Array.from({ length: EXTRA }, (_, i) => `plans/extra/p${String(i).padStart(2, '0')}.txt`);
    expect(names(local.stdout)).toEqual([...extra, ...EXPECTED_NAMES]);
    const ok = (parse(remote.stdout, { columns: true }) as Array<Record<string, string>>).filter((r) => r['status'] === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(EXTRA + 7);
    // The target age reached the Worker as an option.
    for (const r of ok) expect(r['target_reading_age']).toBe('9');
    expect(remote.stdout).toBe(local.stdout);
    expect(remote.code).toBe(local.code);
    // The errors on stderr name the files, never the plan text.
    expect(remote.stderr).not.toContain('Amy needs to be safe');
  }, 60_000);

  it('turns a missing or wrong key into an error row for every plan, exit code 2', async () => {
    for (const env of [{}, { CLEARPLAN_API_KEY: 'not-the-key' }]) {
      const ran = await spawnCli(bin, ['check', 'plans/north', 'plans/extra', '--format', 'csv', '--endpoint', base], fx.dir, { env });
      expect(ran.code).toBe(2);
      const rows = parse(ran.stdout, { columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(3 + EXTRA);
      for (const r of rows) {
        expect(r['status']).toBe('error');
        expect(r['error']).toMatch(/^remote-failed: the service refused the batch \(401: /);
      }
    }
  }, 60_000);
});
