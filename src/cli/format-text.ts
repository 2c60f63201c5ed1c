/** Human-readable output: one line per finding, then the summary. */
import type { Report } from '../engine/index.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function formatText(name: string, report: Report, why: boolean): string {
  const lines: string[] = [name];
  for (const m of report.messages) {
    const at = `${m.position.start.line}:${m.position.start.column}`;
    const more = m.expected.filter((e) => !m.reason.includes(`“${e}”`));
    const suggestion = more.length > 0 ? ` (or ${more.map((e) => `“${e}”`).join(', ')})` : '';
    lines.push(`  ${at.padEnd(8)} ${m.category.padEnd(11)} ${m.reason}${suggestion}  [${m.ruleId}]`);
    if (why && m.note) lines.push(`           ${''.padEnd(11)} why: ${m.note}`);
  }
  const s = report.summary;
  const age = s.readingAge === null ? 'no sentences to measure' : `reading age ${s.readingAge} (target ${s.targetReadingAge} or under)`;
  lines.push(
    '',
    `  score ${s.score}/100 · ${age} · ${plural(s.words, 'word')}, ${plural(s.sentences, 'sentence')}`,
    `  ${plural(s.counts.jargon, 'jargon finding')}, ${plural(s.counts.wording, 'wording finding')}, ` +
      `${plural(s.counts.readability, 'hard or long sentence')}, ${plural(s.counts.plan, 'action problem')}`,
    `  ${plural(s.actions.total, 'action')}: ${s.actions['missing-owner']} with no owner, ${s.actions['missing-timescale']} with no timescale, ` +
      `${s.actions['vague-timescale']} with a vague timescale, ${s.actions['missing-action'] + s.actions['vague-action']} vague or missing`,
    '',
  );
  return lines.join('\n');
}
