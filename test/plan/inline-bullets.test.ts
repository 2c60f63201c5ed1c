/** A plan typed in a phone app and pasted as one paragraph, its "•" bullets run together on one line. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Visit note – Theo B (9) – typed on the tablet 03/03/27 10:05',
  'Background: Theo told his teacher that his stepdad locks him in his room at night. Mum says it only happened once. Theo: “I just want the door open.” Plan agreed • Mum to take the lock off Theo’s door by Fri 05/03/27 • SW (Rory Dale) to see Theo on his own every week • School to ring SW the same day if Theo comes in upset • Parenting course place to be booked – SW to arrange • Referral to the family hub to be made – SW • Next core group 24/03/27. Still to check: whether the stepdad has moved out.',
  '',
].join('\n');

describe('run-together bullets in one pasted paragraph', () => {
  it('each stretch between two bullets is one action; the words before the heading are background', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(6);
    expect(acts[0]?.text).toBe('Mum to take the lock off Theo’s door by Fri 05/03/27');
    expect(acts.some((a) => a.text.includes('told his teacher'))).toBe(false);
    // bullets with no action heading before them are left to the usual reading
    const note = 'Background: Theo likes football • swimming • drawing. Mum will take Theo to the dentist by 12/03/27.\n';
    expect(actionsOf(note).some((a) => a.text === 'swimming')).toBe(false);
  });

  it('the last item stops at its sentence end when a new label follows', () => {
    const last = actionsOf(plan).at(-1);
    expect(last?.text).toBe('Next core group 24/03/27');
  });

  it('reads owners and times inside each item', () => {
    const a = actionWith(plan, 'lock off');
    expect([a.who, a.when]).toEqual(['Mum', 'by Fri 05/03/27']);
    expect(actionWith(plan, 'School to ring').who).toBe('School');
  });

  it('a passive item with its doer after a dash has that owner', () => {
    expect(actionWith(plan, 'family hub').who).toBe('SW');
    expect(actionWith(plan, 'Parenting course').who).toBe('SW');
  });
});
