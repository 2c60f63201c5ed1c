/**
 * Dev helper for plan analysis: prints a minimal Report JSON for one plan file,
 * so `node ../shared/dev-plans/score.mjs --cmd "npx tsx scripts/plan-report.ts"` can
 * score the plan actions before the CLI exists. Loads rules/plan/*.yml directly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analysePlan, type PlanLexicons } from '../src/engine/plan/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadPlanLexicons(): PlanLexicons {
  const dir = join(root, 'rules', 'plan');
  const out: Record<string, Record<string, string[]>> = {};
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.yml')) continue;
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { lists: Record<string, string[]> };
    out[`plan/${f.replace(/\.yml$/, '')}`] = doc.lists;
  }
  return out;
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx scripts/plan-report.ts FILE\n');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const lex = loadPlanLexicons();
const { actions } = analysePlan(text, lex);
const pos = (s: { start: number; end: number }) => ({ start: { offset: s.start }, end: { offset: s.end } });
const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
const report = {
  schemaVersion: 1,
  summary: { readingAge: null },
  actions: actions.map((a) => ({
    text: slice(a.span),
    position: pos(a.span),
    what: slice(a.what),
    who: slice(a.who),
    when: slice(a.when),
    problems: a.problems,
  })),
  messages: [],
};
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
