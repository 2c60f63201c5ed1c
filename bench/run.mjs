#!/usr/bin/env node
// `npm run bench`: one run, ratios first (the machine is noisy, ratios are
// not). Compares clearplan with the bare retext-english parse, the
// off-the-shelf pipeline (retext-english + readability + simplify + passive),
// alex and write-good on reproducible generated plans of 300, 1,500, 10,000
// and 100,000 words; then cold start, the 64 MB heap run, batch throughput
// and the Worker bundle size. Writes bench/results.json. Run after
// `npm run build` (the npm script does it).
//
//   node bench/run.mjs [--quick] [--no-batch] [--plans N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import retextPassive from 'retext-passive';
import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { cold } from './cold.mjs';
import { countWords, plan } from './corpus.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const BATCH = !args.includes('--no-batch');
const planArg = args.indexOf('--plans');
const BATCH_PLANS = planArg >= 0 ? Number(args[planArg + 1]) : QUICK ? 1000 : 10000;
const root = fileURLToPath(new URL('..', import.meta.url));
const engineUrl = new URL('../dist/engine/index.js', import.meta.url);
if (!existsSync(engineUrl)) {
  process.stderr.write('bench: run `npm run build` first\n');
  process.exit(2);
}
const { check } = await import(engineUrl.href);

const SIZES = [300, 1500, 10000, 100000];
const RUNS = QUICK ? { 300: 60, 1500: 30, 10000: 6, 100000: 2 } : { 300: 300, 1500: 120, 10000: 20, 100000: 4 };
const texts = Object.fromEntries(SIZES.map((w) => [w, plan(w, 20260312 + w)]));

const parser = unified().use(retextEnglish).freeze();
const offShelf = unified().use(retextEnglish).use(retextReadability).use(retextSimplify).use(retextPassive).freeze();
const TOOLS = {
  clearplan: (t) => check(t),
  'clearplan, no plan analysis': (t) => check(t, { categories: { plan: false } }),
  'bare parse (retext-english)': (t) => parser.parse(t),
  'off the shelf (english+readability+simplify+passive)': (t) => {
    const tree = offShelf.parse(t);
    offShelf.runSync(tree, t);
  },
  alex: (t) => alexText(t),
  'write-good': (t) => writeGood(t),
};

function measure(fn, text, runs) {
  const warm = Math.max(2, Math.ceil(runs / 5));
  for (let i = 0; i < warm; i++) fn(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const results = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, sizes: {} };
const fmt = (n, d = 2) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));

process.stdout.write(`clearplan benchmark${QUICK ? ' (quick)' : ''}: node ${process.version}\n\n`);
for (const size of SIZES) {
  const text = texts[size];
  const words = countWords(text);
  results.sizes[size] = { words, tools: {} };
  for (const [name, fn] of Object.entries(TOOLS)) {
    const runs = name === 'alex' || name.startsWith('off') ? Math.max(2, Math.ceil(RUNS[size] / 3)) : RUNS[size];
    const m = measure(fn, text, runs);
    results.sizes[size].tools[name] = { ...m, wordsPerSecond: (words / m.median) * 1000 };
  }
}

// Table: median and p95 ms per document, and words per second.
const names = Object.keys(TOOLS);
let table = '| tool | ' + SIZES.map((s) => `${s} words: median / p95 ms`).join(' | ') + ' | words/s at 1,500 |\n';
table += '|---|' + SIZES.map(() => '---:').join('|') + '|---:|\n';
for (const name of names) {
  table +=
    `| ${name} | ` +
    SIZES.map((s) => {
      const r = results.sizes[s].tools[name];
      return `${fmt(r.median)} / ${fmt(r.p95)}`;
    }).join(' | ') +
    ` | ${Math.round(results.sizes[1500].tools[name].wordsPerSecond).toLocaleString('en-GB')} |\n`;
}

const t1500 = results.sizes[1500].tools;
const ratios = {
  'clearplan ÷ bare parse, 1,500 words (target ≤ 4)': t1500.clearplan.median / t1500['bare parse (retext-english)'].median,
  'off the shelf ÷ clearplan, 1,500 words (target ≥ 6)':
    t1500['off the shelf (english+readability+simplify+passive)'].median / t1500.clearplan.median,
  'alex ÷ clearplan, 1,500 words': t1500.alex.median / t1500.clearplan.median,
  'plan analysis share of the check, 1,500 words (target ≤ 0.20)':
    t1500.clearplan.median / t1500['clearplan, no plan analysis'].median - 1,
};
// The generated plan above is action-dense (about one action per 20 words);
// real plans have about one per 50-70. So the share is also measured on the
// real-looking plans in the repository (dev plans and the held-out sets):
// each round checks every plan with and without plan analysis, alternating,
// and the share is the median over rounds of (sum with ÷ sum without) − 1.
{
  const dirs = [join(root, '..', 'shared', 'dev-plans'), join(root, 'test', 'fixtures', 'plans')];
  const fx = join(root, 'test', 'fixtures');
  if (existsSync(fx)) for (const d of readdirSync(fx)) if (d.startsWith('heldout')) dirs.push(join(fx, d));
  const plans = dirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  if (plans.length > 0) {
    const off = { categories: { plan: false } };
    for (const t of plans) {
      for (let i = 0; i < 3; i++) {
        check(t);
        check(t, off);
      }
    }
    const shares = [];
    for (let round = 0; round < (QUICK ? 5 : 15); round++) {
      let on = 0;
      let without = 0;
      for (const t of plans) {
        let s = performance.now();
        check(t);
        on += performance.now() - s;
        s = performance.now();
        check(t, off);
        without += performance.now() - s;
      }
      shares.push(on / without - 1);
    }
    shares.sort((a, b) => a - b);
    results.realPlanShare = { plans: plans.length, share: shares[shares.length >> 1] };
    ratios[`plan analysis share of the check, ${plans.length} real-looking plans (target ≤ 0.20)`] = results.realPlanShare.share;
  }
}
const perWord = SIZES.map((s) => results.sizes[s].tools.clearplan.median / results.sizes[s].words);
ratios['per-word cost, largest ÷ smallest over 300–100,000 words (flat ≈ 1)'] = Math.max(...perWord) / Math.min(...perWord);

