/** API keys, CORS, security headers, caching, privacy and hostile input, through `app.request`. */
import fc from 'fast-check';
import { Hono } from 'hono/tiny';
import { secureHeaders } from 'hono/secure-headers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configuredKeys, matchesAnyKey } from '../../src/worker/auth.js';
import { CONTENT_SECURITY_POLICY } from '../../src/worker/headers.js';
import { app, ASSETS, expectProblem, ORIGIN, post, postForm, postJson } from './helpers.js';

const KEYS = { API_KEYS: 'key-one-0123456789, key-two-abcdefghij', ASSETS };
const PLAN = 'Dad to attend CAMHS appointments. Contact will be supervised.';

describe('API keys', () => {
  it('parses the comma-separated secret and compares keys exactly', async () => {
    expect(configuredKeys(' a , ,b,')).toEqual(['a', 'b']);
    expect(configuredKeys(undefined)).toEqual([]);
    expect(await matchesAnyKey('b', ['a', 'b'])).toBe(true);
    expect(await matchesAnyKey('b ', ['a', 'b'])).toBe(false);
    expect(await matchesAnyKey('', ['a'])).toBe(false);
    expect(await matchesAnyKey('a', [])).toBe(false);
  });

  it('401 without a key, with a wrong key, or with the wrong scheme', async () => {
    const none = await postJson('/api/v1/check', { text: PLAN }, {}, KEYS);
    await expectProblem(none, 401, 'unauthorized');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    await expectProblem(await postJson('/api/v1/check', { text: PLAN }, { Authorization: 'Bearer key-one-012345678' }, KEYS), 401, 'unauthorized');
    await expectProblem(await postJson('/api/v1/check', { text: PLAN }, { Authorization: 'Basic a2V5LW9uZQ==' }, KEYS), 401, 'unauthorized');
    await expectProblem(await postJson('/api/v1/check', { text: PLAN }, { Authorization: 'Bearer' }, KEYS), 401, 'unauthorized');
    await expectProblem(await app.request('/api/v1/rules', {}, KEYS), 401, 'unauthorized');
    await expectProblem(await app.request('/api/v1/openapi.json', {}, KEYS), 401, 'unauthorized');
  });

  it('checks auth before reading the body', async () => {
    // A huge body without a key is refused as 401, not read.
    await expectProblem(await postJson('/api/v1/check', 'x'.repeat(3_000_000), {}, KEYS), 401, 'unauthorized');
  });

  it('accepts any configured key', async () => {
    for (const key of ['key-one-0123456789', 'key-two-abcdefghij']) {
      const res = await postJson('/api/v1/check', { text: PLAN }, { Authorization: `Bearer ${key}` }, KEYS);
      expect(res.status).toBe(200);
    }
    expect((await app.request('/api/v1/rules', { headers: { Authorization: 'bearer key-two-abcdefghij' } }, KEYS)).status).toBe(200);
    expect((await app.request('/api/v1/openapi.json', { headers: { Authorization: 'Bearer key-one-0123456789' } }, KEYS)).status).toBe(200);
  });

  it('is open when no keys are configured, and never guards the page or the health check', async () => {
    expect((await postJson('/api/v1/check', { text: PLAN }, {}, { API_KEYS: ' , ' })).status).toBe(200);
    expect((await app.request('/', {}, KEYS)).status).toBe(200);
    expect((await app.request('/healthz', {}, KEYS)).status).toBe(200);
    expect((await postForm({ text: PLAN }, { Origin: ORIGIN }, KEYS)).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string, env = {}) =>
    app.request('/api/v1/check', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } }, env);

  it('is off by default: a preflight is refused and answers carry no CORS headers', async () => {
    const res = await preflight('https://evil.example');
    await expectProblem(res, 403, 'forbidden-origin');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await postJson('/api/v1/check', { text: PLAN }, { Origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the listed origins when CORS_ORIGINS is set', async () => {
    const env = { CORS_ORIGINS: 'https://cms.example.gov.uk, https://other.example/' };
    const ok = await preflight('https://cms.example.gov.uk', env);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://cms.example.gov.uk');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect((await preflight('https://other.example', env)).status).toBe(204);
    await expectProblem(await preflight('https://cms.example.gov.uk.evil.example', env), 403, 'forbidden-origin');
    const actual = await postJson('/api/v1/check', { text: PLAN }, { Origin: 'https://cms.example.gov.uk' }, env);
    expect(actual.headers.get('access-control-allow-origin')).toBe('https://cms.example.gov.uk');
    expect(actual.headers.get('vary')).toMatch(/Origin/);
    const other = await postJson('/api/v1/check', { text: PLAN }, { Origin: 'https://evil.example' }, env);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a preflight through before the API key check, then requires the key', async () => {
    const env = { ...KEYS, CORS_ORIGINS: 'https://cms.example.gov.uk' };
    expect((await preflight('https://cms.example.gov.uk', env)).status).toBe(204);
    await expectProblem(await postJson('/api/v1/check', { text: PLAN }, { Origin: 'https://cms.example.gov.uk' }, env), 401, 'unauthorized');
  });
});

describe('security headers and caching', () => {
  it('sends a strict CSP and the other secure headers on every kind of response', async () => {
    const responses = [
      await app.request('/'),
      await postForm({ text: PLAN }),
      await postJson('/api/v1/check', { text: PLAN }),
      await app.request('/nowhere'),
      await app.request('/api/v1/rules'),
    ];
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY.scriptSrc).toEqual(["'self'"]);
  });

  it("are exactly the headers Hono's secureHeaders gives for the same policy", async () => {
    // The Worker writes its headers out (src/worker/headers.ts); this is the configuration they replace.
    const reference = new Hono();
    reference.use(
      '*',
      secureHeaders({
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        xFrameOptions: 'DENY',
        referrerPolicy: 'no-referrer',
        crossOriginResourcePolicy: 'same-origin',
        crossOriginOpenerPolicy: 'same-origin',
        strictTransportSecurity: 'max-age=31536000; includeSubDomains',
        permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [], clipboardRead: [], browsingTopics: [] },
      }),
    );
    reference.get('/', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store', 'X-Powered-By': 'x', 'X-Frame-Options': 'SAMEORIGIN' }));
    const list = (headers: Headers) => {
      const out: [string, string][] = [];
      headers.forEach((value, name) => out.push([name, value]));
      return out;
    };
    const expected = list((await reference.request('/')).headers);
    const ours = list((await app.request('/healthz')).headers);
    expect(ours).toEqual(expected);
    expect(ours.length).toBeGreaterThan(12);
  });

  it('marks every response that can carry plan text no-store', async () => {
    const carrying = [
      await postForm({ text: PLAN }),
      await postForm({ text: '' }),
      await postJson('/api/v1/check', { text: PLAN }),
      await postJson('/api/v1/check/batch', { documents: [{ id: 'a', text: PLAN }] }),
      await postJson('/api/v1/check', { text: 1 }),
      await app.request('/'),
    ];
    for (const res of carrying) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never logs the text, never fetches, and never puts it in another response', async () => {
    const marker = `ZQXJ-${Math.random().toString(36).slice(2)}-marker`;
    const calls: unknown[][] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void calls.push(args));
    }
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const text = `Mum to engage with ${marker}. The ICPC agreed that ${marker} is safe.`;
    await postJson('/api/v1/check', { text });
    await postJson('/api/v1/check/batch', { documents: [{ id: marker, text }, { id: 'b', text: 7 }] });
    await postForm({ text });
    await postJson('/api/v1/check', `{"text": "${marker}`);
    await postJson('/api/v1/check', { text, options: { extraTerms: [{ term: ' ' }] } });
    await post('/check', `text=${marker}`, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' });
    const others = [await app.request('/'), await app.request('/api/v1/rules'), await app.request('/healthz'), await postJson('/api/v1/check', { text: 'Dad will ring.' })];
    for (const res of others) expect(await res.text()).not.toContain(marker);
    expect(JSON.stringify(calls)).not.toContain(marker);
    expect(calls).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('hostile input and fuzzing', () => {
  it('never answers 5xx, whatever the method, path, content type or body', async () => {
    const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    const paths = fc.constantFrom('/', '/check', '/api/v1/check', '/api/v1/check/batch', '/api/v1/rules', '/api/v1/openapi.json', '/healthz', '/problems/x', '/api', '/%ff', '/a/../b');
    const types = fc.constantFrom(undefined, 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/json; charset=utf-16', 'application/problem+json', '');
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.uint8Array({ maxLength: 200 }),
      fc.record({ text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), options: fc.anything() }).map((v) => JSON.stringify(v)),
      fc.record({ documents: fc.array(fc.anything(), { maxLength: 25 }) }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(methods, paths, types, bodies, fc.boolean(), async (method, path, type, body, sameOrigin) => {
        const headers: Record<string, string> = {};
        if (type !== undefined) headers['Content-Type'] = type;
        if (sameOrigin) headers['Origin'] = ORIGIN;
        const init: RequestInit = { method, headers };
        if (method !== 'GET' && method !== 'HEAD') init.body = body;
        const res = await app.request(path, init, { ASSETS });
        expect(res.status, `${method} ${path} ${type}`).toBeLessThan(500);
        if (res.status >= 400 && res.status !== 400 && res.status !== 413 && path !== '/check') {
          expect(res.headers.get('content-type')).toMatch(/problem\+json|text\/html/);
        }
      }),
      { numRuns: 300, seed: 20260501 },
    );
  });

  it('shows hostile text as text in the results page', async () => {
    const hostile = `Mum to attend CAMHS.<script>alert(1)</script> "><img src=x onerror=alert(2)> ' " & </textarea><script>alert(3)</script> {{x}} \${y}`;
    const res = await postForm({ text: hostile });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<script>alert|<img src=x|<\/textarea><script/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/textarea&gt;');
    // The only script element is the page's own module.
    expect(html.match(/<script\b/g)).toEqual(['<script']);
    expect(html).toMatch(/<script type="module" src="\/app.js"><\/script>/);
  });

  it('keeps quotes in a field value inside its attribute', async () => {
    const res = await postForm({ text: 'Mum will ring.', targetReadingAge: '"><script>alert(1)</script><x a=\'' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&#39;"');
    expect(html.match(/<script\b/g)).toEqual(['<script']);
  });
});
