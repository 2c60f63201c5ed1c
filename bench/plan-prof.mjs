// Plan analysis alone, for `node --cpu-prof` and for quick before/after
// figures: bundles src/ (not minified, so profiles keep function names) and
// runs analysePlan over the bench's 1,500-word plan and the repository's
// real-looking plans (dev plans, test/fixtures/plans and the held-out sets).
// With --against REV it also bundles src/ as it was at that revision (with
// today's generated rules) and alternates the two pass by pass, so load on
// the machine falls on both alike; it prints each one's median CPU time a
// pass and the median of the paired ratios.
//
// With --after-check each text's analysis is timed straight after a check of
// the same text with plan analysis off (not timed), so it meets the caches
// and heap as the check leaves them, as it does inside a whole check: the
// time then includes the cache misses that running after the parser costs.
//
//   node [--cpu-prof] bench/plan-prof.mjs [--seconds S] [--only bench|real] [--against REV] [--after-check]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
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
const SECONDS = Number(opt('--seconds', 10));
const ONLY = opt('--only', 'all');
const AGAINST = opt('--against', null);
const AFTER_CHECK = args.includes('--after-check');
const off = { categories: { plan: false } };
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'clearplan-prof-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const { build } = await import('esbuild');

async function load(from, name) {
  const out = join(dir, `${name}.js`);
  await build({
    stdin: { contents: "export { RULES, check } from './src/engine/index.ts'; export { analysePlan } from './src/engine/plan/index.ts';", resolveDir: from, loader: 'ts' },
    ...ENGINE_BUNDLE,
    outfile: out,
    logLevel: 'error',
  });
  return { name, ...(await import(pathToFileURL(out).href)) };
}

const engines = [];
if (AGAINST) {
  const tree = join(dir, 'rev');
  mkdirSync(tree);
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(AGAINST)} src tsconfig.json | tar -x -C ${JSON.stringify(tree)}`], { cwd: root });
  copyFileSync(join(root, 'src/engine/rules.generated.ts'), join(tree, 'src/engine/rules.generated.ts'));
  copyFileSync(join(root, 'src/engine/familiar-words.generated.ts'), join(tree, 'src/engine/familiar-words.generated.ts'));
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  engines.push(await load(tree, AGAINST));
}
engines.push(await load(root, 'src now'));

const texts = [];
if (ONLY !== 'real') texts.push(plan(1500, 20261500));
if (ONLY !== 'bench') {
  const fx = join(root, 'test', 'fixtures');
  const dirs = [join(root, '..', 'shared', 'dev-plans'), join(fx, 'plans'), ...readdirSync(fx).filter((d) => d.startsWith('heldout')).map((d) => join(fx, d))];
  for (const d of dirs) if (existsSync(d)) for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
}
// the engines must agree before their times mean anything
for (const t of texts) {
  const [a, b] = engines.map((e) => JSON.stringify(e.analysePlan(t, e.RULES.lexicons)));
  if (b !== undefined && a !== b) throw new Error('the two engines give different results');
}
for (let i = 0; i < 30; i++) for (const e of engines) for (const t of texts) e.analysePlan(t, e.RULES.lexicons);
for (const e of engines) e.times = [];
const ratios = [];
const end = performance.now() + SECONDS * 1000;
for (let i = 0; performance.now() < end; i++) {
  for (let k = 0; k < engines.length; k++) {
    const e = engines[(i + k) % engines.length];
    if (AFTER_CHECK) {
      let sum = 0;
      for (const t of texts) {
        e.check(t, off);
        const u = process.cpuUsage();
        e.analysePlan(t, e.RULES.lexicons);
        const c = process.cpuUsage(u);
        sum += c.user + c.system;
      }
      e.times.push(sum / 1000);
    } else {
      const u = process.cpuUsage();
      for (const t of texts) e.analysePlan(t, e.RULES.lexicons);
      const c = process.cpuUsage(u);
      e.times.push((c.user + c.system) / 1000);
    }
  }
  if (engines.length === 2) ratios.push(engines[1].times.at(-1) / engines[0].times.at(-1));
}
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
for (const e of engines) process.stdout.write(`${e.name}: ${texts.length} texts, ${e.times.length} passes, CPU ms a pass: median ${median(e.times).toFixed(3)}\n`);
if (ratios.length) process.stdout.write(`paired ratio (now ÷ ${AGAINST}): median ${median(ratios).toFixed(3)}\n`);
