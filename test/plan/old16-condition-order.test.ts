/** "If you feel unsafe, phone Gran on …": in a plan written as sentences, a condition then an order is a step (whose doer is only implied). */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'OUR PLAN FOR LEWIS',
  '',
  'What happens next',
  '',
  'Gran will pick you up from football every Saturday.',
  '',
  'If anyone offers you a lift after dark, say no and phone Gran on 07700 900 123 straight away.',
  '',
  'Dev (your youth worker) will take you to the climbing wall on Tuesdays.',
  '',
  'If you have any questions about this plan, ring me on 0161 496 0000.',
].join('\n');

describe('a condition then an order among the plan’s sentences', () => {
  it('is an action with no named doer', () => {
    const a = actionWith(plan, 'offers you a lift');
    expect(a.when).not.toBeNull();
    expect(a.problems).toContain('missing-owner');
  });

  it('an invitation to ring the writer is not', () => {
    expect(actionsOf(plan).some((a) => a.text.includes('any questions'))).toBe(false);
    expect(actionsOf(plan)).toHaveLength(3);
  });
});
