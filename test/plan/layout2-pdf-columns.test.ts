/** Numbered actions in two columns pasted from a PDF, both columns wrapping onto the next lines. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { actionsOf, actionWith } from './helpers.js';

const pad = (left: string, right = ''): string => (right ? left.padEnd(46) + right : left);

const plan = [
  'Northfield Council                                    Page 1 of 3',
  'SAFETY PLAN FOR RUBY',
  '',
  'Ruby has a broken arm that nobody can explain.',
  '',
  pad('What will happen', 'Who / By when'),
  pad('1. Ruby to have a full skeletal survey at', 'Dr Osei (radiology) –'),
  pad('the children’s hospital.', 'by 14/05/2027'),
  pad('2. Kim not to leave Ruby alone with any', 'Kim – from'),
  pad('adult who has not been checked by the', 'immediately'),
  'social worker.',
  pad('3. Tariq to phone Kim every evening.', 'Tariq Aziz (SW) –'),
  pad('', 'daily, 6pm'),
  pad('4. Family group conference to be held', 'Tariq –'),
  pad('', 'when a date is'),
  pad('', 'agreed'),
  '',
  'Northfield Council                                    Page 2 of 3',
  pad('5. Kim to keep Ruby’s clinic letters in', 'Kim'),
  'one folder.',
  '',
  'Signed: Tariq Aziz',
  '',
].join('\n');

describe('a two-column PDF table with numbered rows', () => {
  it('finds one action per number, across wrapped lines and the page header', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(5);
    expect(acts[0]?.text.startsWith('Ruby to have')).toBe(true);
    expect(check(plan).actions).toHaveLength(5);
  });

  it('splits the right-hand column into owner and time at the dash', () => {
    const a = actionWith(plan, 'skeletal survey');
    expect([a.who, a.when, a.problems]).toEqual(['Dr Osei (radiology)', 'by 14/05/2027', []]);
    expect(actionWith(plan, 'every evening').when).toBe('daily, 6pm');
  });

  it('where action words stand between the pieces of the time, the piece that is a time is the timescale', () => {
    const a = actionWith(plan, 'not to leave Ruby');
    expect([a.who, a.when]).toEqual(['Kim', 'immediately']);
    expect(a.text.endsWith('social worker.')).toBe(true);
  });

  it('a time that wraps below on its own is one span, and an undated event is vague', () => {
    const a = actionWith(plan, 'Family group conference');
    expect(a.when).toBe(`when a date is\n${' '.repeat(46)}agreed`);
    expect(a.problems).toContain('vague-timescale');
  });

  it('a right-hand column with no dash is the owner; the time is then looked for in the action', () => {
    const a = actionWith(plan, 'clinic letters');
    expect([a.who, a.problems]).toEqual(['Kim', ['missing-timescale']]);
  });

  it('a spaced table whose rows are not numbered is read as before', () => {
    const t = ['Plan', '', pad('Action', 'Who'), pad('Gran to collect Ruby from school', 'Gran'), pad('Kim to ring the GP', 'Kim'), ''].join('\n');
    expect(actionsOf(t).map((a) => a.who)).toEqual(['Gran', 'Kim']);
  });
});
