/** Helpers for the Worker's `app.request` tests (Node, no server). */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import app from '../../src/worker/index.js';
import type { Bindings } from '../../src/worker/env.js';

export { app };

export const ORIGIN = 'http://localhost';

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

/** A validator for a schema in the Worker's own /api/v1/openapi.json (JSON Schema 2020-12, with ajv). */
export async function openApiValidator(schemaName: string) {
  openapi ??= (await (await app.request('/api/v1/openapi.json')).json()) as Record<string, unknown>;
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
