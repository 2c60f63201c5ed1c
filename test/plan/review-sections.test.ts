/** Minutes that look back before they plan: an "Actions from the last meeting" list and an "Updates" section are not the plan. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const minutes = [
  'REVIEW CORE GROUP – NOTES',
  '',
  'Child:  Finn OKAFOR (3)              Plan start: 02/02/2027',
  'Date:   Tuesday 9 March 2027, 10am, Elm Road Family Hub',
  '',
  'Present: Mo Okafor (Dad), Lena Hart (SW), Tess Brown (Nursery manager)',
  'Apologies: Dr Amin (GP)',
  '',
  '1.  Actions from last CG',
  '- One named health visitor – DONE (Ms Grant)',
  '- Damp report – in progress. Lena has asked the landlord twice so far.',
  '- Finn’s nursery attendance is now 91% (was 60% in the spring).',
  '',
  '2.  Updates',
  'School:  Finn has been in nursery every day and has eaten his snack. No bruises have been seen. Staff said he “never stops chatting” now.',
  'Dad:  Mo said the new flat is warmer and he is finding the meetings easier.',
  '',
  '3.  Actions agreed today',
  'ACTION 1: Lena to book Finn’s hearing test.   LH – by 9 April',
  'ACTION 2: Mo to take Finn to the dentist.   Mo – 16/04/27',
  '',
  '4.  Next core group:  Tuesday 13 April 2027, 10am, same place.',
].join('\n');

describe('looking-back sections in minutes', () => {
  it('only the actions agreed today are actions', () => {
    const acts = actionsOf(minutes);
    expect(acts.some((a) => /DONE|School:|91%|in progress/.test(a.text))).toBe(false);
    expect(acts.filter((a) => a.text.startsWith('ACTION'))).toHaveLength(2);
  });
});
