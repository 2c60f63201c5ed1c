/** Records exported from a case system: labelled lines per action, ruled lines between the records. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const records = [
  'Casebook 3  |  Actions printout',
  'Child: Mason PRICE',
  '',
  'Background: Mason was found alone at home twice in November. Dad works nights.',
  '',
  '*************************************',
  'Ref: CB-0071',
  'Description: Dad to arrange a childminder for the nights he works.',
  'Allocated to: Gary Price (father)',
  'Date set: 02/02/2027',
  'Due by: 16/02/2027',
  'Status: Open',
  '_____________________________________',
  'Ref: CB-0072',
  'Description: Family support worker to go through the home safety checklist with Dad every fortnight.',
  'Responsible officer:',
  'Date set: 02/02/2027',
  'Due by:',
  'Status: Not started',
  '_____________________________________',
  'Ref: CB-0073',
  'Description: Referral to the Riverside parenting group.',
  'Allocated to: Ola Bankole (SW)',
  'Date set: 02/02/2027',
  'Due by:',
  'Status: Completed',
  '*************************************',
  'Records printed: 3',
].join('\n');

describe('system export records', () => {
  it('each record between ruled lines is one action, and the rules are not part of it', () => {
    const acts = actionsOf(records);
    expect(acts).toHaveLength(3);
    for (const a of acts) {
      expect(a.text.startsWith('Ref: CB-')).toBe(true);
      expect(a.text).not.toMatch(/[*_]{3}/);
    }
  });

  it('reads the owner and the time from labelled fields, not from the date set or the status', () => {
    const a = actionWith(records, 'childminder');
    expect([a.what, a.who, a.when, a.problems]).toEqual(['Dad to arrange a childminder for the nights he works.', 'Gary Price (father)', '16/02/2027', []]);
  });

  it('an empty owner field takes the role the description opens with; an empty time field takes the time the description gives', () => {
    const a = actionWith(records, 'checklist');
    expect(a.when).toBe('every fortnight');
    expect(a.who).toBe('Family support worker');
    expect(a.problems).toEqual([]);
  });

  it('an empty time field with no time in the description is a missing timescale', () => {
    expect(actionWith(records, 'Riverside').problems).toContain('missing-timescale');
  });

  it('the same records with CRLF line ends give the same actions', () => {
    const crlf = records.replace(/\n/g, '\r\n');
    const strip = (s: string | null): string | null => (s === null ? null : s.replace(/\r/g, ''));
    const a = actionsOf(crlf).map((x) => ({ ...x, text: strip(x.text), what: strip(x.what) }));
    expect(a).toEqual(actionsOf(records));
  });

  it('a heading underlined with a rule still heads its section', () => {
    const t = ['What happens next', '=================', '', 'Ola will ring the childminding service by Friday 12 February.', ''].join('\n');
    expect(actionsOf(t).map((x) => x.who)).toEqual(['Ola']);
  });
});
