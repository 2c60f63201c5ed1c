/** Meeting minutes whose agreed actions are a numbered table set out with spaces, column names beside the section heading. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const row = (what: string, who: string, when: string, gap = 6): string => (who ? `${what.padEnd(70)}${who.padEnd(9)}${when}` : `${what.padEnd(70 + gap)}${when}`);

const plan = [
  'REVIEW CORE GROUP – NOTES',
  'Child: Kai Morton (7)',
  'Attended: Dee Morton, Mum (DM); Pat Quinn, SW (PQ); Sol Reyes, school nurse (SR)',
  '',
  '1. Welcome',
  'PQ opened the meeting and asked everyone to keep the notes private.',
  '',
  '2. How things have gone',
  'DM said the new routine is working. SR has weighed Kai twice and he is gaining.',
  '',
  `6. ACTIONS AGREED${' '.repeat(64)}OWNER   DATE`,
  row('1. Book the dentist for Kai and go with him', 'DM', '30/05/2027'),
  row('2. Weigh Kai at school and tell PQ the result', 'SR', 'every month'),
  row('3. Send Dee the leaflet about the holiday club', '', 'by 02/06/2027', 9),
  '4. Think about a parenting course later in the year   ',
  row('5. Next core group – Monday 21 June 2027, 10am, Hill Street', 'All', ''),
  '',
  'Date of the next conference: Friday 9 July 2027.',
  '',
].join('\n');

describe('minutes with a spaced action table under a numbered heading', () => {
  it('reads each numbered row as one action, starting after its number', () => {
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text.slice(0, 14))).toEqual(['Book the denti', 'Weigh Kai at s', 'Send Dee the l', 'Think about a ', 'Next core grou']);
    expect(acts.some((a) => a.text.includes('opened the meeting'))).toBe(false);
  });

  it('takes the owner and the time from the trailing cells even when they do not sit under their column names', () => {
    expect([actionWith(plan, 'dentist').who, actionWith(plan, 'dentist').when]).toEqual(['DM', '30/05/2027']);
    expect([actionWith(plan, 'Weigh Kai').who, actionWith(plan, 'Weigh Kai').when]).toEqual(['SR', 'every month']);
    // a blank owner cell leaves the owner missing and the piece goes to the time column
    const a = actionWith(plan, 'leaflet');
    expect([a.who, a.when]).toEqual([null, 'by 02/06/2027']);
    expect(a.problems).toContain('missing-owner');
    expect(a.text.startsWith('Send Dee')).toBe(true);
  });

  it('a row with only its action has neither owner nor time, and its trailing spaces are not part of it', () => {
    const a = actionWith(plan, 'parenting course');
    expect([a.who, a.when]).toEqual([null, null]);
    expect(a.text.endsWith('year')).toBe(true);
  });

  it('a meeting row with only an owner cell keeps the owner', () => {
    expect(actionWith(plan, 'Next core group').who).toBe('All');
  });

  it('the table ends where the numbering stops', () => {
    const more = plan.replace('\nDate of the next', '\n7. Any other business to be raised with PQ\n\nDate of the next');
    expect(actionsOf(more).some((a) => a.text.includes('business'))).toBe(false);
  });
});
