/** A fixed-width printout of a plan: a row whose action wraps onto a capitalised word, a printed page footer and the next page's running header inside the table. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const page = [
  'ACTIONS',
  '',
  'Step                                               Who                     By when',
  'Ask the GP to review Sam’s inhalers with the        Practice nurse          By 14/03/2027',
  'Asthma Clinic.',
  'Phone the SW straight away if Sam comes to          Hillside Primary School  Every day',
  'school without his inhaler.',
  'Carry on keeping Sam’s room warm.                   Mum                     Ongoing',
  '',
  'RESTRICTED        Printed 02/03/2027 11:40        Page 2 of 3',
  'Westmoor District Council  |  Child Protection Plan  |  Sam Carter',
  '',
  'Take Sam to his hospital follow-up.                 Dad                     21/03/2027',
  '',
  'Contingency',
  'If Sam is admitted to hospital again, a strategy meeting will be held.',
].join('\n');

describe('a spaced printout over a page break', () => {
  it('a wrapped line of one capitalised word that ends the sentence stays on its row; the next row is still read', () => {
    const acts = actionsOf(page);
    expect(acts.map((a) => [a.text.split('\n')[0]?.slice(0, 20), a.who, a.when])).toEqual([
      ['Ask the GP to review', 'Practice nurse', 'By 14/03/2027'],
      ['Phone the SW straigh', 'Hillside Primary School', 'Every day'],
      ['Carry on keeping Sam', 'Mum', 'Ongoing'],
      ['Take Sam to his hosp', 'Dad', '21/03/2027'],
    ]);
    expect(acts[0]?.text.endsWith('Asthma Clinic.')).toBe(true);
  });

  it('neither the page footer nor the running header is an action', () => {
    const acts = actionsOf(page);
    expect(acts.some((a) => /Printed|Council/.test(a.text))).toBe(false);
  });
});
