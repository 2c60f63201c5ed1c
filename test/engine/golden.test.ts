/**
 * Golden reports: the full report for every dev plan, every fixture plan and
 * some generated plans, stored in test/golden/. An optimisation must leave
 * them identical; a deliberate change to rules or analysis regenerates them
 * with `UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts`, and the
 * diff is reviewed in the commit.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../bench/corpus.mjs';
import { check } from '../../src/engine/index.js';

const golden = new URL('../golden/', import.meta.url);
const update = process.env['UPDATE_GOLDEN'] === '1';
const folders = [new URL('../../../shared/dev-plans/', import.meta.url), new URL('../fixtures/plans/', import.meta.url)];
const cases: Array<[string, string]> = [];
for (const folder of folders) {
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) cases.push([name.replace(/\.txt$/, ''), readFileSync(new URL(name, folder), 'utf8')]);
}
for (const [words, seed] of [[300, 1], [1500, 2], [1500, 3], [10000, 4], [16000, 5]] as const) cases.push([`generated-${words}-${seed}`, plan(words, seed, seed % 2 === 0)]);

describe('golden reports', () => {
  if (update) mkdirSync(golden, { recursive: true });
  for (const [name, text] of cases) {
    it(name, () => {
      const file = new URL(`${name}.json`, golden);
      const report = check(text);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no golden report for ${name}: run with UPDATE_GOLDEN=1 and review the diff`);
        writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
        return;
      }
      expect(report).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
