/** A formal letter whose actions sit under "What we expect of you" and "What the council will do" schedules. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const letter = [
  'Dear Mr Adeyemi',
  '',
  'We are writing because we remain worried about how often Tomi misses school and about the state of the house.',
  '',
  'THE AGREEMENT – WHAT WE EXPECT OF YOU',
  '',
  'A. Mr Adeyemi will take Tomi to school by 8.45am every weekday.',
  'B. Mr Adeyemi will clear the back bedroom so that Tomi has a bed of his own by Friday 7 May 2027.',
  '',
  'THE AGREEMENT – WHAT THE COUNCIL WILL DO',
  '',
  'C. The social worker, Femi Lowe, will visit the house every Tuesday.',
  '',
  'Yours sincerely',
  'Femi Lowe',
  '',
].join('\n');

describe('a letter with a schedule of what the parent is expected to do', () => {
  it('reads the items under "what we expect of you" as actions, like those under "what the council will do"', () => {
    const acts = actionsOf(letter);
    expect(acts.map((a) => a.who)).toEqual(['Mr Adeyemi', 'Mr Adeyemi', 'The social worker, Femi Lowe']);
    expect(acts.some((a) => a.text.includes('worried'))).toBe(false);
  });
});
