/**
 * A PDF table whose rows are numbered in a margin of their own, the action
 * text starting under the "What" heading: a wrapped line starts under the
 * text, not under the number, even when it opens with a digit or a capital.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const r = (n: string, what: string, who = '', when = ''): string => (n.padEnd(6) + what.padEnd(40) + who.padEnd(24) + when).trimEnd();

const plan = [
  'Safety plan for Kai and Lola',
  '',
  '      Action                                  Who                     When',
  r('1', 'Mum to change the locks on the', 'Mum', '10/03/27'),
  r('', 'back door and the shed.'),
  r('2', 'Housing to fit a doorbell camera so', 'Housing officer', '17/03/27'),
  r('', '24 hour footage can be checked.'),
  r('3', 'Nursery to tell the SW the same day', 'Nursery manager', 'Same day'),
  r('', 'Kai comes in with a bruise.'),
  r('4', 'GP to review Lola’s asthma plan.', 'Dr Fenn', 'by 31/03/27'),
  r('5', 'Core group', 'All', 'Wed 24/03/27'),
  '',
  'Mum agreed this plan at the meeting.',
].join('\n');

describe('a spaced table numbered in the margin', () => {
  it('keeps every row when a wrapped line opens with a digit or a capital', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(5);
    expect(actionWith(plan, 'doorbell').text).toContain('24 hour footage');
    expect(actionWith(plan, 'Nursery to tell').text).toContain('Kai comes in');
    expect([actionWith(plan, 'asthma').who, actionWith(plan, 'asthma').when]).toEqual(['Dr Fenn', 'by 31/03/27']);
  });

  it('a new numbered row is not taken as a wrapped line', () => {
    expect(actionWith(plan, 'Core group').when).toBe('Wed 24/03/27');
  });
});
