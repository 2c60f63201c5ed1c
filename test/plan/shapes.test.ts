import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('tables pasted from Word', () => {
  const plan = [
    'CHILD PROTECTION PLAN',
    '',
    'Child: Lacey Ward (4)',
    '',
    'Worries',
    'Lacey has been seen with bruises twice this term.',
    '',
    'Action plan',
    'Action\tResponsible\tTimescale\tHow we will know',
    'Take Lacey to the dentist\tSarah (Mum)\t03/04/2026\tDentist letter',
    'Fit a fire guard in the living room\t\tBy Friday 13th March\t',
    'Home visits to see Lacey’s bedroom\tSW – Priya Shah\t',
    'Share Lacey’s attendance each Friday\tSchool / DSL\tWeekly\t',
    'Check Lacey’s weight\tHV\tOngoing',
    '',
    'If things do not get better',
    'We may ask for a legal planning meeting.',
  ].join('\r\n');

  it('finds every row, and only the rows', () => {
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text)).toEqual([
      'Take Lacey to the dentist\tSarah (Mum)\t03/04/2026\tDentist letter',
      'Fit a fire guard in the living room\t\tBy Friday 13th March\t',
      'Home visits to see Lacey’s bedroom\tSW – Priya Shah\t',
      'Share Lacey’s attendance each Friday\tSchool / DSL\tWeekly\t',
      'Check Lacey’s weight\tHV\tOngoing',
    ]);
  });

  it('reads who and when from their columns (CRLF kept)', () => {
    const a = actionWith(plan, 'dentist');
    expect(a.who).toBe('Sarah (Mum)');
    expect(a.when).toBe('03/04/2026');
    expect(a.what).toBe('Take Lacey to the dentist');
    expect(a.problems).toEqual([]);
  });

  it('treats an empty cell as missing', () => {
    expect(actionWith(plan, 'fire guard').problems).toEqual(['missing-owner']);
    expect(actionWith(plan, 'Home visits').problems).toEqual(['missing-timescale']);
    expect(actionWith(plan, 'Home visits').who).toBe('SW – Priya Shah');
  });

  it('flags a vague timescale in the When column', () => {
    expect(actionWith(plan, 'weight').problems).toEqual(['vague-timescale']);
    expect(actionWith(plan, 'attendance').who).toBe('School / DSL');
  });

  it('reads pipe tables too', () => {
    const md = ['Plan', '| What needs to happen | Who | By when |', '|---|---|---|', '| Book a GP visit for Jo | Dad | by 12 May |', '| Tidy the kitchen | Mum | ASAP |'].join('\n');
    const acts = actionsOf(md);
    expect(acts).toHaveLength(2);
    expect(acts[0]?.who).toBe('Dad');
    expect(acts[1]?.problems).toEqual(['vague-timescale']);
  });
});

