/**
 * Plans that mark each action on a line of its own (marked.ts): meeting
 * minutes with "ACTION:" lines among the notes, and lines ending with an
 * "(owner – when)" bracket; and narrative plans inside an assessment's
 * "Analysis and plan" section (narrative.ts).
 */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('core group minutes: ACTION lines among the notes', () => {
  const minutes = [
    'Core group meeting – notes',
    'Date: Thursday 4 March 2027, 2pm, Elmfield Family Hub',
    'Present: Kerry Dale (Mum); Rob Tate (SW); Amira Khan (school nurse); Lee Ward (FSW)',
    'Apologies: Bellmead Housing',
    '',
    '1. Welcome',
    'RT said this is the first core group since conference. Kerry will need to leave by 3pm to collect Mason.',
    '',
    '2. School nurse update',
    'AK saw Mason in school on 1/3. He has lost weight and says he is hungry at lunchtime. Mason will be starting swimming lessons next term.',
    'ACTION: AK to weigh Mason in school every two weeks and send the weights to RT.',
    'Action – Kerry to take Mason to the dentist at Holly Street by 19/3.',
    '',
    '3. Family support',
    'LW has visited twice. The kitchen was tidy both times. Kerry said the washing machine has broken.',
    'ACTIONS: LW to apply for a washing machine grant by 12/3; RT to ring Bellmead Housing about the damp; chase the repair date in writing.',
    'Action (LW): go through a food shopping list with Kerry every Monday.',
    'ACTION: Mum to keep working with services (ongoing).',
    'ACTION LW: book a place at the Tuesday cooking group (LW by 16/3).',
    'ACTION: ask the GP to review Mason’s inhaler (AK, 26/03/27).',
    'ACTION: send the swimming kit list home. Who: LW. By: 9/3',
    '',
    'Actions agreed at the end of the meeting:',
    '',
    'Actions agreed',
    'Kerry to ring the GP about her sleep tablets this week.',
    'Bedroom to be checked at every home visit.',
    '',
    'Next core group: Thursday 1 April 2027, 2pm',
    'Minutes agreed as accurate by all present.',
  ].join('\n');
  const acts = actionsOf(minutes);

  it('finds every marked action and no notes', () => {
    expect(acts.map((a) => a.text.slice(0, 24))).toEqual([
      'ACTION: AK to weigh Maso',
      'Action – Kerry to take M',
      'ACTIONS: LW to apply for',
      'RT to ring Bellmead Hous',
      'chase the repair date in',
      'Action (LW): go through ',
      'ACTION: Mum to keep work',
      'ACTION LW: book a place ',
      'ACTION: ask the GP to re',
      'ACTION: send the swimmin',
      'Kerry to ring the GP abo',
      'Bedroom to be checked at',
    ]);
    // "Kerry will need to leave by 3pm", "Mason will be starting swimming": notes, not actions
    expect(acts.some((a) => a.text.includes('leave by 3pm') || a.text.includes('swimming lessons'))).toBe(false);
  });

  it('reads owners written as initials and in the marker', () => {
    expect(actionWith(minutes, 'weigh Mason').who).toBe('AK');
    expect(actionWith(minutes, 'weigh Mason').problems).toEqual([]);
    expect(actionWith(minutes, 'shopping list').who).toBe('LW');
    expect(actionWith(minutes, 'shopping list').when).toBe('every Monday');
  });

  it('reads initials before the colon and an (owner by / , time) bracket at the end', () => {
    const a = actionWith(minutes, 'cooking group');
    expect(a.who).toBe('LW');
    expect(a.when).toBe('by 16/3');
    const b = actionWith(minutes, 'inhaler');
    expect([b.who, b.when, b.what]).toEqual(['AK', '26/03/27', 'ask the GP to review Mason’s inhaler']);
    const c = actionWith(minutes, 'kit list');
    expect([c.who, c.when, c.what]).toEqual(['LW', '9/3', 'send the swimming kit list home.']);
  });

  it('splits an ACTIONS line at its semicolons; a piece with no doer takes the first one', () => {
    expect(actionWith(minutes, 'washing machine grant').when).toBe('by 12/3');
    expect(actionWith(minutes, 'about the damp').who).toBe('RT');
    expect(actionWith(minutes, 'about the damp').problems).toEqual(['missing-timescale']);
    expect(actionWith(minutes, 'chase the repair').who).toBe('LW');
  });

  it('still judges what, who and when on a marked line', () => {
    expect(actionWith(minutes, 'keep working').problems).toEqual(['vague-action', 'vague-timescale']);
    expect(actionWith(minutes, 'Bedroom to be checked').problems).toEqual(['missing-owner']);
  });

  it('leaves "Action:" blocks with their own Who / When lines to the block reading', () => {
    const plan = [
      'Outcome 1 – Sam is safe at home',
      '',
      'Action: Fit a door chain through the Safer Homes scheme.',
      'Who: Housing officer – Dan Price',
      'When: By 22/03/2027',
      '',
      'Action: Ring the school if Sam is not collected by 3.30pm.',
      'Who: Gran (Pat)',
      'When: Any day Sam is not collected',
    ].join('\n');
    const found = actionsOf(plan);
    expect(found).toHaveLength(2);
    expect(found[0]?.who).toBe('Housing officer – Dan Price');
    expect(found[0]?.text).toContain('When: By 22/03/2027');
  });

  it('does not switch a plan over for one stray "Action:" line', () => {
    const plan = [
      'What needs to happen',
      '',
      'Mum will take Ava to nursery every weekday by 9am.',
      'The health visitor will weigh Ava every two weeks.',
      'Action: Dad to fix the stair gate by Friday.',
    ].join('\n');
    expect(actionsOf(plan)).toHaveLength(3);
  });
});

