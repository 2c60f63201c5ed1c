/** Renders `rules/RULES.md`, the generated table of every rule. Never edit the output by hand. */
import type { CompiledRules } from '../engine/compiled.js';

const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderRulesTable(rules: CompiledRules): string {
  const lines: string[] = [
    '# Rules',
    '',
    `Generated from \`rules/\` by \`npm run rules\` (rules ${rules.version}). Do not edit by hand: CI fails when this file is out of date.`,
    '',
    `Settings: target reading age ${rules.settings.targetReadingAge}; sentences over ${rules.settings.maxSentenceWords} words are long; ` +
      `sentences under ${rules.settings.minSentenceWords} words are left out of the reading age and sentences under ${rules.settings.minHardSentenceWords} words are never called hard; ` +
      `a sentence is hard when ${Math.round(rules.settings.hardSentenceThreshold * 7)} of 7 formulas agree.`,
    '',
  ];
  const groups = new Map<string, typeof rules.terms>();
  for (const t of rules.terms) {
    const key = t.source;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const [source, terms] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${source} (${terms.length})`, '', '| id | term | category | severity | suggests | note |', '|---|---|---|---|---|---|');
    for (const t of terms) {
      const suggests = t.explain ? '(explain it)' : t.plain.map((p) => `“${p}”`).join(', ');
      lines.push(
        `| \`${t.id}\` | ${cell(t.term)}${t.caseSensitive ? ' (exact case)' : ''} | ${t.category} | ${t.severity} | ${cell(suggests)} | ${cell(t.note)} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Word lists', '', '| file | list | entries |', '|---|---|---:|');
  for (const [stem, lists] of Object.entries(rules.lexicons).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [name, entries] of Object.entries(lists)) lines.push(`| \`rules/${stem}.yml\` | ${name} | ${entries.length} |`);
  }
  lines.push('');
  return lines.join('\n');
}
