/** Session 15 (lead): printout records that open with their owner, and system words for an empty field. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('a record that names its owner before the action', () => {
  const spaced = [
    'Task ref        1',
    'Owner           Hana Begum, Family Support Worker',
    'Task            Go through the bedtime routine with Mr Doyle at home',
    'Due             02-Sep-2027',
    'State           Open',
    '',
    'Task ref        2',
    'Owner           Health Visitor',
    'Task            Weigh Poppy and check her feeding chart',
    'Due             16-Sep-2027',
    'State           Open',
  ].join('\n');
  const colons = spaced.replace(/^(\w+(?: \w+)?) +/gm, '$1: ');

  for (const [name, plan] of [['aligned with spaces', spaced], ['with colons', colons]] as const) {
    it(`takes the owner from the first line (${name})`, () => {
      expect(actionsOf(plan)).toHaveLength(2);
      const a = actionWith(plan, 'bedtime routine');
      expect(a.who).toBe('Hana Begum, Family Support Worker');
      expect(a.when).toBe('02-Sep-2027');
      expect(a.problems).toEqual([]);
      expect(actionWith(plan, 'feeding chart').who).toBe('Health Visitor');
    });
  }

  it('a time field first works the same way', () => {
    const t = ['Due: 20/09/2027', 'Action: Book Leo a hearing test at the audiology clinic', 'Lead: GP', '', 'Due: 27/09/2027', 'Action: Send the school the new care plan', 'Lead: Sara Quinn (SW)'].join('\n');
    expect(actionWith(t, 'hearing test').who).toBe('GP');
    expect(actionWith(t, 'hearing test').when).toBe('20/09/2027');
    expect(actionWith(t, 'care plan').who).toBe('Sara Quinn (SW)');
  });
});

describe('a system word for an empty field', () => {
  const plan = (v: string) =>
    [`Action: Find Mrs Adeyemi a place on a parenting course`, `Responsible: ${v}`, `Target date: ${v}`, '', 'Action: Check the smoke alarms work', 'Responsible: Fire service', 'Target date: 10/10/2027'].join('\n');

  for (const v of ['Not Set', 'not known', 'Not yet allocated', 'Unknown']) {
    it(`"${v}" is neither an owner nor a time`, () => {
      const a = actionWith(plan(v), 'parenting course');
      expect(a.who).toBeNull();
      expect(a.when).toBeNull();
      expect(a.problems).toContain('missing-owner');
      expect(a.problems).toContain('missing-timescale');
    });
  }

  it('"TBC" stays a vague time, not a blank one', () => {
    const a = actionWith(plan('TBC'), 'parenting course');
    expect(a.problems).toContain('vague-timescale');
    expect(a.problems).not.toContain('missing-timescale');
  });
});
