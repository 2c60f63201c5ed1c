/** A table with one cell a line, pasted from a PDF: a blank Who cell can vanish, and a page footer can fall between a row's cells. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Plan for Kai and Lola',
  '',
  'What needs to happen',
  'Who',
  'By when',
  'Mum will take Lola to the dentist to have her tooth looked at.',
  'Mum (Gemma)',
  'By Friday 12 March',
  'A stair gate will be fitted at the top of the stairs.',
  'Within 7 days',
  'The health visitor will weigh Kai at home and check his feeding chart.',
  'Priya (health visitor)',
  'Northfield Council          Plan for Kai and Lola          Page 1 of 3',
  'Every Tuesday',
  'Dad will not smoke in the flat or the car.',
  'Dad (Leon)',
  'From now on',
  '',
  'If things do not get better',
  'If the gate is not fitted, the social worker will talk to the housing officer.',
].join('\n');

describe('rows of a one-cell-a-line table that lost a line', () => {
  it('a time line where the owner should be, before the next row, is the When cell: the Who cell was blank', () => {
    const a = actionWith(plan, 'stair gate');
    expect([a.text, a.who, a.when]).toEqual(['A stair gate will be fitted at the top of the stairs.\nWithin 7 days', null, 'Within 7 days']);
    expect(a.problems).toContain('missing-owner');
    expect(a.problems).not.toContain('missing-timescale');
  });

  it('a page footer between two cells of a row is passed over, and the rows after it keep their places', () => {
    expect(actionWith(plan, 'feeding chart').when).toBe('Every Tuesday');
    const a = actionWith(plan, 'smoke');
    expect([a.who, a.when]).toEqual(['Dad (Leon)', 'From now on']);
    expect(actionsOf(plan)).toHaveLength(4);
  });
});
