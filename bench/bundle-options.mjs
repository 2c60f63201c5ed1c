// The esbuild options the bench scripts bundle an engine with: the same as
// scripts/build.mjs gives the engine (one ESM file, es2022, no Node built-ins,
// the Worker's package conditions), so a bench measures what ships.
// Spread them first and add what a script needs (entry, outfile, minify…).
export const ENGINE_BUNDLE = Object.freeze({
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['worker', 'browser', 'import', 'default'],
});

/**
 * Bundle the engine of the source tree at `from` into `out`, minified, with
 * `check`, `RULES` and `analysePlan` exported (share.mjs and alloc.mjs).
 */
export async function bundleEngine(from, out) {
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: "export { check, RULES } from './src/engine/index.ts'; export { analysePlan } from './src/engine/plan/index.ts';",
      resolveDir: from,
      loader: 'ts',
    },
    ...ENGINE_BUNDLE,
    outfile: out,
    minify: true,
    logLevel: 'error',
  });
  return out;
}

/**
 * The engines a bench compares: one per `--against REV` (src/ as it was at
 * REV, with today's generated rules, bundled into `dir`), then src/ now.
 */
export async function enginesFor(revs, root, dir) {
  const { execFileSync } = await import('node:child_process');
  const { copyFileSync, mkdirSync, symlinkSync } = await import('node:fs');
  const { join } = await import('node:path');
  const engines = [];
  for (const rev of revs) {
    const tree = join(dir, `rev-${engines.length}`);
    mkdirSync(tree);
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} src tsconfig.json | tar -x -C ${JSON.stringify(tree)}`], { cwd: root });
    copyFileSync(join(root, 'src/engine/rules.generated.ts'), join(tree, 'src/engine/rules.generated.ts'));
    copyFileSync(join(root, 'src/engine/familiar-words.generated.ts'), join(tree, 'src/engine/familiar-words.generated.ts'));
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    engines.push({ name: rev, file: await bundleEngine(tree, join(dir, `rev-${engines.length}.js`)) });
  }
  return engines;
}
