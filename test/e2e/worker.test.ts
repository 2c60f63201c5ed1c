/**
 * The Worker as it would be deployed: wrangler's own bundle (dry run) has no
 * Node built-ins and fits the size limits, and under `wrangler dev`'s runtime
 * (unstable_startWorker, no nodejs_compat) it serves the API, the page and
 * the static files with their headers, and checks a 1,500-word plan quickly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS, PLAN, startWorker, type Worker } from './harness.js';

let worker: Worker;
let base: string;

beforeAll(async () => {
  ({ worker, base } = await startWorker());
});

afterAll(async () => {
  await worker?.dispose();
});

/** About n words of plan-like text, built from the fixture plan's sentences. */
function planOfWords(n: number): string {
  const lines = PLAN.split('\n');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < n; i++) {
    const line = lines[i % lines.length]!;
    out.push(line);
    words += line.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n');
}

describe('the deployable bundle', () => {
  it('builds with wrangler, imports no Node built-ins, and is at most 150 KiB gzip', () => {
    const out = mkdtempSync(join(tmpdir(), 'clearplan-bundle-'));
    try {
      execFileSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', out, '--assets', ASSETS], {
        stdio: 'pipe',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
      });
      const js = readdirSync(out).filter((f) => f.endsWith('.js'));
      expect(js).toEqual(['index.js']);
      const code = readFileSync(join(out, 'index.js'));
      expect(code.toString('utf8')).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/);
      // The stand-ins of wrangler.toml's [alias] are used: parse-latin's classes are packed, not written out.
      expect(code.toString('utf8')).not.toContain('\\u0101\\u0103\\u0105');
      // The OpenAPI document is a static file of the assets, not text in the script.
      expect(code.toString('utf8')).not.toContain('"openapi":"3.1.0"');
      expect(code.toString('utf8')).not.toContain('Check several plans');
      const gzip = gzipSync(code).length;
      console.log(`Worker bundle: ${(code.length / 1024).toFixed(0)} KiB, gzip ${(gzip / 1024).toFixed(0)} KiB`);
      // Workers Free allows 3 MiB gzip; the budget (issue 6) is 150 KiB, so
      // nothing large (zod, an OpenAPI generator) creeps back in.
      expect(gzip).toBeLessThanOrEqual(150 * 1024);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('what the bundles are made of', () => {
  async function inputs(entry: string): Promise<string[]> {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser', 'import', 'default'],
      jsx: 'automatic',
      jsxImportSource: 'hono/jsx',
      logLevel: 'silent',
    });
    return Object.keys(result.metafile.inputs);
  }

  it('the Worker bundles no zod and no OpenAPI generator (the document is built at build time)', async () => {
    const files = await inputs('src/worker/index.ts');
    expect(files.some((f) => f.includes('src/worker/validate.ts'))).toBe(true);
    expect(files.filter((f) => /node_modules\/zod\/|zod-openapi|zod-to-openapi|src\/worker\/(schemas|openapi)\.ts/.test(f))).toEqual([]);
  });

  it('the browser script does not pull in zod at all', async () => {
    const files = await inputs('web/client/app.ts');
    expect(files.some((f) => f.includes('src/engine/'))).toBe(true);
    expect(files.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
  });
});

describe('under wrangler dev (workerd)', () => {
  it('serves the static files with their own headers', async () => {
    for (const [path, type] of [
      ['/style.css', 'text/css'],
      ['/app.js', 'javascript'],
      ['/favicon.svg', 'image/svg+xml'],
    ] as const) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      await res.arrayBuffer();
    }
    // The headers file configures the assets; it is not itself served.
    const headersFile = await fetch(`${base}/_headers`);
    expect(headersFile.status).toBe(404);
    expect(await headersFile.text()).not.toContain('X-Content-Type-Options');
  });

  it('answers the API, the page and errors', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('Plan text');
    const bad = await fetch(`${base}/api/v1/check`, { method: 'POST', body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const form = await fetch(`${base}/check`, { method: 'POST', body: new URLSearchParams({ text: PLAN }), headers: { Origin: base } });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<mark class="cp-mark">CAMHS</mark>');
  });

  it('serves the OpenAPI document, the built static file with this origin as the server', async () => {
    const built = JSON.parse(readFileSync(`${ASSETS}/api/v1/openapi.json`, 'utf8')) as Record<string, unknown>;
    const res = await fetch(`${base}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ ...built, servers: [{ url: base }] });
  });

  it('checks a 1,500-word plan in well under a second', async () => {
    const text = planOfWords(1500);
    const body = JSON.stringify({ text });
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/check`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      const report = (await res.json()) as { summary: { words: number } };
      times.push(performance.now() - t0);
      expect(res.status).toBe(200);
      expect(report.summary.words).toBeGreaterThanOrEqual(1400);
    }
    times.sort((a, b) => a - b);
    const median = times[3]!;
    console.log(`1,500-word plan under wrangler dev: median ${median.toFixed(0)} ms per request (wall clock, loopback)`);
    expect(median).toBeLessThan(1000);
  });
});

describe('the OpenAPI document with API keys, under wrangler dev (the asset routing of wrangler.toml)', () => {
  const KEY = 'e2e-openapi-key-0123456789';
  let keyed: Worker;
  let keyedBase: string;

  beforeAll(async () => {
    ({ worker: keyed, base: keyedBase } = await startWorker(`another-key, ${KEY}`));
  });

  afterAll(async () => {
    await keyed?.dispose();
  });

  it('is a static file of the assets, but served only by the Worker, after the key check', async () => {
    const built = JSON.parse(readFileSync(`${ASSETS}/api/v1/openapi.json`, 'utf8')) as Record<string, unknown>;
    expect(built['openapi']).toBe('3.1.0');
    const none = await fetch(`${keyedBase}/api/v1/openapi.json`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await none.text()).not.toContain('"openapi"');
    const ok = await fetch(`${keyedBase}/api/v1/openapi.json`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ...built, servers: [{ url: keyedBase }] });
  });

  it('is never served without a key at another spelling of its path', async () => {
    // Control: the other static files are still served by the assets before the Worker runs (their own headers).
    const css = await fetch(`${keyedBase}/style.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    await css.arrayBuffer();
    const spellings = [
      '/%61pi/v1/openapi.json',
      '/api/v1/%6Fpenapi.json',
      '/api/v1/openapi%2Ejson',
      '/api%2Fv1%2Fopenapi.json',
      '//api/v1/openapi.json',
      '/api//v1/openapi.json',
      '/API/v1/openapi.json',
      '/api/v1/openapi.json/',
      '/api/v1/openapi',
      '/api/v1/openapi.json?download=1',
      '/api/v1/x/../openapi.json',
      '/api/v1/%2E%2E/v1/openapi.json',
    ];
    for (const path of spellings) {
      for (const redirect of ['manual', 'follow'] as const) {
        const res = await fetch(`${keyedBase}${path}`, { redirect, headers: { Accept: 'application/json' } });
        const text = await res.text();
        expect(text, `${path} (${redirect})`).not.toContain('"openapi"');
        expect(res.status, `${path} (${redirect})`).not.toBe(200);
      }
    }
  });
});
