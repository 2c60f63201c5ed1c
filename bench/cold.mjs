#!/usr/bin/env node
// Cold start, measured in fresh processes: how long importing the engine
// bundle takes, and how long the first check of a 1,500-word plan takes after
// it. Next to it, the floor: the same two figures for a bundle of just
// unified + retext-english (the mandated parser) parsing the same plan.
// The machine is noisy, so it runs N processes of each (alternating) and
// prints medians. Run after `npm run build`.
//
//   node bench/cold.mjs [--runs N] [--engine path/to/index.js] [--no-bare] [--json]
//   node bench/cold.mjs --profile [--runs N] [--engine path/to/index.js] [--top N]
//   node bench/cold.mjs --instructions [--engine path/to/index.js] [--no-bare]
//   node bench/cold.mjs --snapshot [--runs N] [--instructions]
//
// --profile runs N fresh processes under V8's sampling profiler instead and
// says where the time goes: CPU-profile milliseconds (means over the runs; the
// profiler adds its own overhead, so read them as shares) for the import and
// for the first check, by source file of the engine (through the bundle's
// source map), by dependency package, and for V8's own work: (garbage
// collector), (program) (mostly compiling), (idle).
//
// --instructions counts the instructions the import and the first check
// execute, under valgrind's callgrind (needs valgrind; slow, one process of
// each step). On a busy machine, where times swing by 2x, this is the figure
// that stays put: it differs from run to run only by the random hash seed's
// set-up, which is taken out, and by how much optimising compilation
// (TurboFan, on a background thread) gets done before the process ends,
// which is shown apart.
//
// --snapshot asks whether a Node start-up snapshot would help a fresh
// process: it bundles the engine (from src/, as CommonJS, the only form
// `--build-snapshot` takes) into two snapshot blobs, one with the engine
// loaded and one also warmed by a check of a short text (rules decoded,
// lexicons and matcher compiled), and times whole processes, interleaved:
// Node with no script, importing the engine and checking the plan, and each
// blob checking it. With --instructions it counts each under callgrind instead.
// It also checks that every way gives the same report.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENGINE_BUNDLE } from './bundle-options.mjs';
import { plan } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The 1,500-word plan every benchmark uses. */
export const coldText = () => plan(1500, 20260312 + 1500);

// Wall-clock ms, and the process's CPU ms (all threads) for the same spans:
// on a busy machine the CPU time is the steadier of the two.
const script = (url, call) => `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(), t0 = performance.now();
const m = await import(${JSON.stringify(url)});
const c1 = cpu(), t1 = performance.now();
${call};
const c2 = cpu(), t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, totalMs: t2 - t0, importCpuMs: c1 - c0, firstCpuMs: c2 - c1, totalCpuMs: c2 - c0 }));`;

const once = (source, text) =>
  JSON.parse(String(execFileSync(process.execPath, ['--input-type=module', '-e', source], { env: { ...process.env, TEXT: text } })));

