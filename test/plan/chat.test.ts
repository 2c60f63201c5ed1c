/** A plan sent as chat messages, pasted with the app's "[date, time] Name:" headers. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const chat = [
  '[04/05/2027, 16:20] Tom Reid SW: Hi Gemma, here is what we said this afternoon',
  '[04/05/2027, 16:22] Tom Reid SW: OUR PLAN',
  '1. Gemma will keep the back gate locked from tonight.',
  '2. I will ring the housing officer about the fence by Friday.',
  '3. You to keep the baby monitor on at night',
  '[04/05/2027, 16:25] Gemma: Thanks Tom. Will the fence be paid for?',
  '[04/05/2027, 16:31] Tom Reid SW: I think so, I will check',
  '[04/05/2027, 16:32] Tom Reid SW: 4. Next review is on 1st June at 2pm at the family hub, you and Lee are welcome',
].join('\n');

describe('chat messages', () => {
  it('an item does not run into the next message', () => {
    const a = actionWith(chat, 'baby monitor');
    expect(a.text).toBe('You to keep the baby monitor on at night');
    // two message headers are needed: one bracketed date line is left alone
    const one = ['[04/05/2027, 16:22] Note: the plan below was agreed', '1. Gemma will keep the gate locked from tonight.'].join('\n');
    expect(actionsOf(one).map((x) => x.text)).toEqual(['Gemma will keep the gate locked from tonight.']);
  });

  it('a numbered item sent in a later message is still an item of the plan', () => {
    const acts = actionsOf(chat);
    expect(acts).toHaveLength(4);
    const review = actionWith(chat, 'Next review');
    expect(review.text.startsWith('Next review is on 1st June')).toBe(true);
    expect(review.when).toContain('1st June');
  });
});
