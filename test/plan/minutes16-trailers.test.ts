/** Minutes whose agreed steps end with who does them (and when) after a marker: "… . ACTION: JB – by 3/5". */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const numbered = [
  'Strategy follow-up – notes',
  'Present: Jo Baker (social worker, JB), Lena Voss (health visitor), Mr Crane (head of year)',
  '',
  '1. How things are',
  'Mum said the baby is feeding better and she is sleeping more. The HV weighed Ella on 1/3 and she has put on weight.',
  '',
  '2. Agreed actions',
  '2.1 Book a hearing test for Ella. ACTION: HV – by 17/3/27',
  '2.2 Kai to go to the homework club after school. School to keep a register of it. Action: Mr Crane, weekly',
  '2.3 Ask the housing officer about the broken window. ACTION: JB',
  '2.4 Parenting course to be offered to both parents. ACTION: JB / Lena Voss – before the next meeting on 2/4/27',
  '',
  '3. Any other business',
  'None raised. JB to send the notes to everyone by email.',
].join('\n');

describe('minutes with action trailers', () => {
  it('a numbered section heading over its own sub-numbered items is a heading, and the items are actions', () => {
    const texts = actionsOf(numbered).map((a) => a.text);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toBe('Book a hearing test for Ella. ACTION: HV – by 17/3/27');
    expect(texts.some((t) => t.includes('feeding better'))).toBe(false);
  });

  it('the owner and time after the marker are the step’s own, even when the step names another doer', () => {
    expect(actionWith(numbered, 'hearing test')).toMatchObject({ what: 'Book a hearing test for Ella.', who: 'HV', when: 'by 17/3/27' });
    expect(actionWith(numbered, 'homework club')).toMatchObject({ who: 'Mr Crane', when: 'weekly' });
    const window = actionWith(numbered, 'broken window');
    expect(window.who).toBe('JB');
    expect(window.problems).toContain('missing-timescale');
    expect(actionWith(numbered, 'Parenting course')).toMatchObject({ who: 'JB / Lena Voss', when: 'before the next meeting on 2/4/27' });
  });

  it('unnumbered lines of notes that end with a trailer are the actions; the notes around them are not', () => {
    const notes = [
      'Family meeting 12/5/27',
      'Dad said the car is fixed and he can do the school run again.',
      'Check that the new bed has been delivered. Actioned to FSW',
      'Nan worries about money and said the electric is on the emergency credit.',
      'Food bank voucher for this week → Priya (FSW), 14/5/27',
      'Dad to ring the GP about his sleep. Action – Dad, tomorrow',
      'Everyone agreed the house is calmer.',
    ].join('\n');
    const acts = actionsOf(notes);
    expect(acts.map((a) => a.what)).toEqual(['Check that the new bed has been delivered.', 'Food bank voucher for this week', 'Dad to ring the GP about his sleep.']);
    expect(acts.map((a) => a.who)).toEqual(['FSW', 'Priya (FSW)', 'Dad']);
    expect(acts.map((a) => a.when)).toEqual([null, '14/5/27', 'tomorrow']);
  });

  it('an owner field with its time after a dash or comma splits into both', () => {
    const plan = ['Plan', '- Take Ben to the dentist. Owner: Mum – by 3/6/27', '- Ring the landlord about the damp. Who: KL, by 10/6/27'].join('\n');
    expect(actionWith(plan, 'dentist')).toMatchObject({ who: 'Mum', when: 'by 3/6/27' });
    expect(actionWith(plan, 'landlord')).toMatchObject({ who: 'KL', when: 'by 10/6/27' });
  });

  it('a marker after a sentence that is not followed by an owner is not a trailer', () => {
    const plan = ['Plan', '- Mum said the stairs are not safe. Action: fit a stair gate this week'].join('\n');
    const a = actionWith(plan, 'stair gate');
    expect(a.who).toBeNull();
  });
});