export const median = (list) => {
  const s = list.slice().sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

const summarise = (runs) => ({
  runs: runs.length,
  importMs: median(runs.map((r) => r.importMs)),
  firstMs: median(runs.map((r) => r.firstMs)),
  totalMs: median(runs.map((r) => r.totalMs)),
  importCpuMs: median(runs.map((r) => r.importCpuMs)),
  firstCpuMs: median(runs.map((r) => r.firstCpuMs)),
  totalCpuMs: median(runs.map((r) => r.totalCpuMs)),
});

/**
 * Bundles unified + retext-english the way the engine is bundled (esbuild,
 * minified, ESM) into a temporary directory; returns its file URL and a
 * function that removes it.
 */
export async function bareBundle() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'clearplan-bare-'));
  const entry = join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    "import { unified } from 'unified';\nimport retextEnglish from 'retext-english';\n" +
      'const parser = unified().use(retextEnglish).freeze();\nexport const parse = (text) => parser.parse(text);\n',
  );
  // .mjs: a .js file outside a package with "type": "module" would make Node
  // check its syntax to tell ESM from CommonJS first, a cost the engine (in
  // this package) does not pay.
  const outfile = join(dir, 'bare.mjs');
  await build({
    ...ENGINE_BUNDLE,
    entryPoints: [entry],
    outfile,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    nodePaths: [join(root, 'node_modules')],
    absWorkingDir: root,
  });
  return { url: pathToFileURL(outfile).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `runs` fresh processes of each: the engine (import, first check) and,
 * unless `bare` is false, the bare parser (import, first parse), alternating
 * so drift in the machine's load hits both alike.
 */
export async function cold({ engineUrl, text = coldText(), runs = 15, bare = true } = {}) {
  const engine = [];
  const parse = [];
  const b = bare ? await bareBundle() : undefined;
  try {
    for (let i = 0; i < runs; i++) {
      engine.push(once(script(engineUrl, 'm.check(process.env.TEXT)'), text));
      if (b) parse.push(once(script(b.url, 'm.parse(process.env.TEXT)'), text));
    }
  } finally {
    b?.remove();
  }
  const out = { engine: summarise(engine) };
  if (b) {
    out.bare = summarise(parse);
    out.firstOverBareFirst = out.engine.firstMs / out.bare.firstMs;
    out.totalOverBareTotal = out.engine.totalMs / out.bare.totalMs;
  }
  return out;
}

// ---- --profile: where a fresh process's time goes ----

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** A source map's mappings as, per generated line, sorted [column, source index] pairs. */
function mapLines(map) {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (seg === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of seg) {
        const d = B64.get(c) ?? 0;
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      segs.push([col, fields.length > 1 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** What a source path is reported as: an engine file, or a dependency's package name. */
function sourceGroup(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return `dep ${rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const at = path.indexOf('src/');
  return at >= 0 ? path.slice(at) : path;
}

const profileScript = (url) => `
import { readFileSync } from 'node:fs';
const m = await import(${JSON.stringify(url)});
function clearplanColdFirstCheck() { m.check(process.env.TEXT); }
clearplanColdFirstCheck();`;

/**
 * Runs `runs` fresh processes under --cpu-prof and sums each profile's
 * samples by phase (import: everything before the first check, including
 * Node's start-up; first: from the first check's first sample on) and group.
 */
export function coldProfile({ enginePath, text = coldText(), runs = 10 }) {
  const engineUrl = pathToFileURL(enginePath).href;
  const map = JSON.parse(readFileSync(`${enginePath}.map`, 'utf8'));
  const lines = mapLines(map);
  const groups = map.sources.map(sourceGroup);
  const groupAt = (line, column) => {
    const segs = lines[line] ?? [];
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((segs[mid]?.[0] ?? 0) <= column) {
        best = segs[mid]?.[1] ?? -1;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 ? (groups[best] ?? '(bundle)') : '(bundle)';
  };
  const totals = { import: new Map(), first: new Map() };
  const dir = mkdtempSync(join(tmpdir(), 'clearplan-prof-'));
  try {
    for (let i = 0; i < runs; i++) {
      execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, '--input-type=module', '-e', profileScript(engineUrl)], {
        env: { ...process.env, TEXT: text },
      });
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      const prof = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const under = new Map();
      const inCheck = (id) => {
        if (under.has(id)) return under.get(id);
        const n = nodes.get(id);
        const p = parent.get(id);
        const yes = n?.callFrame.functionName === 'clearplanColdFirstCheck' || (p !== undefined && inCheck(p));
        under.set(id, yes);
        return yes;
      };
      // The first check runs from its first sample to the end (the process exits after it);
      // (garbage collector) and (idle) samples have no JavaScript stack, so time decides.
      let start = prof.samples.findIndex((id) => inCheck(id));
      if (start < 0) start = prof.samples.length;
      for (let k = 0; k < prof.samples.length; k++) {
        const id = prof.samples[k];
        const ms = (prof.timeDeltas[k + 1] ?? 0) / 1000 / files.length;
        const cf = nodes.get(id)?.callFrame;
        if (!cf) continue;
        let group;
        if (cf.url === engineUrl) group = groupAt(cf.lineNumber, cf.columnNumber);
        else if (cf.url === '') group = cf.functionName.startsWith('(') ? cf.functionName : '(V8 built-ins)';
        else if (cf.url.startsWith('node:')) group = '(Node internals)';
        else group = '(bench script)';
        const phase = k >= start ? totals.first : totals.import;
        phase.set(group, (phase.get(group) ?? 0) + ms);
      }
    }
    return { runs: files.length, import: totals.import, first: totals.first };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- --instructions: instruction counts under callgrind ----

const stepScript = (url, call) => `
const step = Number(process.env.STEP);
const m = step > 0 ? await import(${JSON.stringify(url)}) : undefined;
if (step > 1) m.${call}(process.env.TEXT);`;

/** One process under callgrind: all instructions, less the hash seed's set-up; TurboFan's apart. */
function callgrind(source, step, text, dir) {
  const out = join(dir, `step${step}.out`);
  execFileSync('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, process.execPath, '--input-type=module', '-e', source], {
    env: { ...process.env, STEP: String(step), TEXT: text },
    stdio: 'ignore',
  });
  return callgrindCounts(out);
}

/**
 * A callgrind output's instructions: all of them less the random hash seed's
 * primality test, with optimising compilation (TurboFan, Maglev) counted apart.
 */
export function callgrindCounts(out) {
  const table = String(execFileSync('callgrind_annotate', ['--threshold=100', out], { maxBuffer: 256 * 1024 * 1024 }));
  let total = 0;
  let seed = 0;
  let turbofan = 0;
  for (const line of table.split('\n')) {
    // "  1,234,567 (12.34%)  file:function": a count, a bracketed share, a name
    const row = line.trimStart();
    const space = row.indexOf(' (');
    const close = row.indexOf(')', space);
    if (space <= 0 || close < 0 || !/^[\d,]+$/.test(row.slice(0, space))) continue;
    const n = Number(row.slice(0, space).replaceAll(',', ''));
    const name = row.slice(close + 1).trim();
    if (name.includes('PROGRAM TOTALS')) total = n;
    else if (name.includes('detail::sprp')) seed += n; // the random hash seed's primality test
    else if (name.includes('v8::internal::compiler::') || name.includes('maglev')) turbofan += n;
  }
  return { all: total - seed - turbofan, turbofan };
}

/** Millions of instructions for the import and the first call, optimising compilation apart. */
export function coldInstructions(url, call, text = coldText()) {
  const dir = mkdtempSync(join(tmpdir(), 'clearplan-cg-'));
  try {
    const source = stepScript(url, call);
    const [none, imported, called] = [0, 1, 2].map((step) => callgrind(source, step, text, dir));
    const M = (n) => n / 1e6;
    return {
      importM: M(imported.all - none.all),
      firstM: M(called.all - imported.all),
      firstTurbofanM: M(called.turbofan - imported.turbofan),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- --snapshot: whole processes with and without a start-up snapshot ----

/** A short text that takes the engine through rule decoding, the matcher and the plan lexicons. */
const WARM_TEXT = 'Mum will take Sam to school every day by 9am. The social worker will visit weekly from 3 March 2026.';

/** Builds the two snapshot blobs into `dir`; returns their paths. */
async function snapshotBlobs(dir) {
  const { build } = await import('esbuild');
  const entry = join(dir, 'entry.cjs');
  await build({
    stdin: {
      contents:
        `const engine = require(${JSON.stringify(join(root, 'src', 'engine', 'index.ts'))});\n` +
        `if (process.env.CLEARPLAN_WARM === '1') engine.check(${JSON.stringify(WARM_TEXT)});\n` +
        "require('v8').startupSnapshot.setDeserializeMainFunction(() => {\n" +
        '  process.stdout.write(JSON.stringify(engine.check(process.env.TEXT)));\n' +
        '});\n',
      resolveDir: root,
      loader: 'js',
    },
    ...ENGINE_BUNDLE,
    // the only form --build-snapshot takes
    format: 'cjs',
    platform: 'node',
    outfile: entry,
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    absWorkingDir: root,
  });
  const blobs = {};
  for (const [name, warm] of [['loaded', '0'], ['warmed', '1']]) {
    blobs[name] = join(dir, `${name}.blob`);
    execFileSync(process.execPath, ['--snapshot-blob', blobs[name], '--build-snapshot', entry], {
      env: { ...process.env, CLEARPLAN_WARM: warm },
      stdio: 'pipe',
    });
  }
  return blobs;
}

/** The processes --snapshot compares: name → Node arguments (the plan is in TEXT). */
const snapshotCommands = (engineUrl, blobs) => ({
  'node, no script': ['-e', '0'],
  'import + check': ['--input-type=module', '-e', `const m = await import(${JSON.stringify(engineUrl)}); process.stdout.write(JSON.stringify(m.check(process.env.TEXT)));`],
  'snapshot, engine loaded': ['--snapshot-blob', blobs.loaded],
  'snapshot, engine warmed': ['--snapshot-blob', blobs.warmed],
});

/** Instructions of one whole process under callgrind (hash seed's set-up out, optimising compilation apart). */
function processInstructions(args, text, dir, tag) {
  return new Promise((resolve, reject) => {
    const out = join(dir, `${tag}.out`);
    execFile('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, process.execPath, ...args], { env: { ...process.env, TEXT: text }, maxBuffer: 1 << 26 }, (error) => {
      if (error) return reject(error);
      const { all, turbofan } = callgrindCounts(out);
      resolve({ M: all / 1e6, turbofanM: turbofan / 1e6 });
    });
  });
}

/**
 * Whole-process figures with and without a snapshot: median wall ms over
 * `runs` interleaved processes, or (instructions) callgrind counts, two at a
 * time. Throws if any way gives another report.
 */
export async function snapshotStudy({ engineUrl, text = coldText(), runs = 11, instructions = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'clearplan-snap-'));
  try {
    const blobs = await snapshotBlobs(dir);
    const commands = snapshotCommands(engineUrl, blobs);
    const reports = new Set();
    for (const [name, args] of Object.entries(commands)) {
      if (name === 'node, no script') continue;
      const r = spawnSync(process.execPath, args, { env: { ...process.env, TEXT: text }, maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`snapshot: ${name} failed: ${String(r.stderr)}`);
      reports.add(String(r.stdout));
    }
    if (reports.size !== 1) throw new Error('snapshot: the snapshot processes give another report than importing the engine');
    const out = {};
    if (instructions) {
      const list = Object.entries(commands);
      for (let i = 0; i < list.length; i += 2) {
        const pair = list.slice(i, i + 2);
        const got = await Promise.all(pair.map(([, args], k) => processInstructions(args, text, dir, `p${i + k}`)));
        pair.forEach(([name], k) => (out[name] = got[k]));
      }
      return out;
    }
    // CPU time (user + system, all threads) through /usr/bin/time where there is one: steadier than wall time on a busy machine
    const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const cpuFile = join(dir, 'cpu.txt');
    const times = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]));
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(commands)) {
        const t0 = performance.now();
        if (timer) spawnSync(timer, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args], { env: { ...process.env, TEXT: text }, maxBuffer: 1 << 26 });
        else spawnSync(process.execPath, args, { env: { ...process.env, TEXT: text }, maxBuffer: 1 << 26 });
        times[name].wall.push(performance.now() - t0);
        if (timer) times[name].cpu.push(readFileSync(cpuFile, 'utf8').trim().split(/\s+/).reduce((t, v) => t + 1000 * Number(v), 0));
      }
    }
    for (const [name, t] of Object.entries(times)) out[name] = { ms: median(t.wall), minMs: Math.min(...t.wall), cpuMs: t.cpu.length ? median(t.cpu) : NaN };
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const enginePath = opt('--engine', join(root, 'dist', 'engine', 'index.js'));
  if (!existsSync(enginePath)) {
    process.stderr.write(`cold: ${enginePath} not found; run \`npm run build\` first\n`);
    process.exit(2);
  }
  if (args.includes('--snapshot')) {
    const instructions = args.includes('--instructions');
    const r = await snapshotStudy({ engineUrl: pathToFileURL(join(root, 'dist', 'engine', 'index.js')).href, runs: Number(opt('--runs', '11')), instructions });
    const base = r['import + check'];
    for (const [name, v] of Object.entries(r)) {
      if (instructions)
        process.stdout.write(`${name.padEnd(26)} ${v.M.toFixed(1)}M instructions (+ ${v.turbofanM.toFixed(1)}M optimising compilation), ${(v.M / base.M).toFixed(2)} of import + check\n`);
      else
        process.stdout.write(
          `${name.padEnd(26)} median ${v.ms.toFixed(1)} ms (min ${v.minMs.toFixed(1)}), ${(v.ms / base.ms).toFixed(2)} of import + check;` +
            ` CPU ${v.cpuMs.toFixed(0)} ms, ${(v.cpuMs / base.cpuMs).toFixed(2)}\n`,
        );
    }
    process.exit(0);
  }
  if (args.includes('--instructions')) {
    const f = (n) => `${n.toFixed(1)}M`;
    const line = (name, r) =>
      `${name} import ${f(r.importM)}, first ${f(r.firstM)} (+ ${f(r.firstTurbofanM)} optimising compilation), together ${f(r.importM + r.firstM)} instructions\n`;
    const e = coldInstructions(pathToFileURL(enginePath).href, 'check');
    process.stdout.write(line('clearplan:                  ', e));
    if (!args.includes('--no-bare')) {
      const b = await bareBundle();
      try {
        const r = coldInstructions(b.url, 'parse');
        process.stdout.write(line('bare parse (retext-english):', r));
        process.stdout.write(`together ÷ bare together ${((e.importM + e.firstM) / (r.importM + r.firstM)).toFixed(2)}\n`);
      } finally {
        b.remove();
      }
    }
    process.exit(0);
  }
  if (args.includes('--profile')) {
    const p = coldProfile({ enginePath, runs: Number(opt('--runs', '10')) });
    const top = Number(opt('--top', '25'));
    for (const [name, table] of [['import (with Node start-up)', p.import], ['first check', p.first]]) {
      const rows = [...table].sort((a, b) => b[1] - a[1]);
      const sum = rows.reduce((t, [, v]) => t + v, 0);
      process.stdout.write(`${name}: ${sum.toFixed(1)} profile ms (mean of ${p.runs} processes)\n`);
      for (const [group, v] of rows.slice(0, top))
        process.stdout.write(`  ${v.toFixed(1).padStart(7)}  ${((100 * v) / sum).toFixed(1).padStart(5)}%  ${group}\n`);
    }
    process.exit(0);
  }
  const r = await cold({ engineUrl: pathToFileURL(enginePath).href, runs: Number(opt('--runs', '15')), bare: !args.includes('--no-bare') });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    const f = (n) => n.toFixed(1);
    process.stdout.write(
      `fresh processes: ${r.engine.runs} each, medians\n` +
        `clearplan:                    import ${f(r.engine.importMs)} ms, first check ${f(r.engine.firstMs)} ms, together ${f(r.engine.totalMs)} ms` +
        ` (CPU ${f(r.engine.importCpuMs)} / ${f(r.engine.firstCpuMs)} / ${f(r.engine.totalCpuMs)} ms)\n`,
    );
    if (r.bare)
      process.stdout.write(
        `bare parse (retext-english):  import ${f(r.bare.importMs)} ms, first parse ${f(r.bare.firstMs)} ms, together ${f(r.bare.totalMs)} ms` +
          ` (CPU ${f(r.bare.importCpuMs)} / ${f(r.bare.firstCpuMs)} / ${f(r.bare.totalCpuMs)} ms)\n` +
          `first check ÷ bare first parse ${r.firstOverBareFirst.toFixed(2)}, together ÷ bare together ${r.totalOverBareTotal.toFixed(2)}\n`,
      );
  }
}
