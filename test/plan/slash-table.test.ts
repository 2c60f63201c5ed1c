/** Tables typed with spaced slashes between the cells: "Who / What / When". */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { actionWith } from './helpers.js';

const plan = [
  'Next steps',
  'Who / What / When',
  'Rosa / Take Mia to the dentist at Parkside Surgery and keep the appointment card / by 19/03/27',
  'Tom Price (SW) / Visit at home and see Mia’s bedroom / every 2 weeks',
  ' / Referral to the Springwell parenting course / TBC',
  '? / Meeting with the housing officer about the damp / ongoing',
  'Mia’s nan Carol / Have Mia to stay on Friday nights, w/b 1/3 onwards / weekly',
  '',
  'Scaling: everyone put the worry at 4/10 and the hope at 7/10.',
  '',
].join('\n');

describe('a slash table', () => {
  it('reads each row as an action with who and when from their cells', () => {
    const a = actionWith(plan, 'dentist');
    expect([a.who, a.when, a.problems]).toEqual(['Rosa', 'by 19/03/27', []]);
    expect(actionWith(plan, 'bedroom').who).toBe('Tom Price (SW)');
  });

  it('an empty or "?" owner cell is a missing owner; TBC and ongoing are vague', () => {
    expect(actionWith(plan, 'Springwell').problems).toEqual(['missing-owner', 'vague-timescale']);
    expect(actionWith(plan, 'damp').problems).toContain('vague-timescale');
  });

  it('slashes inside words and dates do not split cells, and the lines after the table are not rows', () => {
    const a = actionWith(plan, 'Friday nights');
    expect(a.what).toBe('Have Mia to stay on Friday nights, w/b 1/3 onwards');
    expect(check(plan).actions).toHaveLength(5);
  });

  it('a sentence with slashes and no header is not a table', () => {
    const t = 'Mum / Dad will bring Mia to school by 9am every day.\nThe worry is 4 / 10 now.\n';
    expect(check(t).actions.map((x) => x.who)).toEqual(['Mum / Dad']);
  });
});
