/** Session 16: labelled fields written inside one list item after a dash, pipe, semicolon or comma; keys of initials. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('labelled fields after a dash or pipe inside an item', () => {
  const plan = [
    'Our plan',
    '',
    '1. Take Maya to the dentist for her check-up — Lead: Gran — Target: by 30 May — Progress: booked',
    '2. Get the cooker fixed – Who: Housing officer – By when: end of June',
    '3. Write a letter to school about the bullying - Due: Friday 4 June - Responsible: Paul (Dad)',
    '4. Keep the front door locked at night | Owner: Mum and Paul | Timescale: every night | RAG: green',
    '5. Show Maya how to use the bus pass — Target: — — Lead: Youth worker — Notes: not started',
    '6. Family time at the contact centre — Lead: — Target: every Saturday — Update: going well',
  ].join('\n');

  it('the owner field is the owner, whatever its name', () => {
    expect(actionWith(plan, 'dentist').who).toBe('Gran');
    expect(actionWith(plan, 'cooker').who).toBe('Housing officer');
    expect(actionWith(plan, 'letter to school').who).toBe('Paul (Dad)');
    expect(actionWith(plan, 'front door').who).toBe('Mum and Paul');
    expect(actionWith(plan, 'bus pass').who).toBe('Youth worker');
    for (const a of actionsOf(plan).slice(0, 5)) expect(a.problems).not.toContain('missing-owner');
  });

  it('the time field is the timescale, and an empty field (a dash or nothing) is missing', () => {
    expect(actionWith(plan, 'dentist').when).toBe('by 30 May');
    expect(actionWith(plan, 'cooker').when).toBe('end of June');
    expect(actionWith(plan, 'letter to school').when).toBe('Friday 4 June');
    expect(actionWith(plan, 'front door').when).toBe('every night');
    expect(actionWith(plan, 'bus pass').when).toBeNull();
    expect(actionWith(plan, 'bus pass').problems).toContain('missing-timescale');
    expect(actionWith(plan, 'contact centre').who).toBeNull();
    expect(actionWith(plan, 'contact centre').problems).toContain('missing-owner');
  });

  it('the step is the words before the first field', () => {
    expect(actionWith(plan, 'dentist').what).toBe('Take Maya to the dentist for her check-up');
    expect(actionWith(plan, 'front door').what).toBe('Keep the front door locked at night');
  });

  it('a time field still to be fixed is vague', () => {
    const t = ['Actions', '', '- Parenting course for Mum — Lead: Family hub — Target: some time in the autumn, date to be agreed — Update: waiting'].join('\n');
    expect(actionWith(t, 'Parenting course').who).toBe('Family hub');
    expect(actionWith(t, 'Parenting course').problems).toContain('vague-timescale');
  });
});

describe('a key of initials is not a list of actions', () => {
  it('"XX – Name, role" lines under a key heading name people; the steps below use the initials', () => {
    const t = [
      'Child protection plan for Leo Hart',
      '',
      'People named in our plan',
      'JB – Jane Brook, social worker',
      'HV – Asha Khan, health visitor',
      'DSL – Mr Tom Ryder, Ash Grove Primary',
      '',
      'Plan',
      'a) Visit Leo at home every week — Lead: JB — Target: weekly',
      'b) Weigh Leo at the clinic — Lead: HV — Target: every 2 weeks',
    ].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => a.what)).toEqual(['Visit Leo at home every week', 'Weigh Leo at the clinic']);
    expect(acts[0]?.who).toBe('JB');
  });

  it('lines of initials and steps are still tasks', () => {
    const t = ['Next steps', '', 'JB - chronology to be written - 9/3', 'HV - weigh Leo at the clinic - every 2 weeks', 'DSL - Leo seen in school daily'].join('\n');
    expect(actionsOf(t).map((a) => a.who)).toEqual(['JB', 'HV', 'DSL']);
  });
});

describe('a time whose date is still to be set', () => {
  it('"a Friday in May, date TBC" is vague; a date with its number, or a count, is not', () => {
    const t = [
      'Actions',
      '',
      '- Dad to go on the first aid course — some Saturday in March, date to be confirmed.',
      '- Nan to have the children for a weekend in the holidays, dates TBC.',
      '- Review the safety plan with Jess on 14 May, time TBC.',
      '- Visits every 2 weeks, start date to be agreed.',
    ].join('\n');
    expect(actionWith(t, 'first aid').problems).toContain('vague-timescale');
    expect(actionWith(t, 'Nan').problems).toContain('vague-timescale');
    expect(actionWith(t, 'safety plan').problems).not.toContain('vague-timescale');
    expect(actionWith(t, 'Visits').problems).not.toContain('vague-timescale');
  });
});

describe('a numbered contingency heading asked as a question', () => {
  it('"6. What will happen if things do not improve" over a paragraph is a heading, and the paragraph is not an action', () => {
    const t = [
      'Plan for Amir',
      '',
      '5. Our plan',
      'a) Dad to take Amir to football every Saturday — Lead: Dad — Target: weekly',
      '',
      '6. What will happen if things do not improve',
      'If Amir is hurt again, the team manager will call a strategy meeting that day.',
      '',
      '7. What people said',
      'Amir: I like football.',
    ].join('\n');
    expect(actionsOf(t).map((a) => a.what)).toEqual(['Dad to take Amir to football every Saturday']);
  });
});

describe('keeping a state is not a step', () => {
  it('"conditions / standards / improvements to be maintained" names no step; keeping a routine at a set time does', () => {
    const t = [
      'Actions',
      '',
      '- Living conditions are maintained at the flat.',
      '- Good standards to be maintained in the kitchen – ongoing.',
      '- Bedtime routine to be maintained every night at 7pm – Mum.',
    ].join('\n');
    expect(actionWith(t, 'Living conditions').problems).toContain('vague-action');
    expect(actionWith(t, 'Good standards').problems).toContain('vague-action');
    expect(actionWith(t, 'Bedtime').problems).not.toContain('vague-action');
  });
});

describe('a counted gap between visits', () => {
  it('"at N-weekly intervals", "at a minimum of N working day intervals", "at intervals of no more than N weeks" say how often', () => {
    const t = [
      'Actions',
      '',
      '- Ruby to be visited at home by the social worker at a minimum of 15 working day intervals.',
      '- The health visitor to weigh Kai at four-weekly intervals.',
      '- Ruby to be seen by the GP at intervals of no more than 6 weeks.',
      '- The family to be visited at regular intervals.',
    ].join('\n');
    expect(actionWith(t, 'working day').when).toBe('at a minimum of 15 working day intervals');
    expect(actionWith(t, 'weigh Kai').when).toBe('at four-weekly intervals');
    expect(actionWith(t, 'by the GP').problems).not.toContain('vague-timescale');
    expect(actionWith(t, 'by the GP').problems).not.toContain('missing-timescale');
    expect(actionWith(t, 'regular intervals').problems).toContain('vague-timescale');
  });
});
