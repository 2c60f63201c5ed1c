/** Layouts the first version missed on unseen plans: each test is a general shape, not one plan. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('tables in any column order and separator', () => {
  const pipes = [
    'What needs to happen',
    'Who | What needs to happen | By when | Progress',
    'Carys (Mam) | Carys will go to Adfer for an assessment | 20/05/2026 |',
    'IFST worker – Gethin Lloyd | Gethin will do six routine sessions with Carys | By 30/06/2026 |',
    '| Ffion to be offered counselling at school | When capacity allows |',
    'Carys (Mam) | Carys to engage with services | Ongoing |',
  ].join('\n');

  it('pipes between cells, Who first, a blank first cell and a Progress column to fill in later', () => {
    const a = actionsOf(pipes);
    expect(a).toHaveLength(4);
    expect(actionWith(pipes, 'Adfer')).toMatchObject({ who: 'Carys (Mam)', when: '20/05/2026', problems: [] });
    expect(actionWith(pipes, 'Gethin will')).toMatchObject({ who: 'IFST worker – Gethin Lloyd', when: 'By 30/06/2026' });
    expect(actionWith(pipes, 'Ffion').problems).toEqual(['missing-owner', 'vague-timescale']);
    expect(actionWith(pipes, 'engage').problems).toEqual(['vague-action', 'vague-timescale']);
  });

  it('the same table with outer pipes', () => {
    const outer = pipes
      .split('\n')
      .map((l, k) => (k === 0 ? l : l.startsWith('|') ? `|  ${l} ` : `| ${l}`))
      .join('\n');
    expect(actionsOf(outer)).toHaveLength(4);
    expect(actionWith(outer, 'Ffion').who).toBeNull();
    expect(actionWith(outer, 'Adfer').who).toBe('Carys (Mam)');
  });

  it('tab tables with a RAG column first', () => {
    const t = 'RAG\tAction\tOwner\tDue\nRed\tJade to be referred to the young carers project\tSW\t\nGreen\tMum to take Tyler to the eye clinic\tMum\t19/06/2026\n';
    expect(actionWith(t, 'young carers')).toMatchObject({ who: 'SW', when: null, problems: ['missing-timescale'] });
    expect(actionWith(t, 'eye clinic').problems).toEqual([]);
  });

  it('columns aligned with spaces (pasted from a PDF), with a wrapped row', () => {
    const t = [
      'Action                                   Lead                Timescale',
      'Abena to take Kian to the GP             Abena (Mum)         by 12/06/2026',
      'Referral to Talking Therapies to be                          TBC',
      '   made for Abena',
      'Abena to engage with the family hub      Abena',
    ].join('\n');
    const a = actionsOf(t);
    expect(a).toHaveLength(3);
    expect(actionWith(t, 'Kian')).toMatchObject({ who: 'Abena (Mum)', when: 'by 12/06/2026' });
    expect(actionWith(t, 'Talking').text).toContain('made for Abena');
    expect(actionWith(t, 'Talking').problems).toEqual(['missing-owner', 'vague-timescale']);
    expect(actionWith(t, 'family hub').problems).toEqual(['vague-action', 'missing-timescale']);
  });
});

describe('owners in trailing brackets', () => {
  const roman = [
    'Risk area A: Zainab’s health',
    'i) CAMHS referral for Zainab to be progressed [GP / SW] – TBC',
    'ii) Rania to be signposted to an immigration advice service [SW]',
    'iii) Core group to be convened [CSC] – within 10 working days of ICPC',
  ].join('\n');

  it('roman items with [owner] and a timescale after a dash', () => {
    expect(actionsOf(roman)).toHaveLength(3);
    expect(actionWith(roman, 'CAMHS')).toMatchObject({ who: 'GP / SW', when: 'TBC' });
    expect(actionWith(roman, 'CAMHS').problems).toEqual(['vague-action', 'vague-timescale']);
    expect(actionWith(roman, 'Rania')).toMatchObject({ who: 'SW', problems: ['missing-timescale'] });
    expect(actionWith(roman, 'convened')).toMatchObject({ who: 'CSC', when: 'within 10 working days of ICPC' });
  });

  it('"(Lead: …)" after sentences under Outcome headings, even after a background section', () => {
    const t = [
      'Reason for the plan',
      'Jordan pushed Leanne against the door while she was holding the baby.',
      '',
      'Outcome 1: Leanne and the children are safe at home.',
      'Leanne will meet Shazia, her IDVA, every Thursday (Lead: IDVA – Shazia Malik).',
      'A video doorbell to be fitted through the Sanctuary scheme by 27/03/2026.',
      'School will offer Amara time with the learning mentor as appropriate (Lead: Mrs Oduya, DSL).',
    ].join('\n');
    expect(actionsOf(t)).toHaveLength(3);
    expect(actionWith(t, 'Shazia')).toMatchObject({ who: 'IDVA – Shazia Malik', when: 'every Thursday' });
    expect(actionWith(t, 'doorbell').problems).toEqual(['missing-owner']);
    expect(actionWith(t, 'mentor')).toMatchObject({ who: 'Mrs Oduya, DSL', when: 'as appropriate', problems: ['vague-timescale'] });
  });

  it('a bracket in the middle of an item is not its owner', () => {
    const t = 'Plan\n• Return home interview (RHI) to be offered within 72 hours of each missing episode.';
    expect(actionWith(t, 'RHI').who).toBeNull();
  });
});

describe('headings, letters and prose', () => {
  it('headings in capitals are headings, numbered or not', () => {
    const t = 'THE PLAN\n\n1. BABY’S BIRTH\n1.1 Jade to go to the growth scan – w/c 14/09.\n\n2. THE FLAT\n2.1 Housing officer (Gwen Ellery) to book the repair – end of October.\n\nLEO\nNadia to see Leo at school every two weeks.';
    const a = actionsOf(t);
    expect(a.map((x) => x.text)).toEqual(['Jade to go to the growth scan – w/c 14/09.', 'Housing officer (Gwen Ellery) to book the repair – end of October.', 'Nadia to see Leo at school every two weeks.']);
    expect(a[0]?.when).toBe('w/c 14/09');
  });

  it('a semicolon list of actions in one sentence', () => {
    const t =
      'Next review: 13/10/2026\nPlan\nThe conference agreed that Kwame will finish the last three sessions of his anger course by 29/05/2026; Callum will see Harvey alone at each statutory visit; school to continue to monitor Harvey’s wellbeing; the core group will meet every six weeks, starting on 05/05/2026; and step-down to be considered at the next review.';
    const a = actionsOf(t);
    expect(a).toHaveLength(5);
    expect(actionWith(t, 'anger course').problems).toEqual([]);
    expect(actionWith(t, 'statutory')).toMatchObject({ when: 'at each statutory visit', problems: [] });
    expect(actionWith(t, 'monitor').problems).toEqual(['vague-action', 'missing-timescale']);
    expect(actionWith(t, 'six weeks').problems).toEqual(['vague-owner']);
    expect(actionWith(t, 'step-down').problems).toEqual(['vague-action', 'missing-owner']);
  });

  it('letters: "try to" and "check in" are vague; the sign-off is not an action', () => {
    const t = 'Dear Keira,\n\nThe police will try to stop Dee from getting in touch with you. Mrs Hughes at school will check in with you from time to time. I will visit you every Tuesday after school.\n\nTake care, and I will see you on Tuesday.\nRachel';
    const a = actionsOf(t);
    expect(a).toHaveLength(3);
    expect(actionWith(t, 'police').problems).toContain('vague-action');
    expect(actionWith(t, 'Mrs Hughes')).toMatchObject({ who: 'Mrs Hughes at school', when: 'from time to time' });
    expect(actionWith(t, 'Mrs Hughes').problems).toEqual(['vague-action', 'vague-timescale']);
  });

  it('"Mum will:" with sub-bullets gives each item its owner', () => {
    const t = 'What needs to happen\n\nMum will:\n- take Lily to nursery every Monday\n- work with the family support worker\n\nEveryone will:\n- keep an eye on Lily';
    expect(actionWith(t, 'nursery')).toMatchObject({ who: 'Mum', problems: [] });
    expect(actionWith(t, 'work with').problems).toEqual(['vague-action', 'missing-timescale']);
    expect(actionWith(t, 'keep an eye').problems).toContain('vague-owner');
  });

  it('finds actions anyway when every heading reads as background', () => {
    const t = 'Family details\nMum: Jo Bell\n\nConcerns and risks\nMum will take Tia to nursery every weekday by 9am.\nA referral to be made to CAMHS.';
    expect(actionsOf(t).map((a) => a.who)).toEqual(['Mum', null]);
  });
});

describe('vague timescales', () => {
  it.each([
    'as appropriate',
    'going forward',
    'from time to time',
    'when it is safe to do so',
    'until the core group agree it is safe',
    'when capacity allows',
    'once his bail conditions are known',
    'throughout the pregnancy',
  ])('“%s”', (phrase) => {
    const t = `Plan\nDad will see the children at the family centre ${phrase}.`;
    const a = actionWith(t, 'Dad');
    expect(a.when).toBe(phrase);
    expect(a.problems).toEqual(['vague-timescale']);
  });

  it.each([
    ['before baby is born', 'Discharge meeting to be held before baby is born.'],
    ['by 36 weeks (04/11/2026)', 'Midwife to agree the birth plan by 36 weeks (04/11/2026).'],
    ['by the end of April', 'Jodie will register with the surgery by the end of April so she can see a doctor.'],
  ])('“%s” is a timescale', (when, item) => {
    expect(actionWith(`Plan\n${item}`, item.slice(0, 8)).when).toBe(when);
  });
});
