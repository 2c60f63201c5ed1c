/** A spaced table whose first column is the time, where one time is too wide for its column. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const row = (when: string, what: string): string => (when.length >= 16 ? `${when} ${what}` : when.padEnd(16) + what);

const plan = [
  'Safety plan for Reuben (8)',
  '',
  row('By when', 'Action and who'),
  row('Week 1 –', 'Gran to collect Reuben from the after-school club each day.'),
  row('By 09/04 –', 'Health visitor to weigh Reuben at the clinic.'),
  row('If he has an asthma attack –', 'Use the blue inhaler and phone the GP. (Gran)'),
  row('Monthly –', 'Review meeting at Brookside Primary with the social worker.'),
  row('As soon as possible:', 'Dad to book a dentist appointment for Reuben.'),
  '',
  'Copies to: Gran; Brookside Primary.',
].join('\n');

describe('a time-first spaced table', () => {
  it('keeps reading rows after a time that overflows its column by one space', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(5);
    expect(actionWith(plan, 'blue inhaler').when).toBe('If he has an asthma attack –');
    expect(actionWith(plan, 'dentist').text.startsWith('As soon as possible')).toBe(true);
  });

  it('does not cut a line of prose that has no second column', () => {
    const prose = [row('WHEN', 'WHAT'), row('Week 2 –', 'Mum to ring the school office.'), 'Notes: the family moved house last month and the address is new.'].join('\n');
    expect(actionsOf(prose).map((a) => a.text)).toEqual(['Week 2 –         Mum to ring the school office.'.replace('         ', ' '.repeat(8))]);
  });
});
