import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('what judgements on carried-over and shared items (session 13, round 2)', () => {
  const plan = [
    'Child protection plan for Leo Grant',
    '',
    'Actions',
    '1. Dad to re-engage with the alcohol team by 4 June.',
    '2. All workers will keep working together with Nan by 4 June.',
    '3. The youth club to keep a check on Leo by 4 June.',
    '4. Paediatric referral to be followed up by 4 June.',
    '5. Disruption of the older boys who are grooming Leo. Lead: Police. By: 4 June.',
    '6. Dad to keep working at the garage three days a week from 4 June.',
    '7. Nan to follow up the dentist letter by ringing the surgery on 4 June.',
  ].join('\n');

  it('calls going back to a service with no step vague', () => {
    expect(actionWith(plan, 're-engage').problems).toContain('vague-action');
  });

  it('calls working together and keeping a check vague, but not a named job', () => {
    expect(actionWith(plan, 'keep working together').problems).toContain('vague-action');
    expect(actionWith(plan, 'keep a check').problems).toContain('vague-action');
    expect(actionWith(plan, 'garage').problems).not.toContain('vague-action');
  });

  it('calls a referral to be followed up vague, but not a follow-up done by a named step', () => {
    expect(actionWith(plan, 'Paediatric referral').problems).toContain('vague-action');
    expect(actionWith(plan, 'dentist letter').problems).not.toContain('vague-action');
  });

  it('calls disruption of people with no step vague', () => {
    expect(actionWith(plan, 'Disruption of').problems).toContain('vague-action');
  });
});

describe('sharing worries (session 13, round 2)', () => {
  const plan = [
    'Child protection plan for Ava Moss',
    '',
    'Actions',
    '1. All professionals to share any concerns with the SW by 9 July.',
    '2. Everyone will share any worries with Ruth by 9 July.',
    '3. Nan to share any worries with Ruth by 9 July.',
  ].join('\n');

  it('calls a group sharing any worries a standing watch, not a step', () => {
    expect(actionWith(plan, 'All professionals').problems).toContain('vague-action');
    expect(actionWith(plan, 'Everyone will').problems).toContain('vague-action');
  });

  it('keeps one named person telling one named worker a step', () => {
    expect(actionWith(plan, 'Nan to share').problems).not.toContain('vague-action');
  });
});

describe('times that wait on something else (session 13, round 2)', () => {
  const plan = [
    'Our plan with Jess',
    '',
    '• I will help you send off the grant form when it comes.',
    '• Dan will not sleep at the house while the assessment is happening.',
    '• You will talk to a counsellor at Riverside. Ali has made the referral. The wait is about 3 months.',
  ].join('\n');

  it('calls "when it comes" and a waiting time vague, not missing', () => {
    for (const needle of ['grant form', 'counsellor']) {
      const a = actionWith(plan, needle);
      expect(a.problems).toContain('vague-timescale');
      expect(a.problems).not.toContain('missing-timescale');
    }
  });

  it('calls a rule that lasts while an assessment runs vague', () => {
    expect(actionWith(plan, 'not sleep').problems).toContain('vague-timescale');
  });
});

describe('owners that name nobody (session 13, round 2)', () => {
  const plan = [
    'Noah’s plan from now on',
    '',
    'Dear Kerry,',
    '',
    'Someone from the housing team will visit you about the damp on 2 June.',
    'Sam from the youth team will ring Noah on 2 June.',
  ].join('\n');

  it('"someone from" a team names nobody; a named worker from a team does', () => {
    expect(actionWith(plan, 'Someone from').problems).toContain('missing-owner');
    expect(actionWith(plan, 'Sam from').problems).not.toContain('missing-owner');
  });
});

describe('who is there is who sees it done (session 13, round 2)', () => {
  const plan = [
    'Plan',
    '1. Family time to happen at the contact centre every Sunday at 2pm, with Uncle Raj there each time.',
    '2. Family time to happen at the contact centre every Saturday at 2pm, with the support worker present.',
    '3. Family time to happen at the library every Monday at 4pm, with books there.',
  ].join('\n');

  it('takes the person who must be there as the owner', () => {
    expect(actionWith(plan, 'Uncle Raj').who).toBe('Uncle Raj');
    expect(actionWith(plan, 'support worker present').problems).not.toContain('missing-owner');
  });

  it('does not take a thing that is there as an owner', () => {
    expect(actionWith(plan, 'books there').problems).toContain('missing-owner');
  });
});
