/** "What we agreed" heads the plan's actions, also when a translated heading follows it after a slash. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const body = [
  '1. Mr Rossi will drive Luca to football practice every Thursday.',
  '',
  '2. Counselling for Luca at the youth centre – date to be confirmed.',
  '',
  '3. Review meeting: Monday 10 May 2027, 2pm, at Hill Top Academy.',
];

const planWith = (heading: string): string =>
  ['Plan for Luca Rossi (12) / Piano per Luca', '', 'Why we are worried / Perché siamo preoccupati', 'Luca has missed school for three weeks.', '', heading, '', ...body].join('\n');

describe('"What we agreed" as an action heading', () => {
  it('keeps every numbered item, not only those with a doer and a modal', () => {
    for (const h of ['What we agreed', 'What was agreed / Cosa abbiamo deciso']) {
      const acts = actionsOf(planWith(h)).map((a) => a.text);
      expect(acts).toHaveLength(3);
      expect(acts.some((t) => t.startsWith('Review meeting'))).toBe(true);
    }
  });

  it('leaves a worry section closed', () => {
    const acts = actionsOf(planWith('What we agreed')).map((a) => a.text);
    expect(acts.some((t) => t.includes('missed school'))).toBe(false);
  });
});
