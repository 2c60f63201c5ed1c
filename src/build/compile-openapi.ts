/**
 * Writes the API's OpenAPI 3.1 document, built from the zod schemas
 * (src/worker/schemas.ts, openapi.ts) at build time, as a static file of the
 * Worker's assets: `<dir>/api/v1/openapi.json` (compact JSON, UTF-8, without
 * `servers`). The Worker serves it at the same path through its ASSETS
 * binding, after its API-key check, adding its own origin as the server; so
 * neither zod nor the document is in the Worker's script.
 *
 * Node-only, build time: scripts/build-web.mjs runs it for the folder it builds. Usage:
 *   tsx src/build/compile-openapi.ts [--out <dir>]   (default dist/web)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../worker/openapi.js';

/** Where the document is, under the assets folder and as a URL path. */
export const OPENAPI_PATH = 'api/v1/openapi.json';

/** The file's text: the document as compact JSON, without `servers` (the Worker adds its origin). */
export function openApiText(): string {
  return JSON.stringify(buildOpenApiDocument());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out');
  const dir = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : 'dist/web';
  const file = `${dir}/${OPENAPI_PATH}`;
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  const text = openApiText();
  writeFileSync(file, text);
  console.log(`compile-openapi: ${file} (${Buffer.byteLength(text)} bytes)`);
}
