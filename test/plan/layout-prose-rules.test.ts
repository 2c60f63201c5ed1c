/** Sentences of an action list that proseActions alone does not take: a condition first, or a rule about a thing. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

describe('a condition before the action in an action list', () => {
  const plan = [
    'Agreed actions',
    '',
    '1. [New]',
    'Ms Carter to attend the Brightwater housing panel on 4 March.',
    '',
    '2. [New]',
    'Should Ms Carter lose the tenancy, Ms Carter to phone the out-of-hours team and the grandparents to collect the boys.',
    '',
    'Contingency',
    'Should things get worse, a legal planning meeting will be held.',
  ].join('\n');

  it('is one action owned by the doer after the comma, with the condition as its trigger', () => {
    const a = actionWith(plan, 'lose the tenancy');
    expect(a.who).toBe('Ms Carter');
    expect(a.text.startsWith('Should Ms Carter lose the tenancy')).toBe(true);
  });

  it('a contingency under its own heading stays out', () => {
    expect(actionsOf(plan).some((x) => x.text.includes('legal planning'))).toBe(false);
  });
});

describe('a rule about a thing beside the actions of a paragraph', () => {
  const plan = [
    'What will happen',
    'Dad will drive Ellis to football on Saturdays, and the coach will ring Dad if Ellis is not there by 10am. The scooter will stay in the shed. Everyone is pleased with how Ellis is doing.',
  ].join('\n');

  it('is an action with no owner named', () => {
    const a = actionWith(plan, 'scooter');
    expect(a.text).toBe('The scooter will stay in the shed.');
    expect(a.problems).toContain('missing-owner');
  });

  it('keeps the paragraph order and leaves the remark out', () => {
    const texts = actionsOf(plan).map((x) => x.text);
    expect(texts.indexOf('The scooter will stay in the shed.')).toBe(texts.length - 1);
    expect(texts.some((t) => t.includes('pleased'))).toBe(false);
  });

  it('a thing rule alone, with no action beside it, is not taken', () => {
    expect(actionsOf('What will happen\nThe scooter will stay in the shed.\n')).toHaveLength(0);
  });
});
