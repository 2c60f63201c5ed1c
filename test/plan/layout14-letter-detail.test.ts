/**
 * A letter to a parent: a step, then on the same line a sentence that only
 * says when it happens ("It meets on …", "My first call will be …"). The
 * second sentence belongs to the step; a sentence about something else does not.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const letter = [
  'Dear Leah,',
  '',
  'This letter sets out the plan we agreed for Josh.',
  '',
  'What you will do',
  'You will take Josh to the Little Steps speech group at Park Lane Clinic. It meets every Monday at 10am, from 8 March.',
  'You will keep the bleach and tablets in the locked cupboard.',
  '',
  'What I will do',
  'I will phone you every Friday morning. My first call will be on Friday 5 March.',
  'I will write to the housing team about the damp. They have had two letters from your GP already.',
  '',
  'Best wishes,',
  'Omar Patel',
  'Social Worker',
].join('\n');

describe('a letter step followed by a sentence giving its time', () => {
  it('joins the time sentence to the step before it', () => {
    const a = actionWith(letter, 'speech group');
    expect(a.text.endsWith('from 8 March.')).toBe(true);
    expect(a.when).toContain('every Monday');
    expect(a.problems).not.toContain('missing-timescale');
    expect(actionWith(letter, 'phone you').text).toContain('My first call');
  });

  it('leaves a sentence that gives no time, or a step of its own, apart', () => {
    expect(actionWith(letter, 'housing team').text).not.toContain('two letters');
    expect(actionsOf(letter)).toHaveLength(4);
  });
});
