import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('owners the clause reading used to lose', () => {
  const plan = [
    'Children: Kian WEST  (8)  /  Ava WEST  (3)',
    '',
    'What will happen',
    '• Ward staff will ring Mum every evening at 7pm.',
    '• Jess to be offered a young carers assessment – Hope Street Project, by the end of May.',
    '• No visits from Gran while Dad is there – all professionals to note.',
    '• Talk time with Ava about the fire at home to be given by Priya.',
    '• Counselling for Amy. Dee Marsh will ask the school about a place by Friday 3 May.',
    '• I have rung the court about an order. The hearing is on 3 May. I will ring you after it.',
    '• Gran has said Kian can stay with her. I will visit her by 3 May to check the house.',
    '• Who in the family will help: Aunt Di will pick Kian up from school at 3pm every Monday.',
    '• Kian to have some direct work about his feelings.',
  ].join('\n');

  it('reads staff as a role', () => {
    expect(actionWith(plan, 'Ward staff').who).toBe('Ward staff');
  });
  it('takes a named service or a group after a dash', () => {
    expect(actionWith(plan, 'Hope Street').who).toBe('Hope Street Project');
    expect(actionWith(plan, 'No visits').who).toBe('all professionals');
  });
  it('finds the "by" agent when the item opens like a verb', () => {
    expect(actionWith(plan, 'Talk time').who).toBe('Priya');
  });
  it('takes the doer of a later sentence after a heading, a report or a label', () => {
    expect(actionWith(plan, 'Counselling').who).toBe('Dee Marsh');
    expect(actionWith(plan, 'rung the court').who).toBe('I');
    expect(actionWith(plan, 'Gran has said').who).toBe('I');
    expect(actionWith(plan, 'Aunt Di').who).toBe('Aunt Di');
  });
  it('reads a child named in a padded form header as receiving', () => {
    expect(actionWith(plan, 'direct work').problems).toContain('missing-owner');
  });
});

describe('a closing bracket of several owners after a time column', () => {
  const plan = ['WHEN              WHAT AND WHO', 'Mon 3/5 –         Zoe to ring the dentist for Ava. (Zoe)', 'If Lee comes –    Lock the door and ring 999. (Gemma/Rob/neighbour)', 'Every day –       Lock the back gate. (Monday/Friday)'].join('\n');

  it('takes names and roles joined by slashes, not days', () => {
    expect(actionWith(plan, 'Lock the door').who).toBe('Gemma/Rob/neighbour');
    expect(actionWith(plan, 'back gate').who).toBe(null);
  });
});
