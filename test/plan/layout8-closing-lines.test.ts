/** A sentence on its own line under an action section's lists: "<doer> will …" is an action; a remark is not. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const plan = (closing: string): string =>
  [
    'Agreement with Dean Walsh',
    '',
    'I agree to:',
    '1.  Stay off alcohol when Kian is with me.',
    '2.  Go to the Beacon service every Monday at 2pm.',
    '',
    'The family support worker (Lou Green) agrees to:',
    '1.  Visit every Friday morning.',
    '',
    closing,
    '',
    'Signed:  D Walsh          Date: 3/3/27',
  ].join('\n');

describe('closing lines under the lists', () => {
  it('"We will go over …" with its own doer and time is an action', () => {
    const acts = actionsOf(plan('We will go over this agreement again at the review meeting on 2nd April.'));
    expect(acts.map((a) => a.text)).toContain('We will go over this agreement again at the review meeting on 2nd April.');
    expect(acts).toHaveLength(4);
  });

  it('"<names> will …" without a time is still an action', () => {
    const acts = actionsOf(plan('Dean and Lou will check in with Kian about how he feels.'));
    expect(acts.map((a) => a.text)).toContain('Dean and Lou will check in with Kian about how he feels.');
  });

  it('a remark, a hope or a condition under the lists is not', () => {
    for (const line of ['Dean has been sober for five weeks.', 'I hope we will not need to go to court.', 'If Dean drinks, Kian will stay with his nan.']) {
      expect(actionsOf(plan(line))).toHaveLength(3);
    }
  });
});