// Cold start: fresh processes import the engine and check a 1,500-word plan;
// beside them, the floor: a bundle of just unified + retext-english importing
// and parsing the same plan (bench/cold.mjs).
results.cold = await cold({ engineUrl: engineUrl.href, text: texts[1500], runs: 15 });
ratios['first check in a fresh process incl. import, ms (target ≤ 10)'] = results.cold.engine.totalMs;
ratios['engine import, ms (target ≤ 10)'] = results.cold.engine.importMs;
ratios['bare parse in a fresh process incl. import, ms (the floor)'] = results.cold.bare.totalMs;
ratios['first check ÷ bare first parse, fresh process'] = results.cold.firstOverBareFirst;
ratios['first check incl. import ÷ bare parse incl. import, fresh process'] = results.cold.totalOverBareTotal;

// 100,000 words in a 64 MB heap.
const dir = mkdtempSync(join(tmpdir(), 'clearplan-bench-'));
try {
  const big = join(dir, 'plan-100000.txt');
  writeFileSync(big, texts[100000]);
  const heapScript = `
const { check } = await import(${JSON.stringify(engineUrl.href)});
const { readFileSync } = await import('node:fs');
const r = check(readFileSync(${JSON.stringify(big)}, 'utf8'));
process.stdout.write(JSON.stringify({ words: r.summary.words, heapMB: process.memoryUsage().heapUsed / 1048576, rssMB: process.resourceUsage().maxRSS / 1024 }));`;
  const run = spawnSync(process.execPath, ['--max-old-space-size=64', '--input-type=module', '-e', heapScript], { encoding: 'utf8' });
  results.heap64 = run.status === 0 ? { ok: true, ...JSON.parse(run.stdout) } : { ok: false, error: run.stderr.split('\n').slice(0, 3).join(' ') };
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Batch throughput through the CLI.
if (BATCH && existsSync(join(root, 'scripts', 'bench-batch.mjs'))) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'bench-batch.mjs'), '--plans', String(BATCH_PLANS), '--jobs', 'all', '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  results.batch = { status: run.status, output: run.stdout.trim().split('\n').slice(-12).join('\n'), stderr: run.stderr.trim().split('\n').slice(-3).join('\n') };
}

// Worker bundle size (gzip), as wrangler would upload it.
if (existsSync(join(root, 'wrangler.toml'))) {
  const out = mkdtempSync(join(tmpdir(), 'clearplan-bundle-'));
  try {
    const r = spawnSync(join(root, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    });
    const files = r.status === 0 ? readdirSync(out).filter((f) => /\.m?js$/.test(f)) : [];
    const raw = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
    results.workerBundle = r.status === 0 ? { rawKB: raw / 1024, gzipKB: gz / 1024 } : { error: r.stderr.split('\n').slice(0, 3).join(' ') };
    if (r.status === 0) ratios['Worker bundle, KB gzip (target ≤ 150)'] = gz / 1024;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
results.ratios = ratios;

process.stdout.write('## Ratios and targets\n\n| measure | value |\n|---|---:|\n');
for (const [k, v] of Object.entries(ratios)) process.stdout.write(`| ${k} | ${fmt(v)} |\n`);
process.stdout.write(`\n## Time per document\n\n${table}\n`);
{
  const c = results.cold;
  process.stdout.write(
    `## Cold start (medians of ${c.engine.runs} fresh processes each)\n\n` +
      '| fresh process, 1,500-word plan | import ms | first check / parse ms | together ms |\n|---|---:|---:|---:|\n' +
      `| clearplan | ${fmt(c.engine.importMs)} | ${fmt(c.engine.firstMs)} | ${fmt(c.engine.totalMs)} |\n` +
      `| bare parse (unified + retext-english bundle) | ${fmt(c.bare.importMs)} | ${fmt(c.bare.firstMs)} | ${fmt(c.bare.totalMs)} |\n` +
      `| clearplan ÷ bare parse | ${fmt(c.engine.importMs / c.bare.importMs)} | ${fmt(c.firstOverBareFirst)} | ${fmt(c.totalOverBareTotal)} |\n\n`,
  );
}
process.stdout.write(`## 100,000 words with --max-old-space-size=64\n\n${JSON.stringify(results.heap64)}\n\n`);
if (results.batch) process.stdout.write(`## Batch: ${BATCH_PLANS} plans through \`clearplan check\`\n\n${results.batch.output}\n${results.batch.stderr}\n\n`);
if (results.workerBundle) process.stdout.write(`## Worker bundle\n\n${JSON.stringify(results.workerBundle)}\n`);
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