describe('lists', () => {
  it('bullets and numbers, with items wrapping over lines', () => {
    const plan = [
      'What needs to happen',
      '• Mum will take Ryan to nursery every weekday by 9am.',
      '• Leah (SW) will visit every two weeks and see Ryan on his own',
      '  at each visit.',
      '',
      '1. Dad to go to the Caring Dads group on Mondays.',
      '2. Dad to engage with services.',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(4);
    expect(acts[1]?.text).toBe('Leah (SW) will visit every two weeks and see Ryan on his own\n  at each visit.');
    expect(acts[1]?.who).toBe('Leah (SW)');
    expect(acts[1]?.when).toBe('every two weeks');
    expect(acts[2]?.when).toBe('on Mondays');
    expect(acts[3]?.problems).toEqual(['vague-action', 'missing-timescale']);
  });

  it('lettered sub-items under numbered headings, with (Who: … When: …)', () => {
    const plan = [
      'What needs to happen',
      '',
      '1. Food in the house',
      'a) Gran to bring a food parcel. (Who: Gran – Pat Hill. When: every Saturday.)',
      'b) Benefits check for Mum. (Who: Citizens Advice. When: TBC.)',
      'c) A budgeting course to be booked. (When: by 30/04/2026.)',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.who)).toEqual(['Gran – Pat Hill', 'Citizens Advice', null]);
    expect(acts.map((a) => a.when)).toEqual(['every Saturday', 'TBC', 'by 30/04/2026']);
    expect(acts[1]?.problems).toEqual(['vague-timescale']);
    expect(acts[2]?.problems).toEqual(['missing-owner']);
  });

  it('Who: and When: lines under a titled item', () => {
    const plan = [
      'What needs to happen',
      '',
      '1. Safe sleep',
      'Jess will put Mia to sleep in her cot, on her back.',
      'Who: Jess (Mum)',
      'When: every night, starting tonight',
      '',
      '2. Money',
      'The family support worker will help Jess fill in the Universal Credit form.',
      'Who: Tom (family support worker)',
      'When:',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(2);
    expect(acts[0]?.who).toBe('Jess (Mum)');
    expect(acts[0]?.when).toBe('every night, starting tonight');
    expect(acts[1]?.problems).toEqual(['missing-timescale']);
  });

  it('Action / Lead / By blocks', () => {
    const plan = [
      'The plan',
      '',
      'Outcome 1: Zac is safe at home.',
      '',
      'Action 1.1: Kyle to finish the anger course.',
      'Lead: Dad',
      'By: 30/06/2026',
      '',
      'Action 1.2: Share any worries with Beth.',
      'Lead: Everyone',
      'By: As and when',
      '',
      'Action 1.3: Zac to be offered play sessions.',
      'Lead:',
      'By:',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts).toHaveLength(3);
    expect(acts[0]?.text.startsWith('Action 1.1: Kyle')).toBe(true);
    expect(acts[0]?.text.endsWith('By: 30/06/2026')).toBe(true);
    expect(acts[1]?.problems).toEqual(['vague-owner', 'vague-timescale']);
    expect(acts[2]?.problems).toEqual(['missing-owner', 'missing-timescale']);
  });
});

describe('prose and letters', () => {
  it('prose sentences in the plan section, two actions in one sentence', () => {
    const plan = [
      'Why we are worried',
      'Mum will often leave Ella with friends. Dad must not drink at home.',
      '',
      'The plan',
      'Mum will ring the GP by Friday 6 March. A referral will be made to the Early Help team. Ella will be offered a place at the holiday club, and the school nurse will see her every Monday.',
      'It is agreed that Dad will do the school run on Tuesdays.',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text)).toEqual([
      'Mum will ring the GP by Friday 6 March.',
      'A referral will be made to the Early Help team.',
      'Ella will be offered a place at the holiday club',
      'the school nurse will see her every Monday.',
      'It is agreed that Dad will do the school run on Tuesdays.',
    ]);
    expect(acts[1]?.problems).toEqual(['missing-owner', 'missing-timescale']);
    expect(acts[2]?.problems).toContain('missing-owner');
    expect(acts[3]?.who).toBe('the school nurse');
    expect(acts[4]?.who).toBe('Dad');
  });

  it('a letter: You will, I will, We will', () => {
    const plan = [
      'Dear Shona,',
      '',
      'I am writing after our meeting on Monday. Thank you for coming.',
      '',
      'What you will do',
      '- You will take Kian to his hearing test on 12th May.',
      '',
      'What I will do',
      '- I will visit you every other Wednesday.',
      '- We will meet with school before the review conference.',
      '',
      'Best wishes,',
      'Dee',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.who)).toEqual(['You', 'I', 'We']);
    expect(acts.map((a) => a.when)).toEqual(['on 12th May', 'every other Wednesday', 'before the review conference']);
  });

  it('headings that name the owner give imperative items their owner', () => {
    const plan = ["Dad's tasks:", '• Go to the alcohol service every Tuesday.', '', 'Everyone:', '• Tell the social worker about any new worries straight away.'].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.who)).toEqual(['Dad', 'Everyone']);
    expect(acts[1]?.problems).toEqual(['vague-owner']);
  });
});

describe('Signs of Safety layout', () => {
  const plan = [
    'Child Protection Plan – Noah Hart',
    'Signs of Safety',
    '',
    'What are we worried about?',
    '- Dad will get angry when he has been drinking.',
    '',
    'What’s working well?',
    '- Mum will always ring her sister when she is scared.',
    '',
    'Safety scale',
    'Mum said 6, the social worker said 3.',
    '',
    'What needs to happen?',
    '- Dad to stay away from the house until the court date on 2nd June.',
    '- Mum to be supported to keep a diary.',
    '',
    'Safety goal',
    'Noah will live in a home where nobody is hurt.',
    '',
    'Contingency',
    'If Dad comes back to the house, the social worker will hold a strategy meeting.',
  ].join('\n');

  it('takes actions only from "What needs to happen"', () => {
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text)).toEqual([
      'Dad to stay away from the house until the court date on 2nd June.',
      'Mum to be supported to keep a diary.',
    ]);
  });

  it('"Mum to be supported" names nobody to give the support', () => {
    const a = actionWith(plan, 'supported');
    expect(a.who).toBeNull();
    expect(a.problems).toEqual(['vague-action', 'missing-owner', 'missing-timescale']);
  });
});
