/**
 * Layouts found in real plans that the first shapes did not cover: review
 * plans with wrapped items and two-column field lines, person headings over
 * nested items, "Name – action" lines, dash-separated fields, bold owners,
 * e-mail signatures and letters with numbered headings.
 */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('review plan: wrapped numbered items with a Lead / Timescale line', () => {
  const plan = [
    'REVIEW CHILD PROTECTION PLAN',
    '',
    'Done since the last review (closed actions)',
    '- Stair gate fitted at the top of the stairs (done 04/05/2026)',
    '- Housing benefit form sent in (done 11/05/2026)',
    '',
    'ACTION PLAN (updated at the review; notes on progress added)',
    '',
    '1. Shona to take Alfie to the dentist at Kingsmead Clinic and bring the',
    '   appointment letter to the next home visit.',
    '   Lead: Shona     Timescale: By 30/06/2026',
    '   Progress: first appointment missed because of a bus strike.',
    '',
    '2. Family support worker to run six sessions on bedtime routines with Shona,',
    '   using a sticker chart and a bedtime story each night.',
    '   Lead:     Timescale: Weekly from 08/06/2026',
    '',
    '3. Health visitor to weigh Poppy at the baby clinic.',
    '   Lead: Marta Nowak (HV)     Timescale:',
    '',
    'Next core group: 20/06/2026 at 2pm.',
  ].join('\n');

  it('finds the numbered items and not the closed ones', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(3);
    expect(acts.some((a) => a.text.includes('Stair gate'))).toBe(false);
  });

  it('reads both fields on the Lead / Timescale line', () => {
    const a = actionWith(plan, 'dentist');
    expect(a.who).toBe('Shona');
    expect(a.when).toBe('By 30/06/2026');
    expect(a.problems).toEqual([]);
  });

  it('treats a blank field on that line as missing', () => {
    expect(actionWith(plan, 'bedtime routines').problems).toEqual(['missing-owner']);
    expect(actionWith(plan, 'bedtime routines').when).toBe('Weekly from 08/06/2026');
    expect(actionWith(plan, 'weigh Poppy').problems).toEqual(['missing-timescale']);
    expect(actionWith(plan, 'weigh Poppy').who).toBe('Marta Nowak (HV)');
  });

  it('reads a wrapped sentence as one clause', () => {
    // "using a sticker chart" on the second line says how the sessions will run
    const a = actionWith(plan, 'bedtime routines');
    expect(a.what).toContain('each night');
    expect(a.problems).not.toContain('vague-action');
  });
});

describe('person headings over nested items', () => {
  const plan = [
    'WHAT WE WILL DO',
    '• Leanne will:',
    '   o walk Jayden to school every morning by 8:40am',
    '   o keep the cleaning bottles in the locked cupboard from today',
    '   o work with the family centre to build a routine',
    '• Tomasz (family support worker) will:',
    '   o visit on Tuesdays after school to help with tea and bath time',
    '• Everyone else:',
    '   o Mrs Adeyemi (class teacher) will ring Leanne if Jayden is not in by 9am',
    '   o A speech and language referral to be made',
  ].join('\n');

  it('gives each nested item the owner named in its heading', () => {
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(6);
    expect(actionWith(plan, 'walk Jayden').who).toBe('Leanne');
    expect(actionWith(plan, 'walk Jayden').problems).toEqual([]);
    expect(actionWith(plan, 'bath time').who).toBe('Tomasz (family support worker)');
  });

  it('does not read a heading as an item when the next item is less indented', () => {
    expect(actionWith(plan, 'family centre').who).toBe('Leanne');
    // an instruction's "to build" says what for; "work with" is still vague
    expect(actionWith(plan, 'family centre').problems).toEqual(['vague-action', 'missing-timescale']);
  });

  it('lets items under a heading that names nobody keep their own owner', () => {
    expect(actionWith(plan, 'Mrs Adeyemi').who).toBe('Mrs Adeyemi (class teacher)');
    expect(actionWith(plan, 'speech and language').problems).toContain('missing-owner');
  });

  it('reads a person heading on a line of its own', () => {
    const text = ['Plan', '', 'Grandad Pete will:', '- collect Mia from nursery on Fridays at 3pm', '- keep his phone on at night'].join('\n');
    expect(actionWith(text, 'collect Mia').who).toBe('Grandad Pete');
    expect(actionWith(text, 'phone on').problems).toEqual(['missing-timescale']);
  });
});
