#!/usr/bin/env node
// Batch throughput of `clearplan check`: generates N reproducible plans of
// about 1,500 words into a temporary folder, then times the built CLI over
// them with one thread (--jobs 1) and with all cores, and reports plans/s,
// words/s, total seconds and peak memory (max RSS of the whole process,
// worker threads included). Run `npm run build` first.
//
//   node scripts/bench-batch.mjs [--plans 1000] [--words 1500] [--formats csv,jsonl,html] [--jobs 1,all] [--cli dist/cli/index.js] [--keep] [--json]
//
// Also reports each thread's peak V8 heap (used/size, MB) for the main thread
// and the largest worker, from a probe preloaded into every thread.
//
// The plans are invented text made from a fixed list of sentences and a
// seeded random generator, so every run checks the same plans.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const PLANS = Number(opt('plans', '1000'));
const WORDS = Number(opt('words', '1500'));
const FORMATS = opt('formats', 'csv').split(',');
const JOBS = opt('jobs', '1,all').split(',');
const KEEP = args.includes('--keep');
// --json: one JSON object per case on stdout instead of the table.
const JSON_OUT = args.includes('--json');
// --repeat N: time each case N times (the machine may be shared: compare medians, not one run).
const REPEAT = Math.max(1, Number(opt('repeat', '1')));
// --cli: another build of dist/cli/index.js to time (default: this repository's bin).
const binUrl = opt('cli', undefined) ? new URL(`file://${opt('cli', '')}`) : new URL('../bin/clearplan.js', import.meta.url);
const bin = fileURLToPath(binUrl);

// mulberry32: small, fast, reproducible.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = ['Mum', 'Dad', 'Sarah', 'Tom', 'Grandma Pat', 'the social worker', 'the health visitor', 'the school nurse', 'Priya Shah (SW)', 'the GP', 'Core group members'];
const children = ['Amy', 'Leo', 'Jayden', 'Ruby', 'Kai', 'Mia'];
const when = ['by 3rd March 2026', 'every Monday at 11am', 'within 15 working days of conference', 'ongoing', 'asap', 'TBC', 'by the review conference', 'fortnightly', 'before 36 weeks', 'by Friday 27th March'];
const plain = [
  '{c} needs to be safe at home and to go to school every day.',
  'We are worried because {c} has missed a lot of school this term.',
  '{p} will make sure there is food in the house every day.',
  'The house must be clean and safe, with no rubbish on the stairs.',
  'We will talk to {c} on their own at every visit to hear what they think.',
  '{p} said things have been hard since the baby was born.',
  'If things do not get better, we may need to think about going to court.',
  'Everyone agreed that {c} is happy at school and has good friends.',
];
const jargon = [
  'The LA will continue to monitor via the core group and the CP plan will be reviewed at the RCPC.',
  'Professionals to ensure that a robust safety plan is implemented in a timely manner.',
  '{p} to engage with CAMHS and the DA service, with progress evidenced at core group.',
  'Concerns remain regarding the cumulative impact of neglect and the PLO process may be initiated.',
  'An s47 enquiry was undertaken and the threshold for significant harm was met.',
  'The ICPC agreed that the plan should be stepped down to CIN if sufficient progress is evidenced.',
];
const actions = [
  '{p} to take {c} to the dentist {w}.',
  '{p} will visit the family {w} to check that {c} is safe.',
  'Attend all appointments with the health visitor {w}.',
  '{p} to complete the Freedom Programme {w}.',
  'Make sure {c} is in bed by 8pm on school nights.',
  '{p} to ring school {w} if {c} is not well enough to go in.',
];

function plan(seed) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const fill = (s) => s.replaceAll('{p}', pick(people)).replaceAll('{c}', pick(children)).replaceAll('{w}', pick(when));
  const lines = [`Child protection plan ${seed}`, '', 'What we are worried about', ''];
  let words = 0;
  let n = 1;
  while (words < WORDS) {
    const roll = r();
    let line;
    if (roll < 0.45) line = fill(pick(plain));
    else if (roll < 0.7) line = fill(pick(jargon));
    else line = `${n++}. ${fill(pick(actions))}`;
    if (r() < 0.05) lines.push('', 'What needs to happen', '');
    lines.push(line);
    words += line.split(/\s+/).length;
  }
  return { text: `${lines.join('\n')}\n`, words };
}

function generate(dir) {
  let words = 0;
  for (let i = 0; i < PLANS; i++) {
    const team = `team-${String.fromCharCode(97 + (i % 6))}`;
    if (i < 6) mkdirSync(join(dir, team), { recursive: true });
    const p = plan(i + 1);
    words += p.words;
    writeFileSync(join(dir, team, `plan-${String(i + 1).padStart(5, '0')}.txt`), p.text);
  }
  return words;
}

