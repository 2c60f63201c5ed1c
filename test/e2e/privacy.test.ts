/**
 * Privacy and hostile input end to end, over real HTTP on loopback: the
 * Worker under `wrangler dev` (a child process whose stdout and stderr,
 * wrangler's and workerd's, are all kept), and the CLI as a child process.
 * Plan text carries a unique marker; it must appear in no output or log and
 * in no response but its own. A Worker that does log its requests is run
 * under the same capture first, to prove the capture would see a leak.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../cli/build-cli.js';
import { spawnCli } from '../cli/helpers.js';
import { ASSETS as LOAD_ASSETS } from '../load/load.js';
import { startWranglerDev, type WranglerDev } from '../load/wrangler-dev.js';
import { BINDINGS, HOSTILE_CASES, KEY, normalInit, withOrigin } from '../worker/hostile-cases.js';
import { execFileSync } from 'node:child_process';

const marker = () => `PRIVACYMARKER${randomUUID().replaceAll('-', '')}`;

/** The wrangler log file a run names in its output (it writes one per run), if there is one. */
function wranglerLogFile(output: string): string {
  const path = /Logs were written to "([^"]+)"/.exec(output)?.[1];
  return path && existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Sends raw bytes over a socket and returns what came back before the server closed or `ms` passed. */
function raw(base: string, request: string, ms = 5000): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    let got = '';
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.on('data', (d) => (got += d.toString('utf8')));
    const done = () => resolve(got);
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(() => {
      socket.destroy();
      done();
    }, ms);
  });
}

describe('the capture sees a Worker that logs (control)', () => {
  it("finds the marker in wrangler dev's output when the Worker prints it", async () => {
    const dev = await startWranglerDev({ script: 'test/e2e/fixtures/logging-worker.ts' });
    const m = marker();
    try {
      expect(await (await fetch(`${dev.base}/`, { method: 'POST', body: `Mum to engage with ${m}.` })).text()).toBe('ok');
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await dev.stop();
    }
    expect(dev.output()).toContain(`received: Mum to engage with ${m}.`);
    expect(dev.output()).toContain(`also on stderr: Mum to engage with ${m}.`);
  });
});

