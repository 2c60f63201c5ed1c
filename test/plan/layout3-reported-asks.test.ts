/** Topic paragraphs (areas of need) whose actions are reported: "has been asked to", "said she would". */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Family plan for Mia Cole (9)',
  'Key worker: Lena Park',
  '',
  'Why we are worried',
  'Mia often misses breakfast and is tired at school.',
  '',
  'SCHOOL',
  'Mrs Dunn, the pastoral lead at Elm Grove Primary, has been asked to see Mia every Wednesday at 9am. The school nurse said she would weigh Mia by 20/05/2027.',
  '',
  'HOME',
  'Lena is going to take Dad to the food bank on Friday 14 May 2027. Dad needs to have Mia in bed by 8pm every night.',
  '',
  'FAMILY',
  'Uncle Ray said he would take Mia swimming every Saturday morning. Mia would like to see her cousins, and Lena will ask Aunt Jo by 21/05/2027.',
].join('\n');

describe('reported asks in topic paragraphs', () => {
  it('reads "has been asked to" and "said she would" as an action with its doer', () => {
    expect(actionWith(plan, 'pastoral lead').who).not.toBeNull();
    expect(actionWith(plan, 'weigh Mia').who).toBe('The school nurse');
  });

  it('opens every topic section whose sentences read as actions', () => {
    const acts = actionsOf(plan).map((a) => a.text);
    expect(acts.some((t) => t.startsWith('Uncle Ray said he would'))).toBe(true);
    expect(actionWith(plan, 'Aunt Jo').who).toBe('Lena');
    expect(acts.some((t) => t.startsWith('Mia often misses'))).toBe(false);
    expect(acts).toHaveLength(6);
  });

  it('does not take a bare report of what someone said as an action', () => {
    const said = ['Notes', 'Dad said he was tired. The school said Mia was happy.'].join('\n');
    expect(actionsOf(said)).toHaveLength(0);
  });
});
