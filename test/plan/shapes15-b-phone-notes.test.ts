/**
 * Notes typed on a phone after a visit: no capitals, no full stops, a "todo:"
 * heading, and one task a line written "doer -> task". Each line is an
 * action and the words before the arrow are its owner.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const NOTES = [
  'home visit notes 12/3 - plan w mum n dad',
  'kids seen, house ok-ish, fridge empty again 😕',
  '',
  'todo:',
  'mum -> food bank voucher, pick up fri',
  'dad -> ring housing re damp, by tues 16th',
  "me -> chase gp re leah's ear, tmrw",
  'hv -> weigh baby wkly',
  'mum n dad -> no smoking in the flat at all',
  "school to send leah's attendance every mon",
  "nan said she'd help with school runs wk of 15th 👍",
  'someone to check if they can get the warm home discount??',
  '',
  'next cg 25/3 2pm at the hub',
].join('\n');

const NOTES2 = [
  'visit 4 nov, tia + jordan at home',
  '',
  'to-do',
  'jordan → GP about the rash by fri 7th',
  'sw → ring nursery re tia missing mornings today',
  'nursery → text sw if tia not in by 10am',
  'gran → have the kids sat nights till review',
  '',
  'back thurs',
].join('\n');

describe('phone-typed arrow lines', () => {
  it('each "doer -> task" line under "todo:" is an action owned by the doer', () => {
    const acts = actionsOf(NOTES);
    expect(acts).toHaveLength(8);
    expect(acts.slice(0, 5).map((a) => a.who)).toEqual(['mum', 'dad', 'me', 'hv', 'mum n dad']);
    expect(acts[5]?.who).toBe('school');
    expect(acts[1]?.when).toContain('16th');
    // the notes above the list and the meeting line under it are not actions
    expect(acts.some((a) => a.text.includes('fridge') || a.text.includes('next cg'))).toBe(false);
  });

  it('"→" arrows under a "to-do" heading, in other words', () => {
    const acts = actionsOf(NOTES2);
    expect(acts.map((a) => a.who)).toEqual(['jordan', 'sw', 'nursery', 'gran']);
    expect(acts.map((a) => a.text.slice(0, 12))).toEqual(['jordan → GP ', 'sw → ring nu', 'nursery → te', 'gran → have ']);
  });
});
