// Builds the engine (ESM bundle + type declarations) and the CLI.
// Run after `npm run rules` (the `build` script does both).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
};

// The engine: one file, no Node built-ins (platform neutral fails the build on any).
await build({
  ...common,
  entryPoints: ['src/engine/index.ts'],
  outfile: 'dist/engine/index.js',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['worker', 'browser', 'import', 'default'],
  minify: true,
  sourcemap: true,
});

// The CLI for Node.
await build({
  ...common,
  // index.js is the bin; worker.js is the worker-thread entry it starts.
  entryPoints: ['src/cli/index.ts', 'src/cli/worker.ts'],
  outdir: 'dist/cli',
  platform: 'node',
  minify: false,
  sourcemap: true,
  define: { CLEARPLAN_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
