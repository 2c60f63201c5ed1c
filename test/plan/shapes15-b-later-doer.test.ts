/**
 * A plain-text e-mail wrapped at a fixed width, its numbered items running
 * onto the next line with no indent. An item that starts with a thing
 * ("Medical at the hospital …, by Friday.") and names its doer in a second
 * sentence ("Sam to take her.") is an action like the others.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const MAIL = [
  'Subject: Ava Kowalski - plan from today\'s strategy discussion',
  '',
  'Hi both, here are the actions from this afternoon. Sorry it is plain',
  'text, my Outlook is playing up.',
  '',
  '1. Mum to make sure Ava is not left alone with her stepdad Craig',
  'at any time, including school runs. Starts today.',
  "2. Craig to move out to his brother's address while the",
  'section 47 enquiries are done. By tonight.',
  '3. DC Mills to interview Ava at the suite on Thursday 11th',
  'February at 10am.',
  '4. Paediatric medical at Kingsway Hospital for the marks on',
  "Ava's arm, by Friday 12th February. Sam to take her.",
  '5. School (Mrs Burke) to tell me the same day about any new',
  'marks or anything Ava says.',
  '',
  'Thanks',
  'Sam Ortiz',
  'Social Worker, Eastbrook Safeguarding Team',
].join('\n');

const MAIL2 = [
  'Re: Jacob - what we agreed',
  '',
  '1. Jacob to stay with his aunt Bea in Fenton until the review.',
  '2. Dental check for Jacob at the Lane Street practice. Bea will book it this week.',
  '3. Mr Hale (head of year) to meet Jacob each Monday morning.',
  '',
  'Cheers, Nadia',
].join('\n');

describe('a numbered item whose doer is in its second sentence', () => {
  it('is kept among the others', () => {
    const acts = actionsOf(MAIL);
    expect(acts).toHaveLength(5);
    expect(acts[3]?.text.startsWith('Paediatric medical')).toBe(true);
    expect(acts.some((a) => /Thanks|Outlook|Eastbrook/.test(a.text))).toBe(false);
  });

  it('in other words', () => {
    const acts = actionsOf(MAIL2);
    expect(acts.map((a) => a.text.slice(0, 12))).toEqual(['Jacob to sta', 'Dental check', 'Mr Hale (hea']);
  });
});
