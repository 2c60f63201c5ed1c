/**
 * The Worker inside workerd (the Workers vitest pool, configured from
 * wrangler.toml, with API_KEYS and CORS_ORIGINS bound in vitest.config.ts).
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { useFamiliarWords } from '../../src/engine/familiar-words.js';
import { MAX_BODY_BYTES } from '../../src/worker/limits.js';

const BASE = 'https://clearplan.test';
const KEY = 'workerd-test-key-2';
const PLAN = [
  'The plan',
  '1. Mum to engage with CAMHS and attend all appointments.',
  '2. Contact with Dad will be supervised by the LA.',
  '3. The social worker will visit every week until the review conference on 8 April.',
].join('\n');

function api(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return SELF.fetch(`${BASE}${path}`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, ...headers } });
}

describe('in workerd', () => {
  it('runs in the Workers runtime with the configured bindings', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    expect(env['API_KEYS']).toMatch(/workerd-test-key-1/);
  });

  it('the engine runs here directly, given the familiar-word lists from the assets as the Worker gives them', async () => {
    const lists = await (env['ASSETS'] as { fetch(input: string): Promise<Response> }).fetch(`${BASE}/api/engine/familiar-words.txt`);
    useFamiliarWords(await lists.text());
    const report = check(PLAN);
    expect(report.messages.some((m) => m.actual === 'CAMHS')).toBe(true);
  });

  it('POST /api/v1/check returns the report with the right key, 401 without', async () => {
    const ok = await api('/api/v1/check', JSON.stringify({ text: PLAN }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const report = (await ok.json()) as { messages: { actual: string }[]; actions: unknown[] };
    expect(report.messages.map((m) => m.actual)).toContain('CAMHS');
    const none = await SELF.fetch(`${BASE}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text: PLAN }), headers: { 'Content-Type': 'application/json' } });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const wrong = await api('/api/v1/check', JSON.stringify({ text: PLAN }), { Authorization: 'Bearer workerd-test-key-3' });
    expect(wrong.status).toBe(401);
  });

  it('413 for a streamed body over the limit with no Content-Length', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 20) return controller.close();
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const res = await api('/api/v1/check', body);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: '/problems/body-too-large', limit: MAX_BODY_BYTES, unit: 'bytes' });
  });

  it('400 for invalid UTF-8 and malformed JSON; 415 for the wrong type; 404 and 405', async () => {
    expect((await api('/api/v1/check', new Uint8Array([0x7b, 0xff, 0x7d]))).status).toBe(400);
    expect((await api('/api/v1/check', '{"text":')).status).toBe(400);
    expect((await api('/api/v1/check', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await SELF.fetch(`${BASE}/nothing-here`)).status).toBe(404);
    // Without a key the API answers 401 before saying anything about its routes.
    expect((await SELF.fetch(`${BASE}/api/v1/check`)).status).toBe(401);
    const wrongMethod = await SELF.fetch(`${BASE}/api/v1/check`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('answers preflights from the allow-listed origin only', async () => {
    const preflight = (origin: string) =>
      SELF.fetch(`${BASE}/api/v1/check`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    const ok = await preflight('https://cms.example.gov.uk');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://cms.example.gov.uk');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('serves the form and checks a same-origin form post; refuses a cross-site one', async () => {
    const page = await SELF.fetch(`${BASE}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Check a child protection plan');
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const body = new URLSearchParams({ text: PLAN }).toString();
    const res = await SELF.fetch(`${BASE}/check`, { method: 'POST', body, headers: { ...form, Origin: BASE } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<mark class="cp-mark">CAMHS</mark>');
    const cross = await SELF.fetch(`${BASE}/check`, { method: 'POST', body, headers: { ...form, Origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
  });
});
