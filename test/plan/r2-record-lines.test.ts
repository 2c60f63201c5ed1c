import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe('a record line that starts with a verb-like noun', () => {
  const plan = [
    'Actions',
    'Review held at the family centre on 4 June 2027.',
    'Book a dentist check-up for Mia by 20 June.',
    'Check completed appointments with the GP by 1 July.',
  ].join('\n');

  it('does not read "Review held at …" as an action, but keeps real imperatives', () => {
    const texts = actionsOf(plan).map((a) => a.text);
    expect(texts.some((t) => t.startsWith('Review held'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Book a dentist'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Check completed'))).toBe(true);
  });
});
