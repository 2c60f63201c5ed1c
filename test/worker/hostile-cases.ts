/**
 * Hostile and broken requests, shared by the `app.request` tests (Node), the
 * workerd tests and the end-to-end tests over real HTTP: each must get its
 * 4xx problem+json answer, never a 500, and the Worker must keep serving.
 * Requests are built fresh each time (a stream body can be read only once).
 */
export const KEY = 'workerd-test-key-2';
/** The bindings the cases assume (the workers project binds the same in vitest.config.ts). */
export const BINDINGS = { API_KEYS: 'workerd-test-key-1, workerd-test-key-2', CORS_ORIGINS: 'https://cms.example.gov.uk' };

export const NORMAL_PLAN = 'Mum to engage with CAMHS. The social worker will visit every Monday until the review on 8 April.';

export interface HostileCase {
  name: string;
  path: string;
  init: () => RequestInit;
  status: number;
  slug: string;
}

const json = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, ...extra });
const postJson = (body: BodyInit | null, extra: Record<string, string> = {}) => () => ({ method: 'POST', body, headers: json(extra) });

/** A body of `chunks` × 64 KiB sent as a stream, so it has no Content-Length. */
export function streamBody(chunks: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
    },
  });
}

const HUGE = JSON.stringify({ text: 'a '.repeat(800_000) }); // 1.6 MB, over the 1 MiB limit

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'malformed JSON', path: '/api/v1/check', init: postJson('{text: 1}'), status: 400, slug: 'invalid-json' },
  { name: 'truncated JSON', path: '/api/v1/check', init: postJson('{"text": "Mum will ri'), status: 400, slug: 'invalid-json' },
  { name: 'empty body', path: '/api/v1/check', init: postJson(''), status: 400, slug: 'invalid-json' },
  { name: 'truncated batch', path: '/api/v1/check/batch', init: postJson('{"documents": [{"id": "a", "text": "x"}'), status: 400, slug: 'invalid-json' },
  { name: 'wrong type: text is a number', path: '/api/v1/check', init: postJson('{"text": 42}'), status: 400, slug: 'invalid-request' },
  { name: 'wrong type: body is an array', path: '/api/v1/check', init: postJson('[1, 2]'), status: 400, slug: 'invalid-request' },
  { name: 'wrong type: options', path: '/api/v1/check', init: postJson('{"text": "x", "options": {"targetReadingAge": "eleven"}}'), status: 400, slug: 'invalid-request' },
  { name: 'wrong type: documents', path: '/api/v1/check/batch', init: postJson('{"documents": "plan"}'), status: 400, slug: 'invalid-request' },
  { name: 'huge body with Content-Length', path: '/api/v1/check', init: postJson(HUGE, { 'Content-Length': String(HUGE.length) }), status: 413, slug: 'body-too-large' },
  {
    name: 'huge body without Content-Length',
    path: '/api/v1/check',
    init: () => ({ ...postJson(streamBody(40))(), duplex: 'half' }) as RequestInit,
    status: 413,
    slug: 'body-too-large',
  },
  { name: 'huge batch', path: '/api/v1/check/batch', init: postJson(HUGE), status: 413, slug: 'body-too-large' },
  { name: 'text over the character limit', path: '/api/v1/check', init: postJson(JSON.stringify({ text: 'a'.repeat(200_001) })), status: 413, slug: 'body-too-large' },
  { name: 'invalid UTF-8', path: '/api/v1/check', init: postJson(new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d])), status: 400, slug: 'invalid-utf8' },
  { name: 'CESU-8 surrogate', path: '/api/v1/check', init: postJson(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])), status: 400, slug: 'invalid-utf8' },
  { name: 'content type text/plain', path: '/api/v1/check', init: postJson('{"text": "x"}', { 'Content-Type': 'text/plain' }), status: 415, slug: 'unsupported-media-type' },
  { name: 'content type form', path: '/api/v1/check', init: postJson('text=x', { 'Content-Type': 'application/x-www-form-urlencoded' }), status: 415, slug: 'unsupported-media-type' },
  { name: 'charset latin1', path: '/api/v1/check', init: postJson('{"text": "x"}', { 'Content-Type': 'application/json; charset=iso-8859-1' }), status: 415, slug: 'unsupported-media-type' },
  { name: 'JSON to the form', path: '/check', init: () => ({ method: 'POST', body: '{"text": "x"}', headers: { 'Content-Type': 'application/json', Origin: 'ORIGIN' } }), status: 415, slug: 'unsupported-media-type' },
  {
    name: 'missing API key',
    path: '/api/v1/check',
    init: () => ({ method: 'POST', body: '{"text": "x"}', headers: { 'Content-Type': 'application/json' } }),
    status: 401,
    slug: 'unauthorized',
  },
  { name: 'wrong API key', path: '/api/v1/check', init: postJson('{"text": "x"}', { Authorization: 'Bearer workerd-test-key-3' }), status: 401, slug: 'unauthorized' },
  { name: 'wrong auth scheme', path: '/api/v1/rules', init: () => ({ headers: { Authorization: `Basic ${KEY}` } }), status: 401, slug: 'unauthorized' },
  {
    name: 'CORS preflight from an unlisted origin',
    path: '/api/v1/check',
    init: () => ({ method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } }),
    status: 403,
    slug: 'forbidden-origin',
  },
  {
    name: 'cross-site form post',
    path: '/check',
    init: () => ({ method: 'POST', body: 'text=Mum+will+ring', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } }),
    status: 403,
    slug: 'forbidden-origin',
  },
  { name: 'unknown API route', path: '/api/v1/nothing', init: () => ({ headers: { Authorization: `Bearer ${KEY}` } }), status: 404, slug: 'not-found' },
  { name: 'unknown path', path: '/wp-admin/install.php', init: () => ({}), status: 404, slug: 'not-found' },
  { name: 'path traversal', path: '/%2e%2e/%2e%2e/etc/passwd', init: () => ({}), status: 404, slug: 'not-found' },
  { name: 'GET on the check route', path: '/api/v1/check', init: () => ({ headers: { Authorization: `Bearer ${KEY}` } }), status: 405, slug: 'method-not-allowed' },
  { name: 'DELETE on the check route', path: '/api/v1/check', init: () => ({ method: 'DELETE', headers: { Authorization: `Bearer ${KEY}` } }), status: 405, slug: 'method-not-allowed' },
  { name: 'PUT on the page', path: '/', init: () => ({ method: 'PUT', body: 'x' }), status: 405, slug: 'method-not-allowed' },
  { name: 'PATCH on the health check', path: '/healthz', init: () => ({ method: 'PATCH' }), status: 405, slug: 'method-not-allowed' },
];

/** The same-origin placeholder in a case's headers, replaced with the Worker's own origin. */
export function withOrigin(init: RequestInit, origin: string): RequestInit {
  const headers = new Headers(init.headers);
  if (headers.get('origin') === 'ORIGIN') headers.set('origin', origin);
  return { ...init, headers };
}

/** The normal request sent after each hostile one. */
export function normalInit(): RequestInit {
  return { method: 'POST', body: JSON.stringify({ text: NORMAL_PLAN }), headers: json() };
}
