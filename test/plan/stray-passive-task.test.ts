/** A one-line paragraph under an action list that hands a task to a named doer with a time. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Next steps',
  '- Aunt Rosa to take Leo to football on Saturdays – from 6 March',
  '- School to ring Dad the same morning if Leo is not in class',
  '',
  'A feelings diary for Leo to be started by Priya before the next core group (18 March).',
  '',
  'Leo’s bedroom is to be kept tidy by everyone.',
  '',
  'Next core group:  Thursday 18 March 2027',
].join('\n');

describe('a passive task with a named doer beside the list', () => {
  it('is an action owned by the doer after "by"', () => {
    const a = actionWith(plan, 'feelings diary');
    expect(a.who).toBe('Priya');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('a passive line with no time is left as a remark', () => {
    expect(actionsOf(plan).some((a) => a.text.includes('bedroom'))).toBe(false);
    expect(actionsOf(plan)).toHaveLength(3);
  });
});
