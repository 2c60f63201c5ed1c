import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('e-mailed plan items: a star against the word, fields parted by spaced hyphens', () => {
  const plan = [
    'Hello everyone,',
    '',
    'The actions we agreed this morning:',
    '',
    'ACTIONS',
    '*Housing transfer form to be sent - Dev (FSW) - by 14/05',
    '*Landlord to be told about the broken lock - Dev / team manager - this week',
    '*Ruby to be offered a place at the summer club - school',
    '*Dental check for Ruby to be booked - by end of June',
    '*Follow-up visit to the Smith-Jones flat - HV - 10-12 June',
    '*Strategy meeting - 12/06/2027 10am - Elm House (video link for nursery)',
    '',
    'Cheers',
    'Dev',
  ].join('\n');

  it('reads each starred line as its own action', () => {
    expect(actionsOf(plan)).toHaveLength(6);
  });

  it('splits item - owner - time, with a "Name / Role" owner', () => {
    const a = actionWith(plan, 'Landlord');
    expect(a.who).toBe('Dev / team manager');
    expect(a.when).toBe('this week');
    expect(actionWith(plan, 'Housing transfer').who).toBe('Dev (FSW)');
  });

  it('reads two fields: a passive item then its owner, or then its time', () => {
    expect(actionWith(plan, 'summer club').who).toBe('school');
    const d = actionWith(plan, 'Dental');
    expect(d.who).toBeNull();
    expect(d.when).toBe('by end of June');
  });

  it('does not split hyphenated words or ranges', () => {
    const f = actionWith(plan, 'Follow-up');
    expect(f.who).toBe('HV');
    expect(f.when).toBe('10-12 June');
  });

  it('reads a meeting line as meeting - date - place, with nobody named to hold it', () => {
    const m = actionWith(plan, 'Strategy meeting');
    expect(m.who).toBeNull();
    expect(m.when).toBe('12/06/2027 10am');
  });
});

describe('unbulleted lines of initials and tasks', () => {
  const plan = [
    'Tasks',
    'PD - list of every missed clinic to be drawn up - 3/4',
    'Dr LK - overview of the growth charts - by the review',
    'MT - weekly note of what Alfie eats at lunch, sent to PD every Thursday',
    'Kerry - not to give Alfie any medicine that the GP has not prescribed',
    '',
    'Next meeting 2/5/27',
  ].join('\n');

  it('reads each line as a task, not as a heading', () => {
    expect(actionsOf(plan)).toHaveLength(4);
  });

  it('takes the initials before the dash as the owner, passive tasks too', () => {
    const a = actionWith(plan, 'missed clinic');
    expect(a.who).toBe('PD');
    expect(a.when).toBe('3/4');
    expect(actionWith(plan, 'growth charts').who).toBe('Dr LK');
    expect(actionWith(plan, 'medicine').who).toBe('Kerry');
  });
});

describe('owner-first items with a colon', () => {
  const plan = [
    'WHEN THE BABY IS HOME',
    '• HV: visit – every week for the first month',
    '• Jodie: show the nurse how she makes up the bottles – at every visit',
    '• Liam: not to drive with the baby in the car until the assessment is done',
  ].join('\n');

  it('reads the name before the colon as the owner of a step or a "not to" rule', () => {
    expect(actionWith(plan, 'bottles').who).toBe('Jodie');
    expect(actionWith(plan, 'not to drive').who).toBe('Liam');
  });
});
