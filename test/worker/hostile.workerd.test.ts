/**
 * Inside workerd (the Workers vitest pool, API_KEYS and CORS_ORIGINS bound as
 * in hostile-cases.ts): every hostile request gets its 4xx problem+json and
 * the Worker keeps serving; plan text with a unique marker reaches no console
 * call, no outbound fetch and no other response, and every answer that can
 * carry it is no-store.
 */
import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import app from '../../src/worker/index.js';
import { HOSTILE_CASES, KEY, normalInit, withOrigin } from './hostile-cases.js';

const BASE = 'https://clearplan.test';

afterEach(() => vi.restoreAllMocks());

async function expectProblem(res: Response, status: number, slug: string) {
  expect(res.status, slug).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.json()).toMatchObject({ type: `/problems/${slug}`, status });
}

function spyOnConsole(): unknown[] {
  const logged: unknown[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));
  return logged;
}

describe('hostile and broken requests in workerd', () => {
  it('the bindings are the ones the cases assume', () => {
    expect(env['API_KEYS']).toContain(KEY);
  });

  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ${c.status} ${c.slug}, then a normal check succeeds`, async () => {
      await expectProblem(await SELF.fetch(`${BASE}${c.path}`, withOrigin(c.init(), BASE)), c.status, c.slug);
      const next = await SELF.fetch(`${BASE}/api/v1/check`, normalInit());
      expect(next.status).toBe(200);
      expect(((await next.json()) as { summary: { words: number } }).summary.words).toBeGreaterThan(10);
    });
  }
});

describe('privacy in workerd', () => {
  const marker = () => `PRIVACYMARKER${crypto.randomUUID().replaceAll('-', '')}`;

  it('the text reaches no console call and no fetch, whatever the request (the app in this isolate)', async () => {
    const logged = spyOnConsole();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const m = marker();
    const text = `Mum to engage with ${m} and CAMHS. ${m} will be supervised.`;
    const auth = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
    const requests: [string, RequestInit][] = [
      ['/api/v1/check', { method: 'POST', body: JSON.stringify({ text }), headers: auth }],
      ['/api/v1/check/batch', { method: 'POST', body: JSON.stringify({ documents: [{ id: m, text }, { id: 'b', text: 1 }] }), headers: auth }],
      ['/api/v1/check', { method: 'POST', body: `{"text": "${m}`, headers: auth }],
      ['/api/v1/check', { method: 'POST', body: JSON.stringify({ text, options: { extraTerms: [{ term: ' ' }] } }), headers: auth }],
      ['/api/v1/check', { method: 'POST', body: JSON.stringify({ text }), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m}` } }],
      ['/check', { method: 'POST', body: new URLSearchParams({ text }), headers: { Origin: BASE } }],
      ['/check', { method: 'POST', body: new URLSearchParams({ text }), headers: { Origin: 'https://evil.example' } }],
      [`/${m}`, {}],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(`${BASE}${path}`, init, env);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('cache-control')).toBe('no-store');
      await res.arrayBuffer();
    }
    expect(JSON.stringify(logged)).not.toContain(m);
    expect(logged).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('two requests in flight at once each get only their own text back', async () => {
    const [a, b] = [marker(), marker()];
    const send = (m: string) =>
      SELF.fetch(`${BASE}/api/v1/check`, {
        method: 'POST',
        body: JSON.stringify({ text: `Dad to attend ${m} appointments. Contact will be supervised. `.repeat(40) }),
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      });
    const form = (m: string) => SELF.fetch(`${BASE}/check`, { method: 'POST', body: new URLSearchParams({ text: `Mum to engage with ${m}.` }), headers: { Origin: BASE } });
    const responses = await Promise.all([send(a), send(b), form(a), form(b), send(a), send(b)]);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    responses.forEach((r) => expect(r.headers.get('cache-control')).toBe('no-store'));
    bodies.forEach((body, i) => {
      const [own, other] = i % 2 === 0 ? [a, b] : [b, a];
      expect(body).toContain(own);
      expect(body).not.toContain(other);
    });
  });
});
