// Where plan analysis allocates: samples every allocation (garbage included,
// which `node --heap-prof` leaves out) while analysePlan runs over the bench's
// 1,500-word plan, or inside whole checks with --check, and prints the
// functions that allocate most, with the source line of each site.
//
//   node bench/alloc-prof.mjs [--seconds S] [--check] [--top N] [--interval BYTES] [--sites]
//
// --sites lists the allocating lines of the (unminified) bundle instead of functions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENGINE_BUNDLE } from './bundle-options.mjs';
import { plan } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const SECONDS = Number(opt('--seconds', 4));
const TOP = Number(opt('--top', 40));
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'clearplan-allocprof-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const { build } = await import('esbuild');
const out = join(dir, 'engine.js');
await build({
  stdin: {
    contents: "export { check, RULES } from './src/engine/index.ts'; export { analysePlan } from './src/engine/plan/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  ...ENGINE_BUNDLE,
  outfile: out,
  logLevel: 'error',
});
const { check, analysePlan, RULES } = await import(pathToFileURL(out).href);
const text = plan(1500, 20261500);
const run = args.includes('--check') ? () => check(text) : () => analysePlan(text, RULES.lexicons);
for (let i = 0; i < 50; i++) run();

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: Number(opt('--interval', 1024)),
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
let runs = 0;
const end = performance.now() + SECONDS * 1000;
while (performance.now() < end) {
  run();
  runs++;
}
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

// self bytes by function and by site (function and line)
const byFn = new Map();
const bySite = new Map();
let total = 0;
const sizeOf = new Map(profile.samples.map((s) => [s.nodeId, 0]));
for (const s of profile.samples) sizeOf.set(s.nodeId, (sizeOf.get(s.nodeId) ?? 0) + s.size);
(function walk(node) {
  const self = sizeOf.get(node.id) ?? 0;
  if (self > 0) {
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'}${f.url.endsWith('engine.js') ? '' : ` ${f.url.split('/').pop()}`}`;
    byFn.set(name, (byFn.get(name) ?? 0) + self);
    const site = `${name} :${f.lineNumber + 1}`;
    bySite.set(site, (bySite.get(site) ?? 0) + self);
    total += self;
  }
  for (const c of node.children) walk(c);
})(profile.head);
const kb = (b) => (b / 1024 / runs).toFixed(1);
process.stdout.write(`${runs} runs; sampled ${kb(total)} KB a run\nby function (KB a run):\n`);
for (const [name, b] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`  ${kb(b).padStart(7)}  ${name}\n`);
if (args.includes('--sites')) {
  const lines = readFileSync(out, 'utf8').split('\n');
  process.stdout.write('by site (KB a run):\n');
  for (const [site, b] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    const line = Number(site.slice(site.lastIndexOf(':') + 1));
    process.stdout.write(`  ${kb(b).padStart(7)}  ${site}  ${(lines[line - 1] ?? '').trim().slice(0, 110)}\n`);
  }
}
