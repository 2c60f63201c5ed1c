// Lint: the recommended JavaScript and TypeScript rules, plus the engine's
// boundary: nothing in src/engine may import a Node built-in or an edge.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.wrangler/**', 'coverage/**', 'test-results/**', 'src/engine/rules.generated.ts', 'src/engine/familiar-words.generated.ts', 'worker-configuration.d.ts', 'web/public/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', globalThis: 'readonly' } },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The engine runs in Workers and browsers: no Node built-ins.' })),
          patterns: [{ group: ['**/worker/**', '**/cli/**', '**/build/**'], message: 'The engine imports no edge code.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'console', 'fetch', 'require', 'Buffer'],
    },
  },
);
