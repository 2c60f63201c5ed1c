#!/usr/bin/env node
// Cold start, measured in fresh processes: how long importing the engine
// bundle takes, and how long the first check of a 1,500-word plan takes after
// it. Next to it, the floor: the same two figures for a bundle of just
// unified + retext-english (the mandated parser) parsing the same plan.
// The machine is noisy, so it runs N processes of each (alternating) and
// prints medians. Run after `npm run build`.
//
//   node bench/cold.mjs [--runs N] [--engine path/to/index.js] [--no-bare] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  const outfile = join(dir, 'bare.js');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'browser', 'import', 'default'],
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
