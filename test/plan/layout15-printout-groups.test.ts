/** Printouts and spreadsheets: an outcome label set off by a gap, a number over its own sub-numbers, a note row and a second header row in a tab table. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe('"GOAL 2   <statement>": a group label with a gap, no colon', () => {
  const plan = [
    'BACKGROUND',
    'Neighbours called the police twice in March after shouting at the flat.',
    '',
    'WHAT KAI SAYS',
    'Kai told his teacher “I go to my room when they shout.”',
    '',
    'OUTCOME 1  Kai and Mia to be safe at home',
    '  Task        : Jess to go to the Own My Life course (10 weeks).',
    '  Assigned to : Jess Lowe (mum)',
    '  Due         : 30/06/2027',
    '  Status      : OPEN',
    '',
    'OUTCOME 2  Mia will get to nursery every day',
    '  Task        : Nursery to phone the SW by 10am on any day Mia is absent.',
    '  Assigned to : Little Stars Nursery',
    '  Due         : Daily',
  ].join('\n');

  it('opens the tasks under it, even after a background heading', () => {
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.who)).toEqual(['Jess Lowe (mum)', 'Little Stars Nursery']);
  });

  it('is no action itself', () => {
    expect(actionsOf(plan).some((a) => /OUTCOME/.test(a.text))).toBe(false);
  });
});

describe('"2. Support for Gran" straight over "2.1 …"', () => {
  const plan = [
    'Plan for Sam',
    '',
    '1. Sam’s eczema',
    '1.1 GP to review the creams.',
    '    Who: GP   When: by 3 May',
    '',
    '2. Support for Gran',
    '2.1 Referral to the carers centre for a break.',
    '    Who: Owen   When: after the assessment',
    '2.2 Gran to go to the coffee morning.',
    '    Who: Gran   When: when she can',
  ].join('\n');

  it('is the title of its sub-items, not an action', () => {
    const acts = actionsOf(plan);
    expect(acts.some((a) => a.text.startsWith('Support'))).toBe(false);
    expect(acts.map((a) => a.who)).toEqual(['GP', 'Owen', 'Gran']);
  });

  it('a numbered step over another number family is still read', () => {
    const acts = actionsOf(['Plan', '', '1. Mum to book the dentist by Friday.', '2. Dad to ring school on Monday.'].join('\n'));
    expect(acts.length).toBe(2);
  });
});

describe('a spreadsheet with a note row and a second table', () => {
  const sheet = [
    'Actions',
    '',
    'What\tWho\tWhen',
    'Mum to take Kai to the dentist\tMum\t12/05/27',
    'School to ring SW if Kai is absent\tSchool\tDaily',
    '',
    'New steps agreed today\tWho\tBy when',
    'Dad to book the parenting course\tDad\t01/06/27',
    'SW to visit every two weeks\tSW – Jo\tOngoing',
    '',
    'Next meeting: 03/06/2027 2pm at the Hub\t\t',
    'Review: within 12 weeks\t\t',
    'Gran to be told about the plan\t\t',
  ].join('\n');

  it('the second header row is no action; its rows are read under it', () => {
    const acts = actionsOf(sheet);
    expect(acts.some((a) => a.text.startsWith('New steps'))).toBe(false);
    expect(acts.find((a) => a.text.startsWith('Dad'))?.when).toBe('01/06/27');
  });

  it('a "Key: value" note alone in the first cell is no action; a step alone there still is', () => {
    const acts = actionsOf(sheet);
    expect(acts.some((a) => /^(?:Next meeting|Review):/.test(a.text))).toBe(false);
    expect(acts.some((a) => a.text.startsWith('Gran to be told'))).toBe(true);
  });
});
