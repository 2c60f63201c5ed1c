/**
 * Two sentences of a plan e-mail or a young person's plan: "No one is to …"
 * lays a rule on everyone and is an action, as "Nobody is to …" is; "If
 * anything here is wrong, tell me and I will change it" offers to correct the
 * plan itself and is not.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const mail = [
  'Subject: Plan for Dev – what we agreed',
  '',
  'Hi everyone',
  '',
  'ACTIONS',
  'Gran to keep Dev’s passport in her safe – from today',
  'PC Cole to add a marker to the address by Friday',
  'School to ring the SW if Dev is absent – same day',
  '',
  'No one is to tell Dev’s father where he is staying. Thanks for your time today.',
  '',
  'Kind regards',
  'Lena',
].join('\n');

const teen = [
  'Dev’s plan',
  'Written with Dev on 3 May',
  '',
  'Hi Dev. This is your plan and we made it together. If anything in it is wrong, text me and we will change it.',
  '',
  'What will happen next',
  '1. Gran will take you to football every Saturday.',
  '2. I will see you at school every Monday.',
].join('\n');

describe('rules for everyone and offers to correct the plan', () => {
  it('"No one is to …" after a list of agreed steps is an action', () => {
    const a = actionWith(mail, 'No one is to');
    expect(a.text).toBe('No one is to tell Dev’s father where he is staying.');
    expect(actionsOf(mail)).toHaveLength(4);
  });

  it('an offer to change the plan if it is wrong is not an action', () => {
    const acts = actionsOf(teen);
    expect(acts.some((a) => a.text.includes('is wrong'))).toBe(false);
    expect(acts).toHaveLength(2);
  });
});

describe('unbulleted step lines without full stops', () => {
  it('reads each line as its own action, not the paragraph as one', () => {
    const acts = actionsOf(mail);
    expect(actionWith(mail, 'PC Cole').text).toBe('PC Cole to add a marker to the address by Friday');
    expect(actionWith(mail, 'School to ring').when).toBe('same day');
    expect(acts.filter((a) => a.text.includes('\n'))).toHaveLength(0);
  });

  it('a sentence hard-wrapped over two lines stays one action', () => {
    const text = ['ACTIONS', 'Gran to keep Dev’s passport in her safe and bring it', 'to the office on Monday'].join('\n');
    expect(actionsOf(text)).toHaveLength(1);
  });
});
