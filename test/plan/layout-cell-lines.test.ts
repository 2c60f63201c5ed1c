/** A Word table that lost its tabs: every cell on a line of its own, an empty line for an empty cell. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Plan for Ruby and Tom',
  '',
  'What we are worried about',
  'Ruby (6) has missed 31 days of school this term and Tom’s asthma inhaler ran out twice.',
  '',
  'Actions',
  'Who',
  'When',
  'Get Ruby to the school gate by 8.50am',
  'Mum (Carla)',
  'Every school day',
  'Order Tom’s inhaler from the surgery before it runs out',
  '',
  '',
  'Book a home visit to look at the bedrooms',
  'Imran Shah, family support',
  '',
  'Ruby not to be kept at home to look after Tom until the next core group',
  '',
  'next core group',
  '',
  'If things get worse',
  'If Ruby misses another week of school, the social worker will ask for a meeting with the school and the council’s education welfare team.',
].join('\n');

describe('a table with one cell a line', () => {
  it('reads a row as many lines as the header has headings', () => {
    const a = actionWith(plan, 'school gate');
    expect([a.text, a.who, a.when, a.problems]).toEqual(['Get Ruby to the school gate by 8.50am\nMum (Carla)\nEvery school day', 'Mum (Carla)', 'Every school day', []]);
  });

  it('an empty line is an empty cell: two of them leave the row with no owner and no time', () => {
    const a = actionWith(plan, 'inhaler');
    expect(a.text).toBe('Order Tom’s inhaler from the surgery before it runs out');
    expect(a.problems).toContain('missing-owner');
  });

  it('a row with its last cell empty has a missing timescale and ends at its last filled cell', () => {
    const a = actionWith(plan, 'bedrooms');
    expect(a.text).toBe('Book a home visit to look at the bedrooms\nImran Shah, family support');
    expect(a.problems).toContain('missing-timescale');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('the table stops at the heading after it, and neither the header nor the contingency is an action', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(4);
    expect(acts.some((x) => x.text.includes('If Ruby misses'))).toBe(false);
    expect(acts.some((x) => x.text.startsWith('Actions'))).toBe(false);
  });

  it('rows parted by one empty line each are read the same way', () => {
    const t = ['What needs to happen', 'Who will do it', 'By when', 'Fit a smoke alarm in the hall', 'Landlord', 'by 3 March', '', 'Take Ben to the eye clinic', 'Dad', 'on 9 March', '', 'Contingency', 'If the alarm is not fitted, the social worker will ring the landlord.'].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => [a.who, a.when])).toEqual([['Landlord', 'by 3 March'], ['Dad', 'on 9 March']]);
  });

  it('a field line with a colon ("Who:", "When:") is not read as a heading cell', () => {
    const t = ['1.', 'Nan will collect Ben from school on Tuesdays.', 'Who:', 'When:', '2.', 'Dad will fix the stair gate by Friday.', 'Who: Dad', 'When: Friday'].join('\n');
    expect(actionsOf(t).every((a) => !a.text.startsWith('Who'))).toBe(true);
  });
  it('an empty line between the headings and the first row does not hide the table', () => {
    const t = ['Our plan', '', 'Task', 'Lead', 'Deadline', '', 'Mend the back door lock', 'Housing officer (Ellen)', 'by 12 May', '', 'Walk Sami to the bus stop', 'Grandad', 'Each weekday', '', 'Review', 'All', '20 June', '', 'Please keep this plan somewhere safe and tell us if anything changes.'].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => [a.who, a.when])).toEqual([['Housing officer (Ellen)', 'by 12 May'], ['Grandad', 'Each weekday'], ['All', '20 June']]);
  });
});
