import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('a table whose goal column is filled only on the first row of each goal', () => {
  const plan = [
    'PLAN',
    'Goal\tSteps\tBy who\tBy when\tHow we will know',
    '1. Maya is fed well every day\tDad to make Maya a hot tea each evening\tDad (Kyle)\tEvery evening from 3/3/27\tFood diary',
    '\tSpeech therapy referral for Maya\t\tASAP\t',
    '\tWeigh Maya at the clinic\tHealth visitor\tMonthly\t',
    '2. The flat is safe\tMend the broken window in the front room\tLandlord (Oak Homes)\tBy 20/3/27\tWindow seen fixed',
    '\tFind Maya a holiday club place\t\t\t',
  ].join('\n');

  it('reads a "By who" column as the owner, not the time', () => {
    const a = actionWith(plan, 'hot tea');
    expect(a.who).toBe('Dad (Kyle)');
    expect(a.when).toBe('Every evening from 3/3/27');
  });

  it('reads owner and time from the right cells on continuation rows', () => {
    const w = actionWith(plan, 'Weigh Maya');
    expect(w.who).toBe('Health visitor');
    expect(w.when).toBe('Monthly');
    expect(w.problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'broken window').who).toBe('Landlord (Oak Homes)');
  });

  it('flags a blank owner cell even when the action starts with a name', () => {
    expect(actionWith(plan, 'holiday club').problems).toContain('missing-owner');
    const s = actionWith(plan, 'Speech therapy');
    expect(s.problems).toContain('missing-owner');
    expect(s.when).toBe('ASAP');
  });
});

describe('a name before a colon when the line ends with a time field', () => {
  const plan = [
    'WHAT EVERYONE WILL DO',
    '1. Marcus: go to every appointment at the alcohol service and blow into the breath test each time.  By: ongoing',
    '2. Jade: take Olly to the dentist on Monday 8th March.',
  ].join('\n');

  it('still takes the name as the owner', () => {
    const a = actionWith(plan, 'breath test');
    expect(a.who).toBe('Marcus');
    expect(a.when).toBe('ongoing');
    expect(a.problems).not.toContain('missing-owner');
  });
});

describe('a space-aligned table whose goal column is blank on later rows of a goal', () => {
  const plan = [
    'THE PLAN',
    '',
    'Outcome                   Action                                 Who              When',
    '1. Jess sleeps safely     Mum to put Jess in her own cot         Mum (Tia)        From tonight',
    '                          and keep the cot clear of toys',
    '                          Visit to check the sleeping space      Health visitor   Within 2 weeks',
    '                          Buy a fireguard for the front room     Family support   By 1/5/27',
    '                                                                 worker',
  ].join('\n');

  it('reads each step with its own owner and time as a row of its own', () => {
    const v = actionWith(plan, 'sleeping space');
    expect(v.who).toBe('Health visitor');
    expect(v.when).toBe('Within 2 weeks');
    expect(actionWith(plan, 'fireguard').when).toBe('By 1/5/27');
  });

  it('still joins a wrapped step to the row above', () => {
    const a = actionWith(plan, 'own cot');
    expect(a.text).toContain('clear of toys');
    expect(a.who).toBe('Mum (Tia)');
  });
});
