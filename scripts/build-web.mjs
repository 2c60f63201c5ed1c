// Builds the static files the Worker's assets binding serves (dist/web):
// the page script (the engine + the results view, bundled for the browser),
// a copy of web/public, the OpenAPI document (api/v1/openapi.json, written
// by src/build/compile-openapi.ts; the Worker serves it after its API-key
// check) and the packed familiar-word lists (api/engine/familiar-words.txt,
// src/build/familiar-words-asset.ts; the Worker's engine reads them). Run
// after `npm run rules` (the `build` script does).
// `--out <dir>` builds somewhere else (the end-to-end tests use their own copy).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'dist/web';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('web/public', out, { recursive: true });

await build({
  entryPoints: ['web/client/app.ts'],
  outfile: `${out}/app.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
  // The engine must not reach for Node: fail the build if anything does.
  conditions: ['browser', 'import', 'default'],
  mainFields: ['browser', 'module', 'main'],
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

execFileSync(process.execPath, ['--import', 'tsx', 'src/build/compile-openapi.ts', '--out', out], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'src/build/familiar-words-asset.ts', '--out', out], { stdio: 'inherit' });

for (const file of ['app.js', 'style.css']) {
  const bytes = readFileSync(`${out}/${file}`);
  console.log(`build-web: ${out}/${file} ${(bytes.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`);
}
