// Plan analysis time against the rest of the check, warm, in one process.
// Run: npx tsx bench/plan.mjs [runs]. The machine may be loaded: runs alternate
// and medians are compared, so read the share more than the milliseconds.
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
  for (let i = 0; i < runs; i++) {
    let s = performance.now();
    analysePlan(text, RULES.lexicons);
    p.push(performance.now() - s);
    s = performance.now();
    check(text, off);
    c.push(performance.now() - s);
  }
  const words = text.split(/\s+/).length;
  console.log(`${words} words: analysePlan ${median(p).toFixed(3)} ms, check without plan ${median(c).toFixed(3)} ms, share ${((100 * median(p)) / median(c)).toFixed(1)}%`);
}
