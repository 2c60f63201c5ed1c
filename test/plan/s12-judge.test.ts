import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('judging what and when (session 12)', () => {
  const prose = [
    'Child protection plan for Jo Marsh (9)',
    'Review held: Tuesday 2 February 2027',
    'Next review: within 3 months - date TBC',
    '',
    'Actions',
    '1. Lee to cut down his smoking.',
    '2. Lee to cut down to five cigarettes a day, smoking only in the garden.',
    '3. Gran to reduce her gambling by 30 June.',
    '4. Mr Patel will check in with Jo every Thursday at 1pm in room 4.',
    '5. Mr Patel will check in with Jo.',
    '6. Wishes of Jo to be gathered using her picture cards by 1 March.',
    '7. The nurse to weigh Jo before the next review.',
    '8. Lee to fix the broken window before Easter.',
    '9. Gran to buy Jo a winter coat by Christmas.',
  ].join('\n');

  it('calls a cut or reduction with no amount vague, and one with a count clear', () => {
    expect(actionWith(prose, 'cut down his smoking').problems).toContain('vague-action');
    expect(actionWith(prose, 'five cigarettes').problems).not.toContain('vague-action');
    // a date is when, not how much
    expect(actionWith(prose, 'gambling').problems).toContain('vague-action');
  });

  it('calls "check in with" clear only at a set time', () => {
    expect(actionWith(prose, 'every Thursday').problems).toEqual([]);
    expect(actionWith(prose, 'check in with Jo.').problems).toContain('vague-action');
  });

  it('keeps gathering views vague even when it says with what', () => {
    const a = actionWith(prose, 'picture cards');
    expect(a.problems).toContain('vague-action');
    expect(a.problems).toContain('missing-owner');
  });

  it('does not date the next review from the review already held or a window whose date is TBC', () => {
    const a = actionWith(prose, 'weigh Jo');
    expect(a.when).toBe('before the next review');
    expect(a.problems).toContain('vague-timescale');
  });

  it('needs a date for Easter, which moves, but not for Christmas', () => {
    expect(actionWith(prose, 'broken window').problems).toContain('vague-timescale');
    expect(actionWith(prose, 'winter coat').problems).toEqual([]);
  });

  it('still dates the next review when the plan gives its date', () => {
    const dated = prose.replace('within 3 months - date TBC', '04/05/2027');
    expect(actionWith(dated, 'weigh Jo').problems).toEqual([]);
  });

  const teen = [
    'My plan, for Kez',
    '',
    'What you will do',
    '• Try to answer the phone when Dad rings.',
    '• Keep your bedroom door open at night from 11pm.',
  ].join('\n');

  it('reads "Try to …" as an instruction to the heading’s owner, and vague', () => {
    const a = actionWith(teen, 'answer the phone');
    expect(a.who).toBe('you');
    expect(a.problems).toContain('vague-action');
  });

  const table = [
    'Child protection plan for Ali Rahman',
    '',
    'Action\tWho\tBy when',
    'Check the stair gate is fitted\tFamily support worker\tNext home visit',
    'Take Ali to the dentist\tDad\tNext visit (Fri 12th March)',
    'Ring the school about the trip\tMum\tNext week',
  ].join('\n');

  it('calls a bare "next visit" in a By cell vague unless the cell dates it', () => {
    expect(actionWith(table, 'stair gate').problems).toContain('vague-timescale');
    expect(actionWith(table, 'dentist').problems).toEqual([]);
    expect(actionWith(table, 'the trip').problems).toEqual([]);
  });
});

describe('support offered with no step (session 12)', () => {
  const plan = ['Child protection plan for Dev Shah', '', 'Actions', '1. Support to be offered to Grandad.', '2. Grandad to be offered a place on the carers course by 9 April.'].join('\n');
  it('calls "support to be offered" vague, but not a named offer', () => {
    expect(actionWith(plan, 'Support to be offered').problems).toContain('vague-action');
    expect(actionWith(plan, 'carers course').problems).not.toContain('vague-action');
  });
});
