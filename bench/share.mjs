// The plan-analysis share exactly as `npm run bench` reports it, without the
// rest of the bench: (median check ÷ median check with plan analysis off) − 1
// on the bench's generated 1,500-word plan. The checks alternate run by run,
// so load on the machine falls on both alike; each figure is given from wall
// time, from the process's CPU time, and as the median of each pair's own
// ratio (wall time).
//
//   node bench/share.mjs [--runs N] [--rounds R] [--words W] [--seed S] [--split]
//                        [--against GIT-REV]... [--engine bundle.js]...
//   node bench/share.mjs --instructions [--n N] [--warm W] [--tasks on,off,plan] [--against GIT-REV]... [--engine bundle.js]...
//
// --instructions counts instructions under valgrind's callgrind instead of
// timing (slow: four processes an engine), for a figure load cannot move; it
// says nothing of cache misses, so confirm a change with the timed runs too.
//
// The engine is bundled from src/ as the build does (run `npm run rules`
// first). --against REV also bundles src/ as it was at that revision (with
// today's generated rules) and --engine adds a built bundle that exports
// `check`; all of them then run in turn in this one process, so a before and
// after see the same load and their shares can be compared.
//
// --split also times plan analysis alone, and the check without plan analysis
// followed by plan analysis alone: the difference between that and the whole
// check is what running inside the check adds (building actions and messages,
// cold caches, garbage collection while the syntax tree is alive).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEngine, enginesFor } from './bundle-options.mjs';
import { callgrindCounts } from './cold.mjs';
import { plan } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const all = (name) => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]] : []));
const RUNS = Number(opt('--runs', 200));
const ROUNDS = Number(opt('--rounds', 3));
const WORDS = Number(opt('--words', 1500));
const SPLIT = args.includes('--split');

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'clearplan-share-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const engines = await enginesFor(all('--against'), root, dir);
for (const file of all('--engine')) engines.push({ name: file, file });
engines.push({ name: 'src/ now', file: await bundleEngine(root, join(dir, 'now.js')) });

// The bench's text for its 1,500-word size (bench/run.mjs seeds with 20260312 + words).
const text = plan(WORDS, Number(opt('--seed', 20260312 + WORDS)));
const off = { categories: { plan: false } };
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const cpu = (u) => (u.user + u.system) / 1000;

if (args.includes('--instructions')) {
  // Instruction counts under callgrind, the figure a busy machine does not
  // move: a process warms the engine up (W checks with and W without plan
  // analysis, W plan analyses alone), then runs N more of one task; the
  // same process with none after the warm-up is taken away, so what is left
  // is N steady-state runs, garbage collection included. Node runs with
  // --single-threaded, so no background thread adds a varying count.
  const N = Number(opt('--n', 10));
  const WARM = Number(opt('--warm', 20));
  // --tasks plan (or on,off): count only those (with the empty task they are measured from)
  const TASKS = ['none', ...opt('--tasks', 'on,off,plan').split(',')];
  const script = (file) => `
const { check, analysePlan, RULES } = await import(${JSON.stringify(pathToFileURL(file).href)});
const text = process.env.TEXT;
const off = { categories: { plan: false } };
for (let i = 0; i < ${WARM}; i++) { check(text); check(text, off); analysePlan(text, RULES.lexicons); }
const task = process.env.TASK;
const run = task === 'on' ? () => check(text) : task === 'off' ? () => check(text, off) : task === 'plan' ? () => analysePlan(text, RULES.lexicons) : () => {};
for (let i = 0; i < ${N}; i++) run();`;
  for (const e of engines) {
    const counts = {};
    for (const task of TASKS) {
      const out = join(dir, `cg-${task}.out`);
      execFileSync('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--input-type=module', '-e', script(e.file)], {
        env: { ...process.env, TASK: task, TEXT: text },
        stdio: 'ignore',
      });
      counts[task] = callgrindCounts(out).all;
    }
    const per = (task) => (counts[task] - counts.none) / N / 1e6;
    const parts = [];
    if ('on' in counts) parts.push(`on ${per('on').toFixed(2)}`);
    if ('off' in counts) parts.push(`off ${per('off').toFixed(2)}`);
    if ('plan' in counts) parts.push(`analysePlan alone ${per('plan').toFixed(2)}`);
    const share = 'on' in counts && 'off' in counts ? `; share ${(per('on') / per('off') - 1).toFixed(3)}` : '';
    process.stdout.write(`${e.name}: millions of instructions a run: ${parts.join(', ')}${share}\n`);
  }
  process.exit(0);
}

const tasks = [];
for (const e of engines) {
  const { check, analysePlan, RULES } = await import(pathToFileURL(e.file).href);
  const report = check(text);
  process.stdout.write(
    `${e.name}: ${WORDS}-word plan, ${report.summary.actions.total} actions, ${report.summary.counts.plan} plan messages of ${report.messages.length}\n`,
  );
  tasks.push({ engine: e.name, name: 'on', run: () => check(text) });
  tasks.push({ engine: e.name, name: 'off', run: () => check(text, off) });
  if (SPLIT && analysePlan) {
    tasks.push({
      engine: e.name,
      name: 'off, then analysePlan',
      run: () => {
        check(text, off);
        analysePlan(text, RULES.lexicons);
      },
    });
    tasks.push({ engine: e.name, name: 'analysePlan alone', run: () => analysePlan(text, RULES.lexicons) });
  }
}
for (let i = 0; i < 60; i++) for (const t of tasks) t.run();

const fmt = (n) => n.toFixed(3);
for (const t of tasks) {
  t.allWall = [];
  t.allCpu = [];
}
/** One line per engine: the bench's share from the medians of `wall` and `cpu` of each task. */
function summary(label, wall, time) {
  process.stdout.write(`${label}\n`);
  for (const e of engines) {
    const mine = tasks.filter((t) => t.engine === e.name);
    const [on, no] = mine;
    const share = (k) => fmt(median(k(on)) / median(k(no)) - 1);
    const pairs = wall(on).map((w, i) => w / wall(no)[i]);
    let line = `  ${e.name}: share CPU ${share(time)}, wall ${share(wall)}, paired ${fmt(median(pairs) - 1)} | ms CPU/wall`;
    for (const t of mine) line += `, ${t.name} ${fmt(median(time(t)))}/${fmt(median(wall(t)))}`;
    process.stdout.write(`${line}\n`);
  }
}
for (let round = 0; round < ROUNDS; round++) {
  for (const t of tasks) {
    t.wall = [];
    t.cpu = [];
  }
  for (let i = 0; i < RUNS; i++) {
    // rotate the order, so no task always follows the same one's garbage
    for (let k = 0; k < tasks.length; k++) {
      const t = tasks[(i + k) % tasks.length];
      const u = process.cpuUsage();
      const s = performance.now();
      t.run();
      t.wall.push(performance.now() - s);
      t.cpu.push(cpu(process.cpuUsage(u)));
    }
  }
  for (const t of tasks) {
    t.allWall.push(...t.wall);
    t.allCpu.push(...t.cpu);
  }
  summary(
    `round ${round + 1}`,
    (t) => t.wall,
    (t) => t.cpu,
  );
}
if (ROUNDS > 1)
  summary(
    `all ${ROUNDS} rounds`,
    (t) => t.allWall,
    (t) => t.allCpu,
  );
