import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';

const actionWith = (text: string, part: string) => {
  const a = check(text).actions.find((x) => x.text.includes(part));
  if (!a) throw new Error(`no action with ${part}`);
  return a;
};

describe('a family hub or centre is a service, not "the family"', () => {
  const plan = [
    'What will happen',
    '1. Oakridge Family Hub to run the Incredible Years course for Stacey on Tuesday mornings from 9 March.',
    '2. Millbank Children’s Centre will book Ryan a two-year health check by 19 March.',
    '3. The family to keep the house warm from today.',
  ].join('\n');

  it('names the hub or centre as the owner, with no vague-owner flag', () => {
    for (const part of ['Incredible Years', 'health check']) {
      const a = actionWith(plan, part);
      expect(a.who).not.toBeNull();
      expect(a.problems).not.toContain('vague-owner');
      expect(a.problems).not.toContain('missing-owner');
    }
  });

  it('still calls "the family" a vague owner', () => {
    expect(actionWith(plan, 'keep the house warm').problems).toContain('vague-owner');
  });
});
