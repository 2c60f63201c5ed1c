/**
 * An action log kept between meetings: each item followed by its news
 * ("Update 3/2: booked", "Progress – two sessions done") with no indent. The
 * news lines are notes on the item above, not a heading: the list goes on
 * after them, and they are not actions.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const LOG = [
  'CHILD IN NEED TO CP – ACTION LOG (Kacper, 6)',
  '',
  '* Mum to take Kacper to the dentist for the two bad teeth. By 19/2.',
  'Update 3/2: appointment booked for 17/2.',
  'Update 17/2: went, one tooth out, next visit 3/3.',
  '',
  '* Social worker (Ola) to visit every week, one visit unannounced.',
  'Update 3/2: visits on 27/1 and 2/2, both fine.',
  '',
  '* Dad to clear the rubbish bags from the back yard by the end of this week.',
  'Update 3/2: not done yet. Dad says the council have not collected.',
  '',
  '* Family support worker to do 6 sessions on routines with Mum, Thursdays 4pm.',
  'Update 17/2: 2 sessions done.',
  '',
  '* School to give Kacper breakfast club every day.',
  'Update 3/2: started.',
  '',
  'Updated by Ola Nowak, 17/02/2027',
].join('\n');

const TRACKER = [
  'Kinsley Road Team – plan tracker for Ruby and Sol Achebe',
  '',
  '1. Grandad to collect Sol from nursery on Mondays and Thursdays.',
  'Progress – happening, nursery happy.',
  '2. Ms Quinn (teacher) to tell Jade if Ruby comes in hungry, the same morning.',
  'Progress (10 May) – one call so far.',
  '3. Dad will book the boiler repair by 20 May.',
  'Updates: engineer coming 18th.',
  '4. Jade to visit the flat every ten days and see both children.',
  'Progress – 2 visits.',
  '',
  'Signed off: J. Bell, team manager',
].join('\n');

describe('progress notes under list items', () => {
  it('an "Update 3/2:" line after each bullet does not end the list', () => {
    const acts = actionsOf(LOG);
    expect(acts.map((a) => a.text.slice(0, 24))).toEqual([
      'Mum to take Kacper to th',
      'Social worker (Ola) to v',
      'Dad to clear the rubbish',
      'Family support worker to',
      'School to give Kacper br',
    ]);
    expect(acts.map((a) => a.who)).toEqual(['Mum', 'Social worker (Ola)', 'Dad', 'Family support worker', 'School']);
    // the news is never part of an action, nor its date the action's time
    expect(acts.some((a) => a.text.includes('Update'))).toBe(false);
    expect(acts[0]?.when).toBe('By 19/2');
  });

  it('"Progress – …" lines between numbered items, in other words', () => {
    const acts = actionsOf(TRACKER);
    expect(acts.map((a) => a.who)).toEqual(['Grandad', 'Ms Quinn (teacher)', 'Dad', 'Jade']);
    expect(acts.some((a) => /Progress|Updates|Signed/.test(a.text))).toBe(false);
    expect(acts[2]?.when).toBe('by 20 May');
  });
});