describe('the Worker under wrangler dev', () => {
  let dev: WranglerDev;
  const m = marker();
  const other = marker();

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-web.mjs', '--out', LOAD_ASSETS], { stdio: 'ignore' });
    dev = await startWranglerDev({ assets: LOAD_ASSETS, vars: BINDINGS });
  }, 90_000);

  afterAll(async () => {
    await dev?.stop();
  });

  it('has the API keys the cases assume', async () => {
    expect((await fetch(`${dev.base}/api/v1/rules`)).status).toBe(401);
    expect((await fetch(`${dev.base}/api/v1/rules`, { headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(200);
  });

  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ${c.status} ${c.slug} over HTTP, then a normal check succeeds`, async () => {
      const res = await fetch(`${dev.base}${c.path}`, withOrigin(c.init(), dev.base));
      expect(res.status).toBe(c.status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ type: `/problems/${c.slug}`, status: c.status });
      const next = await fetch(`${dev.base}/api/v1/check`, normalInit());
      expect(next.status).toBe(200);
      expect(((await next.json()) as { summary: { words: number } }).summary.words).toBeGreaterThan(10);
    });
  }

  it('survives a body cut short, a lying Content-Length and a huge chunked body on raw sockets', async () => {
    const head = (length: string) => `POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\n${length}`;
    // wrangler dev's own proxy (not the Worker, and not in production) sometimes answers the request
    // after a broken connection with a 503 "Network connection lost"; one retry is allowed, and counted.
    const stillServing = async (after: string) => {
      let next = await fetch(`${dev.base}/api/v1/check`, normalInit());
      if (next.status === 503) {
        console.log(`wrangler dev's proxy answered 503 once after ${after}; retrying`);
        await next.arrayBuffer();
        next = await fetch(`${dev.base}/api/v1/check`, normalInit());
      }
      expect(next.status, `a normal check after ${after}`).toBe(200);
      await next.arrayBuffer();
    };
    // Declares 1,000 bytes, sends 20 and waits: the server waits too, then the client gives up.
    await raw(dev.base, `${head('Content-Length: 1000\r\n')}\r\n{"text": "Mum will r`, 1500);
    await stillServing('a body cut short');
    // Declares too little: the JSON is cut at the declared length.
    const short = await raw(dev.base, `${head('Content-Length: 10\r\nConnection: close\r\n')}\r\n{"text": "Mum will ring."}`);
    expect(short).toMatch(/^HTTP\/1\.1 400 /);
    expect(short).toContain('/problems/invalid-json');
    await stillServing('a short Content-Length');
    // A chunked body of 2 MiB with no Content-Length.
    const chunk = 'a'.repeat(64 * 1024);
    const chunked = `${head('Transfer-Encoding: chunked\r\nConnection: close\r\n')}\r\n${`${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(32)}0\r\n\r\n`;
    const big = await raw(dev.base, chunked);
    expect(big).toMatch(/^HTTP\/1\.1 413 /);
    await stillServing('a 2 MiB chunked body');
    // Bytes that are not HTTP at all.
    await raw(dev.base, '\x00\x01\x02 not http\r\n\r\n', 1500);
    await stillServing('bytes that are not HTTP');
  });

  it('sends the text to no other response; each answer that can carry it is no-store', async () => {
    const auth = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
    const check = (mark: string) => fetch(`${dev.base}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text: `Dad to attend ${mark} appointments. The LA will monitor. `.repeat(60) }), headers: auth });
    const form = (mark: string) => fetch(`${dev.base}/check`, { method: 'POST', body: new URLSearchParams({ text: `Mum to engage with ${mark}.` }), headers: { Origin: dev.base } });
    const batch = (mark: string) => fetch(`${dev.base}/api/v1/check/batch`, { method: 'POST', body: JSON.stringify({ documents: [{ id: mark, text: `${mark} will ring.` }, { id: 'x', text: 5 }] }), headers: auth });
    // Interleaved: both markers' requests in flight at once, several times over.
    const sent = [m, other, m, other, m, other];
    const responses = await Promise.all(sent.flatMap((mark) => [check(mark), form(mark), batch(mark)]));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    responses.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const mine = sent[Math.floor(i / 3)]!;
      expect(bodies[i]).toContain(mine);
      expect(bodies[i]).not.toContain(mine === m ? other : m);
    });
    // Errors that could echo it, and the pages anyone may fetch afterwards.
    const errors = await Promise.all([
      fetch(`${dev.base}/api/v1/check`, { method: 'POST', body: `{"text": "${m}`, headers: auth }),
      fetch(`${dev.base}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text: m, options: { extraTerms: [{ term: ' ' }] } }), headers: auth }),
      fetch(`${dev.base}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text: m }), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m}` } }),
      fetch(`${dev.base}/check`, { method: 'POST', body: new URLSearchParams({ text: m }), headers: { Origin: 'https://evil.example' } }),
    ]);
    // (Plan text never goes in a URL: the form posts it. wrangler dev logs each request's method and path.)
    for (const r of errors) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.headers.get('cache-control')).toBe('no-store');
      await r.arrayBuffer();
    }
    for (const path of ['/', '/healthz', '/api/v1/rules', '/api/v1/openapi.json', '/app.js']) {
      const res = await fetch(`${dev.base}${path}`, { headers: { Authorization: `Bearer ${KEY}` } });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).not.toContain(m);
    }
  });

  it('printed nothing with the text: wrangler and workerd output, and the wrangler log file', async () => {
    await dev.stop();
    const output = dev.output();
    // The capture worked: wrangler reported the requests it served.
    expect(output).toMatch(/POST \/api\/v1\/check 200/);
    expect(output).not.toContain(m);
    expect(output).not.toContain(other);
    const log = wranglerLogFile(output);
    expect(log).not.toContain(m);
    expect(log).not.toContain(other);
  });
});

describe('the CLI', () => {
  let dir: string;
  let bin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clearplan-privacy-'));
    bin = await buildCli(dir);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the text only to the output asked for, never to stderr', async () => {
    const m = marker();
    writeFileSync(join(dir, 'plan.txt'), `Mum to engage with CAMHS and ${m}. Following the ICPC it was agreed that ${m} is at risk of significant harm.\n`);
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const ran = await spawnCli(bin, ['check', 'plan.txt', 'broken.docx', '--format', 'csv'], dir);
    // The capture worked: the broken file is reported on stderr or as an error row.
    expect(ran.stdout + ran.stderr).toMatch(/broken\.docx/);
    expect(ran.stdout).toMatch(/CAMHS/);
    expect(ran.stderr).not.toContain(m);
    const quiet = await spawnCli(bin, ['check', 'plan.txt', '--format', 'csv', '--out', 'report.csv'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout + quiet.stderr).not.toContain(m);
  });
});
