/** Shared test helpers: small rule sets compiled in memory, and the report contract checks. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { compileRuleFiles, type SourceFile } from '../src/build/compile.js';
import type { CompiledRules } from '../src/engine/compiled.js';
import type { Report } from '../src/engine/types.js';

export const pack = { name: 'test', version: '0.0.1', description: 'rules for a test', licence: 'MIT' };
export const settings = {
  kind: 'settings',
  description: 'settings for a test',
  'target-reading-age': 11,
  'max-sentence-words': 25,
  'min-sentence-words': 5,
  'min-hard-sentence-words': 5,
  'hard-sentence-threshold': 4 / 7,
};
export const passiveLists = {
  kind: 'lexicon',
  description: 'passive voice lists for a test',
  lists: {
    'be-forms': ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'],
    'irregular-participles': ['made', 'seen', 'done', 'held', 'given', 'taken', 'kept'],
    'not-passive': ['worried', 'concerned', 'tired', 'pleased'],
    'adverbs-between': ['not', 'also', 'fully', 'then'],
  },
};

export interface TestTerm {
  term: string;
  plain?: string[];
  variants?: string[];
  explain?: boolean;
  inflect?: boolean;
  id?: string;
  'not-before'?: string[];
  'not-after'?: string[];
  'only-before'?: string[];
}

export function termsFile(category: 'jargon' | 'wording', terms: TestTerm[], caseSensitive = false): Record<string, unknown> {
  return {
    kind: 'terms',
    description: 'terms for a test',
    category,
    case: caseSensitive ? 'sensitive' : 'insensitive',
    reason: '“{actual}” may be unclear: try “{expected}”',
    'reason-explain': '“{actual}” is a legal term: explain it',
    terms: terms.map((t) => ({
      note: 'A note for a parent about this term.',
      source: 'https://example.org/source',
      examples: { bad: [`x ${t.term} x`], good: ['plain words'] },
      ...t,
    })),
  };
}

export function makeRules(files: Record<string, Record<string, unknown>>, simplify = {}): CompiledRules {
  const list: SourceFile[] = [
    { path: 'pack.yml', data: pack },
    { path: 'settings.yml', data: settings },
    { path: 'wording/passive.yml', data: passiveLists },
    ...Object.entries(files).map(([path, data]) => ({ path, data })),
  ];
  return compileRuleFiles(list, simplify).rules;
}

const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
export const validateReport = ajv.compile(schema);

/** The contract every report keeps, whatever the text. */
export function expectValidReport(text: string, report: Report): void {
  const ok = validateReport(report);
  if (!ok) expect(validateReport.errors).toEqual([]);
  for (const m of report.messages) {
    const { start, end } = m.position;
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
    expect(text.slice(start.offset, end.offset)).toBe(m.actual);
  }
  for (const a of report.actions) {
    const { start, end } = a.position;
    expect(end.offset).toBeLessThanOrEqual(text.length);
    expect(text.slice(start.offset, end.offset)).toBe(a.text);
  }
}

/** Compact `line:col-line:col ruleId actual` strings, as retext plugins test messages. */
export function brief(report: Report): string[] {
  return report.messages.map(
    (m) =>
      `${m.position.start.line}:${m.position.start.column}-${m.position.end.line}:${m.position.end.column} ${m.ruleId} ${m.actual}`,
  );
}
