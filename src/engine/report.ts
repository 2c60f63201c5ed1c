/** Turns a checked VFile into the plain JSON report (schema version 1). */
import type { ClearplanMessage } from './message.js';
import { score } from './score.js';
import type { CheckState } from './state.js';
import { ACTION_PROBLEMS, type ActionCounts, type Message, type Position, type Report } from './types.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Code-unit order: the same everywhere, and without localeCompare's costly first call (ICU set-up). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lowest and highest UK reading age reported (a formula can go below 5 or very high). */
export const READING_AGE_RANGE = [5, 25] as const;

function toMessage(m: ClearplanMessage): Message {
  const out: Message = {
    category: m.category,
    ruleId: m.ruleId ?? 'unknown',
    source: m.source ?? 'clearplan',
    severity: m.severity,
    reason: m.reason,
    actual: m.actual ?? '',
    expected: m.expected ?? [],
    note: m.note ?? '',
    // `emit` gives every message a fresh position from the line index: { start, end }, each { line, column, offset }
    position: m.place as Position,
  };
  if (m.url) out.url = m.url;
  return out;
}

export function buildReport(s: CheckState, found: readonly ClearplanMessage[]): Report {
  const messages = found.map(toMessage);
  for (const m of s.planMessages) messages.push(m);
  messages.sort(
    (a, b) =>
      a.position.start.offset - b.position.start.offset ||
      a.position.end.offset - b.position.end.offset ||
      compare(a.category, b.category) ||
      compare(a.ruleId, b.ruleId),
  );
  const sentences = s.sentences;
  const actions = s.actions;
  const words = sentences.reduce((n, x) => n + x.words, 0);
  const scored = sentences.filter((x) => x.words >= s.options.minSentenceWords);
  const basis = scored.length > 0 ? scored : sentences;
  const w = basis.reduce((n, x) => n + x.words, 0);
  const syl = basis.reduce((n, x) => n + x.syllables, 0);
  let fre: number | null = null;
  let fk: number | null = null;
  let age: number | null = null;
  if (w > 0) {
    const wps = w / basis.length;
    const spw = syl / w;
    fre = round1(206.835 - 1.015 * wps - 84.6 * spw);
    fk = round1(0.39 * wps + 11.8 * spw - 15.59);
    age = round1(Math.min(READING_AGE_RANGE[1], Math.max(READING_AGE_RANGE[0], 0.39 * wps + 11.8 * spw - 15.59 + 5)));
  }
  const counts = { jargon: 0, wording: 0, readability: 0, plan: 0 };
  const severities = { error: 0, warning: 0, suggestion: 0 };
  for (const m of messages) {
    counts[m.category]++;
    severities[m.severity]++;
  }
  const actionCounts: ActionCounts = {
    total: actions.length,
    'missing-action': 0,
    'vague-action': 0,
    'missing-owner': 0,
    'vague-owner': 0,
    'missing-timescale': 0,
    'vague-timescale': 0,
    clear: 0,
  };
  for (const a of actions) {
    if (a.problems.length === 0) actionCounts.clear++;
    for (const p of ACTION_PROBLEMS) if (a.problems.includes(p)) actionCounts[p]++;
  }
  const { score: overall, scores } = score({
    words,
    messages,
    sentences,
    actions,
    readingAge: age,
    targetReadingAge: s.options.targetReadingAge,
    enabled: s.options.categories,
  });
  return {
    schemaVersion: 1,
    rulesVersion: s.rules.version,
    summary: {
      score: overall,
      scores,
      words,
      sentences: sentences.length,
      readingAge: age,
      targetReadingAge: s.options.targetReadingAge,
      fleschReadingEase: fre,
      fleschKincaidGrade: fk,
      averageSentenceLength: sentences.length > 0 ? round1(words / sentences.length) : null,
      counts,
      severities,
      actions: actionCounts,
    },
    actions,
    messages,
  };
}
