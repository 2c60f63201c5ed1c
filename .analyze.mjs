import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['src/worker/index.ts'], bundle: true, write: false, metafile: true, minify: true, format: 'esm', platform: 'browser',
  conditions: ['workerd', 'worker', 'browser', 'import', 'default'], jsx: 'automatic', jsxImportSource: 'hono/jsx', logLevel: 'silent', target: 'es2022' });
const out = Object.values(r.metafile.outputs)[0];
const code = r.outputFiles[0].contents;
console.log('total', code.length, 'gzip', gzipSync(code).length);
const groups = {};
for (const [f, v] of Object.entries(out.inputs)) {
  let g = f.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1');
  if (process.argv[2] === 'files') g = f;
  groups[g] = (groups[g] ?? 0) + v.bytesInOutput;
}
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40))) console.log(String(b).padStart(8), g);