// Preloaded into the CLI's process and, through execArgv, into each worker
// thread: samples this thread's V8 heap (process.memoryUsage: RSS is the
// whole process's, the heap numbers are this thread's) and reports the peaks
// on stderr, from workers every half second (a terminated worker gets no
// 'exit'), from the main thread at exit. Numbers only, never plan text.
const PROBE = `
const { writeSync } = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');
let used = 0, total = 0;
const sample = () => { const m = process.memoryUsage(); used = Math.max(used, m.heapUsed); total = Math.max(total, m.heapTotal); };
const report = () => { sample(); writeSync(2, '\\nBENCH_HEAP ' + (isMainThread ? 'main' : 'w' + threadId) + ' ' + used + ' ' + total + '\\n'); };
setInterval(sample, 20).unref();
if (isMainThread) process.on('exit', report); else setInterval(report, 500).unref();
`;

// Runs the CLI in a child whose exit hook reports its peak RSS on stderr.
function time(cliArgs) {
  const hook =
    `import { writeSync } from 'node:fs';` +
    `process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\nBENCH_MAXRSS_KB ' + u.maxRSS + ' BENCH_CPU_US ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });` +
    `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(cliArgs)}];` +
    `await import(${JSON.stringify(binUrl.href)});`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const script = join(dir, 'run-clearplan.mjs');
    writeFileSync(script, hook);
    const probe = join(dir, 'heap-probe.cjs');
    writeFileSync(probe, PROBE);
    const child = spawn(process.execPath, ['--require', probe, script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const rss = Number(/BENCH_MAXRSS_KB (\d+)/.exec(err)?.[1] ?? NaN);
      const cpu = Number(/BENCH_CPU_US (\d+)/.exec(err)?.[1] ?? NaN) / 1e6;
      // Last report of each thread: its peak heap used and heap size.
      const heaps = new Map();
      for (const line of err.split('\n')) {
        const [tag, thread, used, total] = line.trim().split(' ');
        if (tag === 'BENCH_HEAP' && thread) heaps.set(thread, { used: Number(used) / 1048576, total: Number(total) / 1048576 });
      }
      const main = heaps.get('main') ?? { used: NaN, total: NaN };
      const workers = [...heaps].filter(([k]) => k !== 'main').map(([, v]) => v);
      // The largest worker (they are alike); none with --jobs 1.
      const worker = workers.length === 0 ? { used: NaN, total: NaN } : { used: Math.max(...workers.map((w) => w.used)), total: Math.max(...workers.map((w) => w.total)) };
      if (code !== 0) reject(new Error(`clearplan exited ${code}: ${err.slice(0, 500)}`));
      else resolve({ seconds, cpu, rssMb: rss / 1024, main, worker });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'clearplan-bench-'));
try {
  const t0 = performance.now();
  const words = generate(dir);
  (JSON_OUT ? console.error : console.log)(`Generated ${PLANS.toLocaleString('en-GB')} plans, ${words.toLocaleString('en-GB')} words (${Math.round(words / PLANS)} a plan) in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${availableParallelism()} cores`);
  // CPU s: user + system time of the whole process (all threads): the work done, which a busy machine changes less than the wall time.
  if (!JSON_OUT)
    console.log('format  jobs   plans/s   words/s     total s     CPU s   peak RSS MB   main heap MB   worker heap MB   output MB');
  for (let round = 0; round < REPEAT; round++) {
    for (const format of FORMATS) {
      for (const jobs of JOBS) {
        const out = join(dir, `out.${format}`);
        // --jobs all: no flag, to time the default.
        const cliArgs = ['check', join(dir, 'team-*', '*.txt'), '--format', format, '--out', out, '--quiet', ...(jobs === 'all' ? [] : ['--jobs', jobs])];
        const r = await time(cliArgs);
        const size = statSync(out).size / 1024 / 1024;
        const threads = jobs === 'all' ? availableParallelism() : Number(jobs);
        // Heap: peak used / peak size of the thread's V8 heap (for workers, the largest worker's).
        const heap = (h) => `${h.used.toFixed(0)}/${h.total.toFixed(0)}`;
        if (JSON_OUT)
          console.log(
            JSON.stringify({
              format,
              jobs: threads,
              plans: PLANS,
              words,
              plansPerSecond: Math.round(PLANS / r.seconds),
              seconds: Number(r.seconds.toFixed(2)),
              cpuSeconds: Number(r.cpu.toFixed(2)),
              peakRssMb: Math.round(r.rssMb),
              mainHeapMb: { peakUsed: Math.round(r.main.used), peakSize: Math.round(r.main.total) },
              workerHeapMb: Number.isNaN(r.worker.used) ? null : { peakUsed: Math.round(r.worker.used), peakSize: Math.round(r.worker.total) },
              outputMb: Number(size.toFixed(1)),
            }),
          );
        else
          console.log(
            `${format.padEnd(7)} ${String(threads).padStart(4)} ${(PLANS / r.seconds).toFixed(0).padStart(9)} ${Math.round(words / r.seconds).toLocaleString('en-GB').padStart(9)} ${r.seconds.toFixed(1).padStart(11)} ${r.cpu.toFixed(1).padStart(9)} ${r.rssMb.toFixed(0).padStart(13)} ${heap(r.main).padStart(14)} ${(Number.isNaN(r.worker.used) ? '-' : heap(r.worker)).padStart(16)} ${size.toFixed(1).padStart(11)}`,
          );
        rmSync(out, { force: true });
      }
    }
  }
} finally {
  if (KEEP) console.log(`Plans kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
