// Measures the engine inside workerd: starts the Worker with wrangler's
// unstable_startWorker (the same bundle `wrangler dev` serves), sends plans
// of 1,500, 10,000 and more words to POST /api/v1/check, and prints the
// median server time per request and the workerd process memory.
// Run: `npm run build && node test/worker/measure.mjs` (the Worker needs the generated rules and
// OpenAPI modules). Not part of `npm test`.
/* global fetch */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { unstable_startWorker } from 'wrangler';

process.env.WRANGLER_SEND_METRICS = 'false';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';

const dir = process.env.CLEARPLAN_PLANS ?? '../shared/dev-plans';
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
  .join('\n\n');

/** The first n words of the development plans, repeated as needed, keeping line breaks. */
function plan(n) {
  const tokens = corpus.split(/(?<=\s)(?=\S)/);
  const out = [];
  let words = 0;
  while (words < n) for (const t of tokens) {
    if (words >= n) break;
    out.push(t);
    words++;
  }
  return out.join('');
}

function workerdPids() {
  try {
    // Only the workerd processes this script started (children of this process tree).
    const all = execFileSync('pgrep', ['-f', 'workerd serve'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    return all.filter((pid) => isDescendant(Number(pid)));
  } catch {
    return [];
  }
}
function isDescendant(pid) {
  for (let p = pid; p > 1; ) {
    if (p === process.pid) return true;
    const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    p = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  }
  return false;
}
function workerdRss() {
  return workerdPids().map((pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
}
/** User + system CPU seconds used so far by the workerd processes. */
function workerdCpu() {
  const hz = 100;
  return workerdPids().reduce((sum, pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return sum + (Number(f[11]) + Number(f[12])) / hz;
  }, 0);
}

// Static files of its own, so a concurrent `npm run build` (which empties dist/) cannot pull them away.
execFileSync(process.execPath, ['scripts/build-web.mjs', '--out', 'test-results/measure-web'], { stdio: 'ignore' });
const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  assets: 'test-results/measure-web',
  dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'none' },
});
await worker.ready;
const base = await worker.url;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`workerd RSS at start: ${workerdRss().map((m) => m.toFixed(0)).join(', ')} MiB`);
for (const words of [1500, 10000, 33000]) {
  const text = plan(words);
  const body = JSON.stringify({ text });
  const times = [];
  const reps = words > 20000 ? 10 : words > 5000 ? 20 : 60;
  let cpu0 = 0;
  let size = 0;
  for (let i = 0; i < reps + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(new URL('/api/v1/check', base), { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    const out = await res.text();
    const dt = performance.now() - t0;
    if (res.status !== 200) throw new Error(`status ${res.status}: ${out.slice(0, 200)}`);
    size = out.length;
    if (i >= 2) times.push(dt);
    if (i === 1) cpu0 = workerdCpu();
  }
  const cpuMs = ((workerdCpu() - cpu0) / reps) * 1000;
  console.log(
    `${words} words (${text.length} chars, ${Buffer.byteLength(body)} bytes): workerd CPU ${cpuMs.toFixed(1)} ms per request; wall median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms; report ${(size / 1024).toFixed(0)} KiB; workerd RSS ${workerdRss().map((m) => m.toFixed(0)).join(', ')} MiB`,
  );
}
await worker.dispose();
