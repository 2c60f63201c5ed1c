// Bytes allocated a run: a whole check, a check with plan analysis off, and
// analysePlan alone, on the bench's 1,500-word plan (and with --real on every
// real-looking plan of the repository, as plan-prof.mjs reads them). The
// difference of the first two is what plan analysis allocates inside the
// check; allocation is what sets how often the young generation is
// scavenged, which time measurements show only through noise.
//
//   node bench/alloc.mjs [--n N] [--words W] [--real] [--against GIT-REV]...
//
// It re-runs itself with a young generation big enough that N runs never
// trigger a garbage collection (and with --expose-gc to start each count from
// a clean heap), so the growth of the heap over N runs, divided by N, is
// what one run allocates. Load on the machine cannot move this figure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { bundleEngine, enginesFor } from './bundle-options.mjs';
import { plan } from './corpus.mjs';

const args = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') {
  // young generation: two semi-spaces of 256 MB; no scavenge within a count
  execFileSync(process.execPath, ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(0);
}
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const all = (name) => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]] : []));
const N = Number(opt('--n', 20));
const WORDS = Number(opt('--words', 1500));
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'clearplan-alloc-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const engines = await enginesFor(all('--against'), root, dir);
engines.push({ name: 'src/ now', file: await bundleEngine(root, join(dir, 'now.js')) });

const texts = [plan(WORDS, Number(opt('--seed', 20260312 + WORDS)))];
if (args.includes('--real')) {
  const fx = join(root, 'test', 'fixtures');
  const dirs = [join(root, '..', 'shared', 'dev-plans'), join(fx, 'plans'), ...readdirSync(fx).filter((d) => d.startsWith('heldout')).map((d) => join(fx, d))];
  for (const d of dirs) if (existsSync(d)) for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
}
const off = { categories: { plan: false } };

/** Collections seen by the observer since the count began: a count with one is thrown away. */
let collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => e.startTime))).observe({ entryTypes: ['gc'] });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Bytes one call of `run` allocates: the median of `counts` counts of `n` calls with no collection inside. */
async function bytes(run, n, counts) {
  const got = [];
  for (let tries = 0; got.length < counts && tries < counts * 3; tries++) {
    globalThis.gc();
    await tick();
    const begin = performance.now();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) run();
    const after = process.memoryUsage().heapUsed;
    await tick();
    if (collections.some((t) => t >= begin)) continue;
    collections = [];
    got.push((after - before) / n);
  }
  if (got.length === 0) throw new Error('a collection fell inside every count: lower --n');
  return got.sort((a, b) => a - b)[got.length >> 1];
}
const kb = (b) => (b / 1024).toFixed(1);

for (const e of engines) {
  const { check, analysePlan, RULES } = await import(pathToFileURL(e.file).href);
  const tasks = {
    check: (t) => check(t),
    'plan off': (t) => check(t, off),
    'analysePlan alone': (t) => analysePlan(t, RULES.lexicons),
  };
  for (let i = 0; i < 20; i++) for (const f of Object.values(tasks)) f(texts[0]);
  const bench = {};
  for (const [name, f] of Object.entries(tasks)) bench[name] = await bytes(() => f(texts[0]), N, 5);
  process.stdout.write(
    `${e.name}, bench plan: KB a run: check ${kb(bench.check)}, plan off ${kb(bench['plan off'])}, difference ${kb(bench.check - bench['plan off'])}; analysePlan alone ${kb(bench['analysePlan alone'])}\n`,
  );
  if (texts.length > 1) {
    // each real plan counted on its own (all of them together would fill the young generation), summed
    const sum = { check: 0, 'plan off': 0, 'analysePlan alone': 0 };
    for (const t of texts.slice(1)) {
      for (const f of Object.values(tasks)) {
        f(t);
        f(t);
      }
      for (const [name, f] of Object.entries(tasks)) sum[name] += await bytes(() => f(t), 4, 1);
    }
    const m = texts.length - 1;
    process.stdout.write(
      `${e.name}, ${m} real plans: KB a plan on average: check ${kb(sum.check / m)}, plan off ${kb(sum['plan off'] / m)}, difference ${kb((sum.check - sum['plan off']) / m)}; analysePlan alone ${kb(sum['analysePlan alone'] / m)}\n`,
    );
  }
}
