/**
 * The OpenAPI document is generated at build time (src/build/compile-openapi.ts)
 * into src/worker/openapi.generated.ts; the Worker serves that constant. These
 * tests keep it honest: it is exactly what the zod schemas give now, it names
 * exactly the routes the API serves, and the served copy adds only `servers`.
 */
import { describe, expect, it } from 'vitest';
import { openApiModule } from '../../src/build/compile-openapi.js';
import { createApi } from '../../src/worker/api.js';
import { OPENAPI_JSON } from '../../src/worker/openapi.generated.js';
import { buildOpenApiDocument, ROUTES } from '../../src/worker/openapi.js';
import { app } from './helpers.js';

describe('the generated OpenAPI document', () => {
  it('is what the zod schemas give now (after changing them, run `npm run build`)', () => {
    expect(OPENAPI_JSON).toBe(JSON.stringify(buildOpenApiDocument()));
    // The module is pure ASCII and parses back to the same text.
    const source = openApiModule();
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
    const literal = /export const OPENAPI_JSON = ('.*');/.exec(source)?.[1];
    expect(new Function(`return ${literal}`)()).toBe(OPENAPI_JSON);
  });

  it('documents exactly the routes the API serves', () => {
    const served = createApi()
      .routes.filter((r) => r.method !== 'ALL' && r.path !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const documented = Object.values(ROUTES)
      .map((r) => `${r.method.toUpperCase()} /api/v1${r.path}`)
      .sort();
    expect(served).toEqual(documented);
    const paths = (JSON.parse(OPENAPI_JSON) as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort()).toEqual(documented);
  });

  it('is served with the origin it was requested from as the server, and nothing else added', async () => {
    const res = await app.request('https://plans.example.gov.uk/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text).toBe(JSON.stringify({ ...buildOpenApiDocument(), servers: [{ url: 'https://plans.example.gov.uk' }] }));
  });
});
