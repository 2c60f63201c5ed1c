import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const has = (found: string[], words: string): boolean => found.some((t) => t.includes(words));

describe('meeting sentences in prose', () => {
  it('reads a meeting set for a date under an action heading', () => {
    const plan = [
      'What will be done',
      'Priya will take Owen to the dentist on Monday 3 May 2027 at 9am.',
      '',
      'The second core group meeting will be on Friday 21 May 2027 at 2pm at Hill Top Nursery. The review conference will be on Tuesday 6 July 2027.',
    ].join('\n');
    const found = actionsOf(plan).map((a) => a.text);
    expect(has(found, 'second core group meeting')).toBe(true);
    expect(has(found, 'review conference will be on')).toBe(true);
    // a meeting with no time set is not one
    const vague = ['What will be done', 'Priya will ring the school every Friday.', 'The review conference will be important for everyone.'].join('\n');
    expect(has(actionsOf(vague).map((a) => a.text), 'review conference')).toBe(false);
  });

  it('reads "a meeting … will be held" with a time among plain lines', () => {
    const plan = ['Dad will go to every clinic appointment.', 'A meeting to look at the move home will be held before the end of June.'].join('\n');
    const found = actionsOf(plan).map((a) => a.text);
    expect(has(found, 'meeting to look at the move home')).toBe(true);
  });
});

describe('paragraphs beside an action table or list', () => {
  it('reads "item – Name to verb" and a condition then an order, not other remarks', () => {
    const plan = [
      'Actions',
      '- Omar will fit a lock on the back gate by Friday 9 April 2027.',
      '- The school will check Leah is in class every morning.',
      '',
      'A calendar of visits for Leah’s grandad – Beth to send, still to be checked.',
      '',
      'If the man phones the house again, write down the number and ring the police on 101.',
      '',
      'This was a long meeting and everyone worked hard.',
      '',
      'If you have a question, ring me on 0161 496 0123.',
    ].join('\n');
    const found = actionsOf(plan).map((a) => a.text);
    expect(has(found, 'calendar of visits')).toBe(true);
    expect(has(found, 'If the man phones')).toBe(true);
    expect(has(found, 'long meeting')).toBe(false);
    expect(has(found, 'have a question')).toBe(false);
  });
});

describe('headings that hold no actions', () => {
  it('skips a comment thread but keeps "Actions and comments"', () => {
    const plan = [
      'Plan',
      '- Omar will fit a lock on the back gate by Friday 9 April 2027.',
      '',
      'Comments (2)',
      'Jo Reed (Manager): Could we add a date for the GP letter?',
      'Tom Black: Will send it today.',
    ].join('\n');
    const found = actionsOf(plan).map((a) => a.text);
    expect(has(found, 'Will send it today')).toBe(false);
    const kept = ['Actions and comments', 'Tom will send the GP letter by Friday 9 April 2027.'].join('\n');
    expect(has(actionsOf(kept).map((a) => a.text), 'Tom will send')).toBe(true);
  });

  it('reads a "what could go wrong" paragraph as contingency', () => {
    const plan = [
      'Plan',
      '- Omar will fit a lock on the back gate by Friday 9 April 2027.',
      '',
      'What could go wrong',
      'If Omar is away, his sister has agreed to stay, and Beth will call a meeting within 3 days.',
    ].join('\n');
    const found = actionsOf(plan).map((a) => a.text);
    expect(has(found, 'Beth will call a meeting')).toBe(false);
  });
});

describe('prose sentences the owner words do not cover', () => {
  it('reads a body named by capitals or by an organisation noun as the doer', () => {
    const plan = [
      'Keeping the flat secure',
      'Kerry will keep the front door locked at night. The Safer Homes project will put a spy hole in the door by Monday 10 May 2027. The floating support service will visit Kerry within 5 working days.',
    ].join('\n');
    const found = actionsOf(plan);
    const project = found.find((a) => a.text.includes('Safer Homes project'));
    expect(project?.who).toBe('The Safer Homes project');
    expect(found.some((a) => a.text.includes('floating support service'))).toBe(true);
  });

  it('keeps an offer on the same line with the action before it', () => {
    const plan = ['What I will do', 'I will meet you at the library every Tuesday at 4pm. We can sit in the café if it is busy.', 'I will write to the college by Friday 14 May 2027.'].join('\n');
    const first = actionsOf(plan).find((a) => a.text.startsWith('I will meet you'));
    expect(first?.text).toContain('We can sit in the café');
  });
});
