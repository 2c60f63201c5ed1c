#!/usr/bin/env node
// The `clearplan` command. The code is built into dist/ by `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('clearplan: not built yet. Run `npm install` and `npm run build` in the clearplan folder first.\n');
  process.exitCode = 2;
} else {
  await import(entry.href);
}
