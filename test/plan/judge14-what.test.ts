/** Session 14: actions that name no checkable step, and a case taken to a named meeting (which is one). */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string) => `Plan\n1. ${line}\n`;
const judge = (line: string) => actionWith(plan(line), line.slice(0, 12));

describe('no step a parent could check', () => {
  it.each([
    'Mo’s views about contact to be ascertained by the SW by 3 June.',
    'PC Hale will keep Dad and Nan up to date about the investigation.',
    'A youth worker will help Jas look at apprenticeships.',
    'Mum and Gran to keep talking about the bedtime routine.',
    'Sally and Dad to do some work on the family history with the SW.',
  ])('%s', (line) => {
    expect(judge(line).problems).toContain('vague-action');
  });
});

describe('a case taken to a named meeting is a step', () => {
  it('"to be heard at" a meeting named in capitals is concrete', () => {
    expect(judge('Referral to be heard at Panel on 4 May.').problems).not.toContain('vague-action');
  });

  it('a child’s views "heard" is still vague', () => {
    expect(judge('Jaden’s voice to be heard in the assessment by 10 June.').problems).toContain('vague-action');
  });
});
