/** An agency or role named in a bracket that closes an action owns it. */
import { describe, expect, it } from 'vitest';
import { closingBracket } from '../../src/engine/plan/owner-key.js';
import { actionWith } from './helpers.js';

const plan = [
  'Child protection plan for Leo Grant',
  '',
  'Actions',
  '1. Housing needs review for the family by 30/04 (housing)',
  '2. New bed and bedding for Leo by Friday 9 April (the health visitor).',
  '3. Weekly swimming lesson for Leo from 12 April (Wednesday mornings)',
  '4. Dad to phone the nursery every Monday (Tom).',
].join('\n');

describe('closing bracket owner', () => {
  it('an agency in the closing bracket owns an action that names no one', () => {
    const a = actionWith(plan, 'Housing needs review');
    expect(a.who).toBe('housing');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('a role in the closing bracket, before a full stop, owns it too', () => {
    expect(actionWith(plan, 'New bed').who).toBe('the health visitor');
  });

  it('a bracket of other words is not an owner', () => {
    expect(actionWith(plan, 'swimming lesson').problems).toContain('missing-owner');
  });

  it('the sentence’s own subject stays the owner', () => {
    expect(actionWith(plan, 'phone the nursery').who).toBe('Dad');
  });

  it('finds only a bracket at the very end', () => {
    const t = 'Ring Leo (the boy) every day.';
    expect(closingBracket(t, [{ start: 0, end: t.length }])).toBeNull();
    const u = 'Ring Leo every day ( school ).';
    const b = closingBracket(u, [{ start: 0, end: u.length }]);
    expect(b && u.slice(b.start, b.end)).toBe('school');
  });
});
