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

  it('treats a blank field on that line as missing (a blank Lead takes the role the action opens with)', () => {
    // (a blank Lead: the worker's role that opens the action is who does it)
    expect(actionWith(plan, 'bedtime routines').who).toBe('Family support worker');
    expect(actionWith(plan, 'bedtime routines').problems).toEqual([]);
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

describe('markdown bold owners', () => {
  const plan = ['**What will happen next**', '', '- **Dad** will fix the lock on the back door by Sunday 3 May.', '- **Auntie Rosa** will have Kian after school on Thursdays.', '- A mentor will be found for Kian.'].join('\n');

  it('reads the bold name as the owner', () => {
    expect(actionWith(plan, 'back door').who).toBe('Dad');
    expect(actionWith(plan, 'back door').problems).toEqual([]);
    expect(actionWith(plan, 'Thursdays').who).toBe('Auntie Rosa');
    expect(actionWith(plan, 'mentor').problems).toContain('missing-owner');
  });
});

describe('fields separated by spaced dashes', () => {
  const plan = [
    'Plan',
    '1) Speech therapy referral for Milo — HV — by 15/05/2026',
    '2) Nadia to take Milo to the optician — Nadia — Friday 8 May at 10am',
    '3) Wash and dry the school uniform every Sunday night — Dad',
    '4) Safety plan for Milo to be written — — by the core group on 20/05/2026',
    '5) Playgroup sessions on Monday mornings — Nadia or Grandma Joy — ongoing',
  ].join('\n');

  it('takes who and when from the parts (action — who — when)', () => {
    const a = actionWith(plan, 'Speech therapy');
    expect(a.what).toBe('Speech therapy referral for Milo');
    expect(a.who).toBe('HV');
    expect(a.when).toBe('by 15/05/2026');
    expect(a.problems).toEqual([]);
    expect(actionWith(plan, 'optician').when).toBe('Friday 8 May at 10am');
  });

  it('reads an empty part as missing and a trailing owner on its own', () => {
    expect(actionWith(plan, 'Safety plan').problems).toEqual(['missing-owner']);
    expect(actionWith(plan, 'uniform').who).toBe('Dad');
    expect(actionWith(plan, 'uniform').problems).toEqual([]);
    expect(actionWith(plan, 'Playgroup').problems).toEqual(['vague-timescale']);
  });

  it('reads a name before a dash as the owner (who – action)', () => {
    const mail = ['Actions agreed today:', '', '* Kasia – book the GP appointment for Lily by Wednesday.', '* Hospital midwife and Sanjay – agree the discharge plan before 38 weeks.', '* Bedtime – Kasia to have Lily in bed by 7:30pm.', '* Housing visit with Kasia and her brother – to be arranged.'].join('\n');
    expect(actionWith(mail, 'GP appointment').who).toBe('Kasia');
    expect(actionWith(mail, 'GP appointment').what).toBe('book the GP appointment for Lily by Wednesday.');
    expect(actionWith(mail, 'discharge').who).toBe('Hospital midwife and Sanjay');
    expect(actionWith(mail, 'Bedtime').problems).toEqual([]);
    expect(actionWith(mail, 'Housing visit').problems).toContain('missing-owner');
  });

  it('leaves a dash inside a sentence alone', () => {
    const text = ['Plan', '- Mum will take Leo to the dentist – he has not been for two years – by 1 June.'].join('\n');
    expect(actionWith(text, 'dentist').who).toBe('Mum');
    expect(actionWith(text, 'dentist').problems).toEqual([]);
  });
});

describe('e-mails and letters end at the sign-off', () => {
  const mail = [
    'Hi both,',
    '',
    'Actions from today:',
    '* Ola – take Zain to the walk-in clinic about his cough by Friday.',
    '',
    'Kind regards,',
    'Ben',
    '',
    'Ben Carter | Social Worker | Northfield Children’s Services',
    '07700 900123 | I work Tuesday to Friday',
    'This message is confidential. If you are not the person it was sent to, you must delete it.',
  ].join('\n');

  it('reports no action from the signature or the footer', () => {
    expect(actionsOf(mail).map((a) => a.who)).toEqual(['Ola']);
  });
});

describe('a letter with numbered headings and one step a line', () => {
  const plan = [
    'Dear Tia,',
    '',
    'This is your plan. We wrote it together at the meeting on Monday.',
    '',
    'What is going well',
    'You have been to every lesson this week.',
    '',
    '1. Staying safe when you go out with friends',
    'You will text your nan where you are by 8pm every evening you are out.',
    'If you do not text, your nan will ring you, and if she cannot reach you by 9pm she will ring me.',
    '',
    '2. Your health and the things that are worrying you and your nan',
    'I will ask the school nurse to see you about your sleep. I will do this by Friday 12 June.',
    'Your nan will keep an eye on how you are eating.',
    '',
    '3. Someone to talk to',
    'Mo from the Youth Hub will meet you every Monday after school. You decide where you go.',
    '',
    'If things do not get better',
    'We may need to have another meeting with you and your nan.',
    '',
    'Take care,',
    'Grace',
  ].join('\n');

  it('finds each line under the headings, and nothing in the contingency or sign-off', () => {
    expect(actionsOf(plan).map((a) => a.who)).toEqual(['You', 'your nan', 'I', 'Your nan', 'Mo from the Youth Hub']);
  });

  it('takes the time from a following sentence that only says when', () => {
    const a = actionWith(plan, 'school nurse');
    expect(a.when).toBe('by Friday 12 June');
    expect(a.problems).toEqual([]);
  });

  it('reads a trigger as the time of a line', () => {
    expect(actionWith(plan, 'If you do not text').when).toBe('If you do not text');
  });
});

describe('two fields on one line, however they are set apart', () => {
  const item = (sep: string): string => ['Plan', '1. Kofi to book a hearing test for Ama at the GP.', `   Who: Kofi${sep}When: by 22/05/2026`].join('\n');

  it.each([['tab', '\t'], ['pipe', ' | '], ['semicolon', '; '], ['full stop', '. '], ['spaces', '    ']])('reads both when they are set apart by a %s', (_name, sep) => {
    const a = actionWith(item(sep), 'hearing test');
    expect(a.who).toBe('Kofi');
    expect(a.when).toBe('by 22/05/2026');
  });
});

describe('numbered section headings', () => {
  const plan = [
    '1. Summary of concerns',
    'Ellis has missed 40 days of school this year and the house has no working heating.',
    '',
    '2. Plan',
    'Area 1: School',
    'a) Dad to walk Ellis to school each morning by 8:45am',
    'b) School to ring Dad by 9:30am on any day Ellis is not in',
    '',
    '3. Contingency',
    'Should things not improve, a legal planning meeting will be held.',
    '',
    '4. Ellis’s views',
    'Ellis said: “I want to be warm at home.”',
  ].join('\n');

  it('reads "2. Plan" and "3. Contingency" as headings, not as items', () => {
    expect(actionsOf(plan).map((a) => a.who)).toEqual(['Dad', 'School']);
  });
});

describe('an owner and a colon before the action', () => {
  const plan = ['Plan', '- Mum: take Rio to nursery every weekday by 9am', '- **Dr Okafor:** review Rio’s inhaler by 30/06/2026', '- Note: the flat has damp in the back bedroom'].join('\n');

  it('reads a role word or a bold name before the colon as the owner', () => {
    expect(actionWith(plan, 'nursery').who).toBe('Mum');
    expect(actionWith(plan, 'nursery').problems).toEqual([]);
    expect(actionWith(plan, 'inhaler').who).toBe('Dr Okafor');
  });

  it('does not take a label for an owner', () => {
    expect(actionWith(plan, 'damp').who).toBeNull();
  });

  it('finds a judgement in a trigger vague', () => {
    const text = ['Plan', '- Auntie Mel will have the boys to stay if Dad becomes unwell'].join('\n');
    expect(actionWith(text, 'boys').problems).toEqual(['vague-timescale']);
  });
});

describe('an item that opens with a verb', () => {
  it('still reads a noun with "to be done" as passive', () => {
    const plan = ['Plan', '- Visit to be arranged by the SW within 5 days', '- Contact to be supervised by Nan every Saturday', '- Plan to be shared with school by Friday'].join('\n');
    expect(actionsOf(plan).map((a) => a.problems)).toEqual([[], [], ['missing-owner']]);
    expect(actionWith(plan, 'Visit').who).toBe('the SW');
  });
});

describe('a role on its own as a heading over nested items', () => {
  it('gives the nested items that owner', () => {
    const plan = ['Plan', '• Mum:', '   o take Ava to the asthma clinic on 14/07/2026', '• The health visitor:', '   o weigh Ava every two weeks', '• Bedtime:', '   o lights out by 8pm'].join('\n');
    expect(actionWith(plan, 'asthma').who).toBe('Mum');
    expect(actionWith(plan, 'weigh').who).toBe('health visitor');
    expect(actionWith(plan, 'lights out').problems).toEqual(['missing-owner']);
  });
});
