/** Session 15 misses: short time units, counted weeks, print headers, passive steps at a meeting, letters' closing lines. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('short forms of time units', () => {
  const plan = [
    'Actions agreed',
    '',
    '- Duty team to visit within 48 hrs of any call from the school.',
    '- Family support worker to see Dominic every 3 wks at home.',
    '- Kieran to stay off alcohol for 6 mths.',
    '- Practice nurse to weigh Esme again in 2/52.',
  ].join('\n');

  it('"hrs", "wks", "mths" make a period like "hours", "weeks", "months"', () => {
    expect(actionWith(plan, 'Duty team').when).toBe('within 48 hrs of any call from the school');
    expect(actionWith(plan, 'Duty team').problems).not.toContain('missing-timescale');
    expect(actionWith(plan, 'every 3 wks').when).toBe('every 3 wks');
    expect(actionWith(plan, '6 mths').problems).not.toContain('missing-timescale');
  });

  it('"2/52" is two weeks, not a date that does not exist', () => {
    expect(actionWith(plan, 'Practice nurse').when).toContain('2/52');
    expect(actionWith(plan, 'Practice nurse').problems).not.toContain('missing-timescale');
  });
});

describe('"for the baby\'s first N weeks"', () => {
  it('whose first weeks they are does not hide the period', () => {
    const t = ['What will happen', '', '- Auntie Bev will sleep at the house for the baby’s first 3 weeks.', '- Marcus to stay at his brother’s for Ella’s first 10 days.'].join('\n');
    expect(actionWith(t, 'Auntie Bev').when).toBe('for the baby’s first 3 weeks');
    expect(actionWith(t, 'Marcus').when).toBe('for Ella’s first 10 days');
  });
});

describe('a printout whose title and print stamp share a line', () => {
  it('the title block over the case details is not an action', () => {
    const t = [
      'Eastvale City Council  -  Family Services',
      'CHILD PROTECTION PLAN                                          Printed: 03/03/2027 11:40 by KPATEL',
      'Case ref: 99120',
      'Child: Leo GRANT (6y)',
      'Plan start date: 01/03/2027          Review: 24/05/2027',
      'Allocated worker: Kiran Patel (SW)   Tel: 01632 960001',
      '',
      'ACTIONS',
      'Action:',
      'Sam to take Leo to the dentist.',
      'Responsible:',
      'Sam Grant (Dad)',
      'Target date:',
      '12/03/2027',
    ].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => a.text.split('\n')[0])).toEqual(['Sam to take Leo to the dentist.']);
  });
});

describe('a passive step with no doer, set at the plan\'s meetings', () => {
  const t = [
    'NEXT STEPS',
    '• Gran – collect Jayden from school on Mondays – weekly',
    '• Ms Hill – ring Dad about the housing letter – by 9 March',
    '',
    'Safety map to be looked at again at every core group.',
    '',
    'Notes to be sent out within 10 working days.',
  ].join('\n');

  it('is an action with no owner', () => {
    const a = actionWith(t, 'Safety map');
    expect(a.when).toBe('at every core group');
    expect(a.problems).toContain('missing-owner');
  });

  it('a line about the notes of the meeting is not one', () => {
    expect(actionsOf(t).some((a) => a.text.startsWith('Notes'))).toBe(false);
  });
});

describe('a letter asking the reader to go over the plan', () => {
  it('"Read it when you feel ready and tell Sam what you think" is not a step', () => {
    const t = [
      'Ashdown Council – Children’s Services',
      '',
      'MY PLAN – Jess',
      '',
      'Hi Jess. This is your plan from the meeting on Monday 3 May. You were at school, so Sam (your social worker) wrote it down for you. Read it when you feel ready and tell Sam what you think.',
      '',
      'What happened',
      'A boy at the park took your phone and pushed you.',
      '',
      'What will happen next',
      '• Sam will see you every Friday at school.',
    ].join('\n');
    expect(actionsOf(t).map((a) => a.text)).toEqual(['Sam will see you every Friday at school.']);
  });
});

describe('a modal inside a condition', () => {
  it('a worry that ends "if Mum has to go into hospital" is not a step', () => {
    const t = [
      'MINUTES',
      '',
      '3.  What we still worry about',
      '– Gran works nights, so nobody can look after Theo if Mum has to go back into hospital.',
      '',
      '4.  THE PLAN',
      'ACTION: Gran to ask her manager about day shifts by 20 May.',
    ].join('\n');
    expect(actionsOf(t).some((a) => a.text.includes('Gran works nights'))).toBe(false);
    expect(actionWith(t, 'day shifts').who).toBe('Gran');
  });
});

describe('a table with each cell on its own line', () => {
  it('a row with an empty Who cell after a sentence is still a row, and the row after it too', () => {
    const t = [
      'What needs to happen',
      'Who',
      'When',
      '',
      'Dad to hand in the car keys at the office.',
      'Mr Ward (Dad)',
      'by 4/5/2027',
      '',
      'Review meeting to be called if Dad moves back in.',
      '',
      'TBC',
      '',
      'Next review',
      'Everyone',
      'Mon 17/5, 2pm, Oak Lane Centre',
    ].join('\n');
    const acts = actionsOf(t);
    expect(acts).toHaveLength(3);
    expect(actionWith(t, 'Review meeting').when).toBe('TBC');
    expect(actionWith(t, 'Review meeting').problems).toContain('missing-owner');
    expect(actionWith(t, 'Next review').who).toBe('Everyone');
  });
});

describe('more ways to write a time', () => {
  const t = [
    'Plan',
    '',
    '- Short breaks at Ash Lodge to carry on – one weekend a month.',
    '- Grandad to have Ruby 2 days per week.',
  ].join('\n');

  it('"one weekend a month" is how often', () => {
    expect(actionWith(t, 'Ash Lodge').when).toBe('one weekend a month');
    expect(actionWith(t, 'Ash Lodge').problems).not.toContain('missing-timescale');
    expect(actionWith(t, 'Grandad').when).toBe('2 days per week');
  });
});

describe('a short e-mail of agreed steps', () => {
  const t = [
    'Hi everyone,',
    '',
    'Here is a quick list from this morning. Minutes will come later.',
    '',
    '* Dad to keep Noah away from his uncle, including online.',
    '* Jo to book the police interview – by 14/6',
    '* Health visitor to weigh Noah every Tuesday',
    '* Nan to walk Noah to school every day',
    '* Referral to the Oakwood centre for family support',
    '* Parenting course for Dad at Oakwood – TBC',
    '',
    'Cheers',
    'Jo',
    '',
    'Jo Hale | Social Worker | Eastvale Council',
    '01632 960 100',
  ].join('\n');

  it('a step written as a noun in a bullet list of clear steps is one of them', () => {
    expect(actionWith(t, 'Referral to the Oakwood').problems).toContain('missing-owner');
    expect(actionWith(t, 'Parenting course').when).toBe('TBC');
  });

  it('the signature under the sign-off is not an action', () => {
    expect(actionsOf(t).some((a) => a.text.includes('Jo Hale'))).toBe(false);
    expect(actionWith(t, 'Nan to walk').when).toBe('every day');
  });
});
