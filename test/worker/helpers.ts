/** Helpers for the Worker's `app.request` tests (Node, no server). */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import app from '../../src/worker/index.js';
import type { Bindings } from '../../src/worker/env.js';

export { app };

export const ORIGIN = 'http://localhost';

/** The assets folder the build writes (wrangler.toml `[assets]`); `npm run build` first. */
export const BUILT_ASSETS = 'dist/web';

/**
 * A Node stand-in for the Worker's ASSETS binding: it serves the files the
 * build wrote into dist/web, by path, and 404 for anything else. The real
 * binding (and wrangler.toml's routing) is tested in workerd:
 * openapi.workerd.test.ts and test/e2e/worker.test.ts.
 */
export const ASSETS: NonNullable<Bindings['ASSETS']> = {
  fetch(input: URL) {
    const file = `${BUILT_ASSETS}${input.pathname}`;
    return Promise.resolve(existsSync(file) ? new Response(readFileSync(file)) : new Response(null, { status: 404 }));
  },
};

/** The OpenAPI document as the build wrote it (without `servers`). */
export function builtOpenApiText(): string {
  return readFileSync(`${BUILT_ASSETS}/api/v1/openapi.json`, 'utf8');
}

export function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}, env: Bindings = {}) {
  return app.request(path, { method: 'POST', body, headers }, env);
}

export function postJson(path: string, value: unknown, headers: Record<string, string> = {}, env: Bindings = {}) {
  return post(path, typeof value === 'string' ? value : JSON.stringify(value), { 'Content-Type': 'application/json', ...headers }, env);
}

export function postForm(fields: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN }, env: Bindings = {}) {
  return post('/check', new URLSearchParams(fields).toString(), { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, env);
}

/** Asserts an RFC 9457 problem response and returns its body. */
export async function expectProblem(res: Response, status: number, slug: string): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ type: `/problems/${slug}`, status });
  expect(typeof body['title']).toBe('string');
  return body;
}

/** A stream body with no Content-Length, `chunks` pieces of `size` bytes each. */
export function streamOf(size: number, chunks: number, byte = 0x61): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(size).fill(byte));
    },
  });
}

let openapi: Record<string, unknown> | undefined;

/** A validator for a schema in the Worker's own /api/v1/openapi.json, the built document (JSON Schema 2020-12, with ajv). */
export async function openApiValidator(schemaName: string) {
  openapi ??= (await (await app.request('/api/v1/openapi.json', {}, { ASSETS })).json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...openapi, $id: 'https://clearplan.test/openapi.json' });
  const validate = ajv.getSchema(`https://clearplan.test/openapi.json#/components/schemas/${schemaName}`);
  expect(validate, `schema ${schemaName}`).toBeTypeOf('function');
  return validate!;
}

/** Validates `value` against a schema from the Worker's own /api/v1/openapi.json. */
export async function expectMatchesOpenApi(value: unknown, schemaName: string): Promise<void> {
  const validate = await openApiValidator(schemaName);
  const ok = validate!(value);
  expect(validate!.errors ?? [], JSON.stringify(validate!.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}
