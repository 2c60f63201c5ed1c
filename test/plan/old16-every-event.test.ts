/** "every core group", "bring it to each appointment": a recurring meeting, or the thing brought to each one, is a time. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const judge = (line: string) => actionWith(`Plan\nNext core group: 4 May 2027\n\n1. ${line}\n`, line.slice(0, 12));

describe('every and each with a recurring event', () => {
  it.each([
    ['Grandad will dial in to every core group from work.', 'every core group'],
    ['The YOT worker is to come to each core group meeting with a written update.', 'each core group meeting'],
    ['Auntie Bev will join each review by phone.', 'each review'],
  ])('a core group or review recurs on the dates the plan gives: %s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toEqual([]);
  });

  it.each([
    ['Lisa will fill in the sleep chart and bring it along to every clinic appointment.', 'every clinic appointment'],
    ['Dad to bring the tablet box to each visit from the nurse.', 'each visit'],
  ])('what is brought to each appointment is brought at each one: %s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toEqual([]);
  });

  it('going to or taking a child to every appointment still says which, not when', () => {
    expect(judge('Mum will take Ruby to every dental appointment.').problems).toEqual(['missing-timescale']);
    expect(judge('Marcus will go to each contact session at the family centre.').problems).toEqual(['missing-timescale']);
  });
});
