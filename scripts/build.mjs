// Builds the engine (ESM bundle + type declarations) and the CLI.
// Run after `npm run rules` (the `build` script does both).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });

// Every non-ASCII character in a source file written as a \uXXXX escape.
// esbuild escapes them in strings but leaves them in regular expression
// literals (the ’ and – in a few patterns, here and in dependencies), and a
// single one makes the whole bundle a two-byte string: Node decodes a pure
// ASCII file about twice as fast and V8 scans it as one-byte text, which
// shows in a fresh process's import time. The escapes mean the same thing
// in strings, regular expressions, identifiers and comments; nothing here
// reads a template's raw text.
const asciiOnly = {
  name: 'ascii-only',
  setup(b) {
    b.onLoad({ filter: /\.(?:[cm]?js|ts)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/[\u0080-\uffff]/.test(text)) return undefined;
      const contents = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

const common = {
  bundle: true,
  plugins: [asciiOnly],
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

if (/[\u0080-\uffff]/.test(readFileSync('dist/engine/index.js', 'utf8'))) throw new Error('build: dist/engine/index.js is not pure ASCII');

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
