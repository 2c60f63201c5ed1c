/** Requests to the reader in plans written for the family: "Can u …", "Please could you …", and a heading that says who is asked (session 16). */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('requests written as questions to "you"', () => {
  it('finds "can u …" and "could you …" lines and owns them by you', () => {
    const t = ['Hiya Tash its Mo SW. This is what we said today', '', '- Me to ring the school by Weds', '- Can u take Ellis to the dentist on Monday', '- Please could you bring his red book next week', '- Pls can u think about the nursery place', '- Could you please have a think about the swimming club', '', 'Mo'].join('\n');
    const dentist = actionWith(t, 'dentist');
    expect(dentist.who).toBe('u');
    expect(dentist.problems).toEqual([]);
    expect(actionWith(t, 'red book').who).toBe('you');
    expect(actionWith(t, 'nursery place').problems).toEqual(['vague-action', 'missing-timescale']);
    expect(actionWith(t, 'swimming club').problems).toEqual(['vague-action', 'missing-timescale']);
  });
});

describe('a heading that says who is asked', () => {
  it('owns bare and "please" items by whoever the heading asks', () => {
    const t = ['Dear Carl,', '', 'Here is what we agreed on Monday.', '', 'What we would like you to do', '1. Please write down when Amy has her inhaler.', '2. Keep the hallway clear of boxes.', '', 'What Dad needs to do', '3. Book Amy’s eye test by Friday 14 May.', '', 'Yours,', 'Bea'].join('\n');
    expect(actionWith(t, 'inhaler').who).toBe('you');
    expect(actionWith(t, 'hallway').who).toBe('you');
    expect(actionWith(t, 'eye test').who).toBe('Dad');
  });
});
