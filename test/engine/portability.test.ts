/**
 * The engine must run unchanged in a Worker and a browser: bundle it for the
 * browser and fail on any Node built-in, then run the bundle with no Node
 * globals in reach.
 */
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('portability', () => {
  it('bundles for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: ['src/engine/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((p) => nodeBuiltins.has(p) || p.startsWith('node:'))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/\brequire\(["']/);
    expect(code).not.toMatch(/from ["']node:/);
  });

  it('runs the bundle with process, require and fetch out of reach', async () => {
    const result = await build({
      entryPoints: ['src/engine/index.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'clearplan',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const run = new Function('process', 'require', 'fetch', 'Buffer', `${code}; return clearplan;`) as (
      ...args: unknown[]
    ) => { check: (t: string) => { schemaVersion: number; messages: unknown[] } };
    const engine = run(undefined, undefined, undefined, undefined);
    const report = engine.check(`Mum ${'and Dad '.repeat(20)}will come.`);
    expect(report.schemaVersion).toBe(1);
    expect(report.messages.length).toBeGreaterThan(0);
  });
});
