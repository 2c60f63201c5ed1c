/**
 * Three vitest projects:
 * - node: every `test/**\/*.test.ts` (engine, plan, rules, CLI, and the
 *   Worker through `app.request`), except the workerd and browser suites;
 * - workers: `test/worker/**\/*.workerd.test.ts` inside workerd, through the
 *   Workers vitest pool, with the Worker's own wrangler.toml;
 * - e2e: `test/e2e/**\/*.test.ts`, the bundle wrangler builds running in
 *   workerd (`unstable_startWorker` or `wrangler dev`) and driven by Debian's
 *   chromium; and `test/load/**\/*.test.ts`, the bounded load test.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// wrangler.toml points the assets binding at dist/web (built by
// scripts/build-web.mjs); wrangler refuses to start if it is missing, so make
// sure it exists. Of its files the workerd tests read only the OpenAPI
// document (openapi.workerd.test.ts, through the real ASSETS binding), and the
// node tests read it too: run `npm run build` first.
mkdirSync('dist/web', { recursive: true });

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.workerd.test.ts', 'test/e2e/**', 'test/load/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        plugins: [
          cloudflareTest({
            main: './src/worker/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                API_KEYS: 'workerd-test-key-1, workerd-test-key-2',
                CORS_ORIGINS: 'https://cms.example.gov.uk',
              },
            },
          }),
        ],
        // As in the deployed bundle (wrangler.toml [alias]; the pool does not apply that table): no
        // built-in familiar-word lists, so the Worker reads them through the real ASSETS binding.
        resolve: {
          alias: [{ find: './familiar-words.generated.js', replacement: fileURLToPath(new URL('src/worker/familiar-words-absent.ts', import.meta.url)) }],
        },
        test: {
          name: 'workers',
          include: ['test/worker/**/*.workerd.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/load/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
