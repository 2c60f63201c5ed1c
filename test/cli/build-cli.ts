/**
 * Bundles the CLI (bin entry and worker-thread entry) from the current
 * sources into a private folder, with the same esbuild settings as
 * scripts/build.mjs, so the tests run the real worker-thread path without
 * touching dist/ (which other work rebuilds at any time).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function buildCli(outdir: string): Promise<string> {
  await build({
    entryPoints: ['src/cli/index.ts', 'src/cli/worker.ts'],
    outdir: join(outdir, 'cli'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'node',
    legalComments: 'none',
    logLevel: 'warning',
    define: { CLEARPLAN_VERSION: JSON.stringify('0.0.0-test') },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return join(outdir, 'cli', 'index.js');
}
