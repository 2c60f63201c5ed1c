/**
 * The `[alias]` table of wrangler.toml, for tests that bundle parts of the Worker with esbuild the way wrangler does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** The `[alias]` table of wrangler.toml: import path -> replacement file. */
export function aliases(): Record<string, string> {
  const toml = readFileSync('wrangler.toml', 'utf8');
  const table = toml.split(/^\[/m).find((t) => t.startsWith('alias]')) ?? '';
  const out: Record<string, string> = {};
  for (const m of table.matchAll(/^"([^"]+)"\s*=\s*"([^"]+)"/gm)) out[m[1]!] = m[2]!;
  return out;
}

/** An esbuild plugin resolving each import path of `table` to its replacement file, as wrangler's [alias] does. */
export function aliasPlugin(table: Record<string, string>): Plugin {
  return {
    name: 'wrangler-alias',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const target = table[args.path];
        return target ? { path: resolve(target) } : undefined;
      });
    },
  };
}
