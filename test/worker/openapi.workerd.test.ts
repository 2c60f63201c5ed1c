/**
 * The OpenAPI document inside workerd, with the real ASSETS binding and the
 * asset routing of wrangler.toml (the Workers vitest pool reads it; API_KEYS
 * bound in vitest.config.ts). The document is a static file of the assets
 * (dist/web/api/v1/openapi.json, `npm run build`) that the Worker reads after
 * its key check. (The pool's SELF reaches the Worker directly, not through the
 * asset router; that no spelling of the path gets the file without a key under
 * wrangler.toml's routing is tested end to end, test/e2e/worker.test.ts.)
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const BASE = 'https://clearplan.test';
const KEY = 'workerd-test-key-1';
const ASSETS = env['ASSETS'] as { fetch(input: string): Promise<Response> };

describe('GET /api/v1/openapi.json in workerd', () => {
  it('is the built file read through the ASSETS binding, with this origin as the server, for a valid key', async () => {
    const file = await ASSETS.fetch(`${BASE}/api/v1/openapi.json`);
    expect(file.status).toBe(200);
    const built = JSON.parse(await file.text()) as Record<string, unknown>;
    expect(built['openapi']).toBe('3.1.0');
    expect(built['servers']).toBeUndefined();
    const res = await SELF.fetch(`${BASE}/api/v1/openapi.json`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.json()).toEqual({ ...built, servers: [{ url: BASE }] });
  });

  it('is a 401 without a key or with a wrong one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer workerd-test-key-3' }]) {
      const res = await SELF.fetch(`${BASE}/api/v1/openapi.json`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await res.text()).not.toContain('"openapi"');
    }
  });
});
