/**
 * Tasks copied out of a case app: each task a tick box over its fields. A
 * ticked task still carries its owner and date in fields, so it is a task of
 * the plan (its date says when it was done); an owner field that says nobody
 * has the task yet names no owner.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Family plan – Tia (9)',
  '',
  'Tasks',
  '☐ Item 1',
  'Title: Tia to see the school nurse about her eczema',
  'Assigned to: Mrs Hale (school nurse)',
  'Due: 14/03/2027',
  '☑ Item 2',
  'Title: Get Tia a bed of her own',
  'Assigned to: Family support worker',
  'Due: Completed 01/03/2027',
  '☐ Item 3',
  'Title: Dad to fix the broken window in the kitchen',
  'Assigned to: Not assigned',
  'Due: 21/03/2027',
  '',
  'Comments',
  'Gran: she loves the new bed',
].join('\n');

describe('tick-box task records', () => {
  it('keeps a ticked task that has its own owner and date fields', () => {
    expect(actionsOf(plan)).toHaveLength(3);
    const bed = actionWith(plan, 'bed of her own');
    expect(bed.who).toBe('Family support worker');
    expect(bed.problems).not.toContain('missing-owner');
  });

  it('an owner field saying nobody is assigned leaves the task without an owner', () => {
    expect(actionWith(plan, 'broken window').problems).toContain('missing-owner');
  });

  it('a ticked one-line item among open ones is still done, not a task', () => {
    const list = ['Checklist', '☐ Mum to book the dentist for Tia by 20/03/27', '☑ Bunk bed delivered (done 2/3)', '☐ FSW to visit every Friday'].join('\n');
    const acts = actionsOf(list);
    expect(acts).toHaveLength(2);
    expect(acts.some((a) => a.text.includes('Bunk bed'))).toBe(false);
  });
});
