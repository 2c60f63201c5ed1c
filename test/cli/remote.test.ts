/**
 * --endpoint against a real HTTP server on localhost that speaks the
 * Worker's batch API (src/worker/schemas.ts: BatchRequest → BatchResponse)
 * and checks with the real engine. The server fails the first request with
 * 503 to prove retries, enforces the Worker's batch limits and an API key.
 * The outputs must equal a local run's.
 */
import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { MAX_BATCH_DOCUMENTS } from '../../src/worker/limits.js';
import { writeFixture, type Fixture } from './fixture.js';
import { runCli } from './helpers.js';

const KEY = 'test-key-123';
let server: Server;
let base: string;
let fx: Fixture;
const seen = { requests: 0, documents: 0, maxBatch: 0, failFirst: true, badOptions: 0 };

beforeAll(async () => {
  fx = writeFixture();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.requests++;
      const send = (status: number, body: unknown, type = 'application/json'): void => {
        res.writeHead(status, { 'content-type': type });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/api/v1/check/batch') return send(404, { type: '/problems/not-found', title: 'There is nothing at this address', status: 404 });
      if (req.headers['authorization'] !== `Bearer ${KEY}`) return send(401, { type: '/problems/unauthorized', title: 'A valid API key is needed', status: 401 }, 'application/problem+json');
      if (seen.failFirst) {
        seen.failFirst = false;
        return send(503, { type: '/problems/internal-error', title: 'Something went wrong', status: 503 }, 'application/problem+json');
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { documents: Array<{ id: string; text: string }>; options?: Record<string, unknown> };
      if (body.documents.length > MAX_BATCH_DOCUMENTS) return send(400, { type: '/problems/invalid-request', title: 'The request does not match the schema', status: 400 });
      if (body.options && 'targetReadingAge' in body.options) seen.badOptions += body.options['targetReadingAge'] === 9 ? 0 : 1;
      seen.documents += body.documents.length;
      seen.maxBatch = Math.max(seen.maxBatch, body.documents.length);
      const results = body.documents.map((d, index) => {
        try {
          return { index, id: d.id, ok: true, report: check(d.text, body.options) };
        } catch (error) {
          return { index, id: d.id, ok: false, error: { type: '/problems/invalid-request', title: 'The document could not be checked', status: 400, detail: (error as Error).message } };
        }
      });
      send(200, { results, summary: { documents: results.length, ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(fx.dir, { recursive: true, force: true });
});

describe('--endpoint', () => {
  it('gives the same CSV as a local check, in batches within the limits, retrying a 503', async () => {
    const local = await runCli(['check', 'plans', '--format', 'csv', '--target-age', '9'], fx.dir);
    const remote = await runCli(['check', 'plans', '--format', 'csv', '--target-age', '9', '--endpoint', base], fx.dir, { env: { CLEARPLAN_API_KEY: KEY } });
    expect(remote.stdout).toBe(local.stdout);
    expect(remote.code).toBe(local.code);
    expect(seen.failFirst).toBe(false);
    expect(seen.badOptions).toBe(0);
    expect(seen.maxBatch).toBeLessThanOrEqual(MAX_BATCH_DOCUMENTS);
    expect(seen.documents).toBeGreaterThan(0);
  });

  it('splits many plans into several batches', async () => {
    const before = seen.requests;
    const docs = seen.documents;
    const text = 'Mum will take Amy to school every day.\n';
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    mkdirSync(join(fx.dir, 'many'), { recursive: true });
    for (let i = 0; i < 45; i++) writeFileSync(join(fx.dir, 'many', `p${String(i).padStart(2, '0')}.txt`), text);
    const ran = await runCli(['check', 'many', '--format', 'jsonl', '--endpoint', base, '--api-key', KEY], fx.dir);
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(45);
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(Array.from({ length: 45 }, (_, i) => `many/p${String(i).padStart(2, '0')}.txt`));
    expect(seen.documents - docs).toBe(45);
    expect(seen.requests - before).toBeGreaterThanOrEqual(Math.ceil(45 / MAX_BATCH_DOCUMENTS));
  });

  it('turns a refused key into error rows and exit code 2', async () => {
    const ran = await runCli(['check', 'plans/north', '--format', 'jsonl', '--endpoint', base, '--api-key', 'wrong'], fx.dir);
    expect(ran.code).toBe(2);
    const lines = ran.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { error?: { code: string; message: string } });
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.error?.message).toContain('401');
  });

  it('refuses plain http to anything but this computer', async () => {
    const ran = await runCli(['check', 'plans', '--endpoint', 'http://example.org'], fx.dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--endpoint must use https://');
  });
});