describe('lines ending with an (owner – when) bracket', () => {
  const plan = [
    'Westfield 0-19 Team – Safeguarding plan for baby',
    'Written by: Jo Pike, Health Visitor',
    'Copy to: Nadia Bell (Mum), Dr Ross (GP)',
    '',
    'What is going well',
    'Nadia has a cot and a new car seat. Her sister visits most days (Aunt Gemma).',
    '',
    'Before the birth',
    'To visit at home and talk about safe sleep and feeding. (HV – 02/02/27)',
    'To refer Nadia to the parent and baby mental health team. (Midwife – asap)',
    'Ben to keep the dog out of the bedroom at all times. (Ben – from now)',
    '',
    'After the birth',
    '• To do the first home visit. (HV – 10–14 days after the birth)',
    '• Planning meeting to be held before baby goes home. (TBC – before discharge)',
    '• To arrange the hearing test. (TBC)',
    '• To keep in touch with Nadia about how she is feeling. (HV/Midwife – ongoing)',
    '• To go through the red book with Nadia and Ben and show them',
    '  how to record feeds. (HV – at the first home visit)',
  ].join('\n');
  const acts = actionsOf(plan);

  it('finds each bracketed line and nothing else', () => {
    expect(acts).toHaveLength(8);
    expect(acts.some((a) => a.text.includes('Copy to') || a.text.includes('Aunt Gemma'))).toBe(false);
  });

  it('takes who and when from the bracket, and the action without "To"', () => {
    const a = actionWith(plan, 'safe sleep');
    expect(a.who).toBe('HV');
    expect(a.when).toBe('02/02/27');
    expect(a.what).toBe('visit at home and talk about safe sleep and feeding.');
    expect(a.problems).toEqual([]);
    expect(actionWith(plan, 'dog out').who).toBe('Ben');
    expect(actionWith(plan, 'do the first home visit').when).toBe('10–14 days after the birth');
  });

  it('keeps an action wrapped over two lines whole', () => {
    const a = actionWith(plan, 'red book');
    expect(a.text).toContain('how to record feeds.');
    expect([a.who, a.when]).toEqual(['HV', 'at the first home visit']);
  });

  it('reads TBC in the owner slot as nobody, and a bare (TBC) as neither', () => {
    // "before discharge" is an event anchor, and this plan gives no discharge date, so it is vague too
    expect(actionWith(plan, 'Planning meeting').problems).toEqual(['missing-owner', 'vague-timescale']);
    expect(actionWith(plan, 'hearing test').problems).toEqual(['missing-owner', 'vague-timescale']);
    expect(actionWith(plan, 'parent and baby').problems).toEqual(['vague-timescale']);
    expect(actionWith(plan, 'keep in touch').problems).toEqual(['vague-action', 'vague-timescale']);
  });
});

describe('narrative plans in an assessment', () => {
  it('reads "Analysis and plan" paragraphs for the sentences that are actions', () => {
    const plan = [
      'SINGLE ASSESSMENT – Marcus Hill (8)',
      '',
      'Background',
      'Marcus lives with his dad, Wayne, who drinks most evenings. Marcus will often make his own tea.',
      '',
      'Analysis and plan',
      'Wayne has been honest about his drinking and wants to change. Marcus is at risk of neglect because nobody makes sure he eats. ' +
        'I will visit Marcus at home every Tuesday after school and see him on his own. It is recommended that a referral to the Pathways alcohol service is made by 30 April 2027. ' +
        'The plan is for Wayne to go to the Pathways drop-in every Thursday. ' +
        'Wayne has agreed that, when he has been drinking, Marcus will be taken to his grandmother’s for the night. Marcus told me he likes football.',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text.slice(0, 20))).toEqual(['I will visit Marcus ', 'It is recommended th', 'The plan is for Wayn', 'Wayne has agreed tha']);
    expect(actionWith(plan, 'drop-in').who).toBe('Wayne');
    expect(actionWith(plan, 'I will visit').problems).toEqual([]);
    expect(actionWith(plan, 'recommended').problems).toEqual(['missing-owner']);
    expect(actionWith(plan, 'Wayne has agreed').who).toBe('Wayne');
  });

  it('reads numbered "Analysis" and "Plan" titles over a blank line', () => {
    const plan = [
      'Child and Family Assessment',
      '',
      'Part 5: Analysis and recommendations',
      '',
      '5.1 Analysis',
      '',
      'Priya has moved three times this year. Her mother is expected to attend her appointments but rarely does.',
      '',
      '5.2 Plan',
      '',
      'The family support worker will help Ms Shah set up a morning routine, visiting on Monday and Thursday mornings from 15 March 2027. ' +
        'A referral for a hearing test will be made. Ms Shah should consider a parenting course.',
    ].join('\n');
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.text.slice(0, 24))).toEqual(['The family support worke', 'A referral for a hearing', 'Ms Shah should consider ']);
    expect(actionWith(plan, 'hearing test').problems).toEqual(['missing-owner', 'missing-timescale']);
    expect(actionWith(plan, 'parenting course').problems).toEqual(['vague-action', 'missing-timescale']);
  });
});
