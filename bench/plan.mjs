// Plan analysis time against the rest of the check, warm, in one process.
// Run: npx tsx bench/plan.mjs [runs]. The machine may be loaded: runs alternate
// and medians are compared, so read the share more than the milliseconds.
// The second figure is the same from the process's CPU time, which other
// processes' load inflates less than wall time (it also counts V8's helper
// threads, such as concurrent GC marking, which wall time partly hides).
import { readFileSync } from 'node:fs';
import { check, RULES } from '../src/engine/index.ts';
import { analysePlan } from '../src/engine/plan/index.ts';
import { plan } from './corpus.mjs';

const dir = new URL('../../shared/dev-plans/', import.meta.url);
const dev = ['08-disabled-child-prose', '09-plain-good-plan', '03-domestic-abuse-sos'].map((n) => readFileSync(new URL(`${n}.txt`, dir), 'utf8')).join('\n\n');
const texts = [dev, plan(1500, 20261500)];
const off = { categories: { plan: false } };
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const runs = Number(process.argv[2] ?? 300);
for (const text of texts) {
  for (let i = 0; i < 50; i++) {
    analysePlan(text, RULES.lexicons);
    check(text, off);
  }
  const p = [];
  const c = [];
  const pc = [];
  const cc = [];
  const cpu = (u) => (u.user + u.system) / 1000;
  for (let i = 0; i < runs; i++) {
    let u = process.cpuUsage();
    let s = performance.now();
    analysePlan(text, RULES.lexicons);
    p.push(performance.now() - s);
    pc.push(cpu(process.cpuUsage(u)));
    u = process.cpuUsage();
    s = performance.now();
    check(text, off);
    c.push(performance.now() - s);
    cc.push(cpu(process.cpuUsage(u)));
  }
  const words = text.split(/\s+/).length;
  console.log(
    `${words} words: analysePlan ${median(p).toFixed(3)} ms, check without plan ${median(c).toFixed(3)} ms, share ${((100 * median(p)) / median(c)).toFixed(1)}%` +
      ` (CPU time: ${median(pc).toFixed(3)} / ${median(cc).toFixed(3)} ms, ${((100 * median(pc)) / median(cc)).toFixed(1)}%)`,
  );
}
