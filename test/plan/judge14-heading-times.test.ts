/** Headings that are times over lists of items with none of their own; stage headings that are places are not. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const timed = [
  'CHILD PROTECTION PLAN FOR AYDEN PRICE (6)',
  'Mum: Tamsin Price   SW: Owen Blake   Review conference: Thursday 6 May 2027',
  '',
  'IN THE NEXT TWO WEEKS',
  '- Owen to visit Tamsin at home and see Ayden on his own.',
  '- Tamsin to register Ayden with the dentist on Carr Road.',
  '',
  'BY THE REVIEW CONFERENCE',
  '- Family support worker to do six sessions on routines with Tamsin.',
  '- Tamsin to go to the Freedom Programme on Tuesdays.',
  '- School nurse to check Ayden’s height and weight.',
  '',
  'EVERY WEEK',
  '- Owen or the family support worker to visit without warning.',
  '',
  'Signed: Tamsin Price',
].join('\n');

const stages = [
  'PRE-BIRTH PLAN FOR BABY OF LEAH DOYLE',
  'Due date: 3 June 2027',
  '',
  'BEFORE THE BIRTH',
  '- Leah to go to the Riverside drug service every Monday at 11am.',
  '- Ola (SW) to finish the parenting assessment by 10 May.',
  '- Leah’s partner to do a parenting course.',
  '',
  'ON THE LABOUR WARD',
  '- Midwife to phone Ola when Leah is admitted.',
  '- Leah and baby to stay in for two nights.',
  '',
  'AFTER THE BIRTH',
  '- Health visitor to visit every week for 8 weeks.',
  '- Leah’s mum to help with night feeds.',
].join('\n');

describe('timescale headings', () => {
  it('an item with no time of its own takes the time its heading gives', () => {
    expect(actionWith(timed, 'see Ayden on his own').when).toBe('IN THE NEXT TWO WEEKS');
    expect(actionWith(timed, 'six sessions').problems).not.toContain('missing-timescale');
    expect(actionWith(timed, 'height and weight').when).toBe('BY THE REVIEW CONFERENCE');
    expect(actionWith(timed, 'without warning').problems).not.toContain('missing-timescale');
  });

  it('an item’s own time wins over the heading', () => {
    expect(actionWith(timed, 'Freedom Programme').when).toBe('on Tuesdays');
  });

  it('headings that walk through places and stages give no time: an untimed item under them has none', () => {
    expect(actionWith(stages, 'parenting course').problems).toContain('missing-timescale');
    expect(actionWith(stages, 'night feeds').problems).toContain('missing-timescale');
  });
});
