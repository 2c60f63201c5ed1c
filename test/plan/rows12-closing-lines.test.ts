/** A line under the plan's lists that is led by its doer with "will" or "to", names a meeting and gives a time is an action. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const plan = [
  'What we will do',
  '1. Nadia will take Sam to the dentist by 14 May.',
  '2. The social worker will visit Sam at home every two weeks.',
  '',
  'We will meet up again on Monday 7 June at 10am at Oak Lane Nursery to check how things are. The review conference is on 2 August.',
  '',
].join('\n');

const minutes = [
  'Actions agreed',
  '1. SW to make the referral to Parenting Matters by 20.5.27.',
  '2. Dad to attend the course every Thursday.',
  '',
  'Core group to keep meeting every six weeks, next one 1.7.27.',
  '',
].join('\n');

describe('a dated meeting line after the lists', () => {
  it('reads the first sentence of a "We will … on <date>" line, not the sentence after it', () => {
    const acts = actionsOf(plan);
    const a = acts.find((x) => x.text.startsWith('We will meet up again'));
    expect(a?.text.endsWith('to check how things are.')).toBe(true);
    expect(acts.some((x) => x.text.startsWith('The review conference'))).toBe(false);
  });

  it('reads a "Core group to … monthly" line with a date as an action', () => {
    expect(actionsOf(minutes).some((x) => x.text.startsWith('Core group to keep meeting'))).toBe(true);
  });
});
