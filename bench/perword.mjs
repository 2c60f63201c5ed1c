#!/usr/bin/env node
// Per-word cost of `check` at 300, 1,500, 10,000 and 100,000 words, without
// the rest of the full bench: sizes are interleaved round by round (so a
// noisy neighbour slows every size alike), each size is timed several times
// a round in batches of about 30,000 words, and the figure is the median
// over all batches. Prints µs per word
// at each size and max ÷ min. Also the bare retext-english parse for
// comparison with `--bare`. Times are CPU time of the process (user +
// system, GC threads included), which a busy machine disturbs less than
// wall-clock time. Run after `npm run build`.
//
//   node bench/perword.mjs [--rounds N] [--bare] [--sizes 300,1500,...] [--engine path/to/index.js] [--part N] [--against path]
//
// --part N checks with parts of at most N characters (createChecker's test hook).
// --against path/to/index.js times a second build the same way, interleaved
// with the first (a before/after comparison in one process).
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { countWords, plan } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const ROUNDS = Number(opt('--rounds', 7));
const SIZES = opt('--sizes', '300,1500,10000,100000').split(',').map(Number);
const engine = opt('--engine', new URL('../dist/engine/index.js', import.meta.url).href);
const load = (path) => import(path.startsWith('file:') ? path : new URL(path, `file://${process.cwd()}/`).href);
const mod = await load(engine);
const part = opt('--part', undefined);
const check = part === undefined ? mod.check : mod.createChecker(mod.RULES, Number(part));
const parser = unified().use(retextEnglish).freeze();

// Same texts as bench/run.mjs.
const texts = SIZES.map((w) => {
  const text = plan(w, 20260312 + w);
  return { size: w, text, words: countWords(text) };
});
// Each sample is a batch of checks of about 30,000 words (at least one
// check): a single check of 300 words is too short to time on its own.
const batch = (words) => Math.max(1, Math.round(30000 / words));
// Samples per size and round: about 300,000 words of work.
const samples = (words) => Math.max(1, Math.round(300000 / (batch(words) * words)));

const tools = { clearplan: (t) => check(t) };
const against = opt('--against', undefined);
if (against !== undefined) {
  const other = await load(against);
  tools[`clearplan (${against})`] = (t) => other.check(t);
}
if (args.includes('--bare')) tools['bare parse'] = (t) => parser.parse(t);

const times = {};
for (const name of Object.keys(tools)) for (const { size } of texts) times[`${name} ${size}`] = [];
// Warm up every size.
for (const fn of Object.values(tools)) for (const { text } of texts) for (let i = 0; i < 3; i++) fn(text);
for (let round = 0; round < ROUNDS; round++) {
  for (const { size, text, words } of texts) {
    const n = batch(words);
    for (let k = samples(words); k > 0; k--) {
      // Tools take turns batch by batch, so a busy spell slows them alike.
      for (const [name, fn] of Object.entries(tools)) {
        const start = process.cpuUsage();
        for (let i = 0; i < n; i++) fn(text);
        const used = process.cpuUsage(start);
        times[`${name} ${size}`].push((used.user + used.system) / (n * words));
      }
    }
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const out = {};
for (const name of Object.keys(tools)) {
  const per = texts.map(({ size }) => median(times[`${name} ${size}`]));
  out[name] = { perWordUs: Object.fromEntries(texts.map(({ size }, i) => [size, Number(per[i].toFixed(3))])), ratio: Number((Math.max(...per) / Math.min(...per)).toFixed(2)) };
  process.stdout.write(`${name}: ` + texts.map(({ size }, i) => `${size}: ${per[i].toFixed(2)} µs/word`).join(', ') + `; max ÷ min ${out[name].ratio}\n`);
}
if (args.includes('--json')) process.stdout.write(JSON.stringify(out) + '\n');
