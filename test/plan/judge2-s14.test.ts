import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

/** Session 14 round 2: open-ended times and steps that name no checkable act, in shapes no fixture uses. */
const plan = (line: string): string => ['Child protection plan for Ava Ward (9)', 'Review conference: 14 July 2027', '', 'Actions', `1. ${line}`, '2. Aunt Lou to buy Ava school shoes by 2 June.'].join('\n');
const when = (line: string): string => {
  const a = actionWith(plan(line), line.slice(0, 20));
  return a.problems.includes('missing-timescale') ? 'missing' : a.problems.includes('vague-timescale') ? 'vague' : 'clear';
};
const vagueWhat = (line: string): boolean => actionWith(plan(line), line.slice(0, 20)).problems.includes('vague-action');

describe('when: open-ended waits and loose phrasings', () => {
  it.each([
    'PC Moss will tell Gran how the case is going when there is news.',
    'The housing officer will ring Mum when there are updates on the flat.',
    'Gran to move in with Ava once the council offers her a bigger flat.',
    'Ava to go back to her old school if things are calmer.',
    'The nurse will share the health plan with school as necessary.',
    'Mum to book a hearing test for Ava in the near future.',
    'The SW to hold a family meeting at a suitable time.',
    'Dad to have Ava for tea as often as possible.',
    'The OT to train Mum on the bath lift within 3 days of the lift being installed.',
  ])('vague: %s', (line) => expect(when(line)).toBe('vague'));
  it.each([
    'Ava will ring 999 if anyone tries to take her somewhere she does not want to go.',
    'The OT to train Mum on the bath lift within 3 days of the visit on 4 June.',
  ])('clear: %s', (line) => expect(when(line)).toBe('clear'));
  it('a possessive before a plural names the nights, not when: missing', () => {
    expect(when('Mum to write down Ava’s bad nights in a notebook (Mum)')).toBe('missing');
    expect(when('Mum to sit with Ava on school nights at 7pm.')).toBe('clear');
  });
});

describe('what: keeping on, being part of, vague methods, aims online', () => {
  it.each([
    'The mentor to keep supporting Ava with her friendships.',
    'Aunt Lou will keep checking in with Ava about school.',
    'Mum to keep working on her confidence.',
    'Grandad to be part of the family support group.',
    'The SW to ask Ava her views using appropriate tools.',
    'Parents to keep Ava safe online.',
  ])('vague: %s', (line) => expect(vagueWhat(line)).toBe(true));
  it.each([
    'Aunt Lou will keep checking in with Ava about school every Monday after tea.',
    'The SW to ask Ava her views using her feelings cards at each visit.',
    'Ava will keep the charged phone in her bag and switched on every day.',
  ])('clear: %s', (line) => expect(vagueWhat(line)).toBe(false));
});
