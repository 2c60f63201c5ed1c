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
