/**
 * The OpenAPI document is generated at build time (src/build/compile-openapi.ts,
 * run by scripts/build-web.mjs) into the Worker's static assets,
 * dist/web/api/v1/openapi.json; the Worker reads it through its ASSETS binding
 * (here the Node stand-in of helpers.ts, which serves that built file; the
 * real binding is tested in openapi.workerd.test.ts and test/e2e). These tests
 * keep it honest: the built file is exactly what the zod schemas give now, it
 * names exactly the routes the API serves, and the served copy adds only `servers`.
 */
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH, openApiText } from '../../src/build/compile-openapi.js';
import { createApi } from '../../src/worker/api.js';
import { buildOpenApiDocument, ROUTES } from '../../src/worker/openapi.js';
import { app, ASSETS, builtOpenApiText } from './helpers.js';

describe('the generated OpenAPI document', () => {
  it('is what the zod schemas give now (after changing them, run `npm run build`)', () => {
    expect(OPENAPI_PATH).toBe('api/v1/openapi.json');
    expect(openApiText()).toBe(JSON.stringify(buildOpenApiDocument()));
    expect(builtOpenApiText()).toBe(openApiText());
  });

  it('documents exactly the routes the API serves', () => {
    // A route with a middleware of its own (the checks: familiarWords) is listed once per handler.
    const served = [
      ...new Set(
        createApi()
          .routes.filter((r) => r.method !== 'ALL' && r.path !== '/api/v1/openapi.json')
          .map((r) => `${r.method} ${r.path}`),
      ),
    ].sort();
    const documented = Object.values(ROUTES)
      .map((r) => `${r.method.toUpperCase()} /api/v1${r.path}`)
      .sort();
    expect(served).toEqual(documented);
    const paths = (JSON.parse(builtOpenApiText()) as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort()).toEqual(documented);
  });

  it('is served with the origin it was requested from as the server, and nothing else added', async () => {
    const res = await app.request('https://plans.example.gov.uk/api/v1/openapi.json', {}, { ASSETS });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text).toBe(JSON.stringify({ ...buildOpenApiDocument(), servers: [{ url: 'https://plans.example.gov.uk' }] }));
  });

  it('is a 404 problem when the Worker has no assets, or they hold no document', async () => {
    const none = await app.request('/api/v1/openapi.json');
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ type: '/problems/not-found' });
    const empty = await app.request('/api/v1/openapi.json', {}, { ASSETS: { fetch: () => Promise.resolve(new Response(null, { status: 404 })) } });
    expect(empty.status).toBe(404);
  });
});
