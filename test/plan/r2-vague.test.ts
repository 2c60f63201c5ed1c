import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('vague actions and interpreters as owners', () => {
  const plan = [
    'Child protection plan for Leon Marsh',
    '',
    'Actions',
    '1. Dad to work on his temper by 30 April.',
    '2. A budgeting course to be looked into by the family support worker by 12 May.',
    '3. The nursery staff to be alert to bruising on Leon by 1 May.',
    '4. The Polish interpreter will go through the plan with Mum on 3 May.',
    '5. Dad will go to the anger group at the Hub every Monday from 5 May.',
  ].join('\n');

  it('calls "work on", "be alert to" and "to be looked into" vague', () => {
    expect(actionWith(plan, 'temper').problems).toContain('vague-action');
    expect(actionWith(plan, 'budgeting').problems).toContain('vague-action');
    expect(actionWith(plan, 'bruising').problems).toContain('vague-action');
  });

  it('keeps a concrete step clear', () => {
    expect(actionWith(plan, 'anger group').problems).toEqual([]);
  });

  it('counts an interpreter as an owner', () => {
    expect(actionWith(plan, 'go through the plan').who).toBe('The Polish interpreter');
    expect(actionWith(plan, 'go through the plan').problems).not.toContain('missing-owner');
  });
});
