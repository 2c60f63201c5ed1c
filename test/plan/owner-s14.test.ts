import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('a printout that puts each field value on the line under its label', () => {
  const plan = [
    'CHILD PROTECTION PLAN',
    '',
    'ACTIONS',
    'Action:',
    'Take Leon to the optician on Park Road for his eye test.',
    'Responsible:',
    'Becky Hale (Mum)',
    'Target date:',
    '05/03/2027',
    'Status: Open',
    '======================',
    'Action:',
    'Bedroom to be kept clear of rubbish.',
    'Responsible:',
    '',
    'Target date:',
    'Weekly',
    'Status: Open',
    '======================',
    'Action:',
    'Review meeting',
    'Responsible:',
    'Conference chair',
    'Target date:',
    '12/04/2027 14:30',
    'Status: Booked',
    '======================',
    'Action ID: 7',
    'Description: Drug tests to be arranged for Becky.',
    'Assigned to:',
    'Date set: 01/03/2027',
    'Due date: 20/03/2027',
  ].join('\n');

  it('reads the line under "Responsible:" as the owner and the line under "Target date:" as the time', () => {
    const a = actionWith(plan, 'optician');
    expect(a.who).toBe('Becky Hale (Mum)');
    expect(a.when).toBe('05/03/2027');
    expect(a.what).toBe('Take Leon to the optician on Park Road for his eye test.');
    expect(a.problems).not.toContain('missing-owner');
  });
  it('keeps an empty label empty when a blank line or the next label follows it', () => {
    expect(actionWith(plan, 'rubbish').problems).toContain('missing-owner');
  });
  it('takes a value line that holds a clock time', () => {
    const a = actionWith(plan, 'Review meeting');
    expect(a.who).toBe('Conference chair');
    expect(a.when).toBe('12/04/2027 14:30');
  });
  it('does not take the next "Key: value" line as the value of an empty label', () => {
    expect(actionWith(plan, 'Drug tests').problems).toContain('missing-owner');
  });
});

describe('a table whose owner column is headed "Done by"', () => {
  const plan = [
    'Key: BH = Becky Hale (Mum)   TR = Tom Reeve (SW)',
    '',
    'WHAT WE AGREED',
    'What we will do\tDone by\tWhen',
    'Ring the housing office about the damp\tBH\tby 3.3.27',
    'Visit the flat and see both boys\tTR\tevery 2 weeks',
    'Family meetings\tAll\tmonthly',
    'Referral to the food bank\t\t10.3.27',
  ].join('\n');

  it('reads initials, a group or nobody from that column', () => {
    expect(actionWith(plan, 'housing office').who).toBe('BH');
    expect(actionWith(plan, 'flat').who).toBe('TR');
    expect(actionWith(plan, 'Family meetings').who).toBe('All');
    expect(actionWith(plan, 'food bank').problems).toContain('missing-owner');
  });
});

describe('a blank owner cell when the action names a service as its doer', () => {
  const plan = [
    'Action\tWho\tBy when',
    'Probation to tell the social worker if Gary moves address\t\t01/04/2027',
    'Becky to go to the Tuesday parenting group\t\tevery Tuesday',
    'Drug tests to be booked\t\t15/03/2027',
    'Youth worker to take Kai to the boxing club\t\tevery Thursday',
  ].join('\n');

  it('takes the service', () => {
    expect(actionWith(plan, 'moves address').who).toBe('Probation');
  });
  it('takes a worker\'s role that opens the action too', () => {
    expect(actionWith(plan, 'boxing club').who).toBe('Youth worker');
  });
  it('still reads a parent or a passive with a blank cell as having no owner', () => {
    expect(actionWith(plan, 'parenting group').problems).toContain('missing-owner');
    expect(actionWith(plan, 'Drug tests').problems).toContain('missing-owner');
  });
});

describe('verbs, headings and subjects that hid or invented an owner', () => {
  it('reads "to hand" before an object as a verb', () => {
    const plan = ['Notes of the meeting', 'Dad said the car is not insured.', 'ACTION: Dad to hand the car keys to his brother by Monday 8/3.'].join('\n');
    expect(actionWith(plan, 'car keys').who).toBe('Dad');
  });
  it('takes no owner from a heading that opens with "What’s" or "Who’s"', () => {
    const plan = ['MY PLAN, KAI', '', 'What’s going to happen', '', 'Mo will meet you every Friday at the youth club.', '', 'Somebody will help you fill in the bus pass form.'].join('\n');
    expect(actionWith(plan, 'bus pass').problems).toContain('missing-owner');
    const plan2 = ['MY PLAN, KAI', '', 'Who’s helping', '', 'Mo will meet you every Friday at the youth club.', '', 'Someone will show you how to block numbers on your phone.'].join('\n');
    expect(actionWith(plan2, 'block numbers').problems).toContain('missing-owner');
  });
  it('keeps a parent with the baby or the children as the owner', () => {
    const plan = ['AFTER THE BABY IS BORN', '- Kerry and baby to stay at the mother and baby unit for six weeks.', '- Dean and the children to move in with his mum by Easter.'].join('\n');
    expect(actionWith(plan, 'mother and baby unit').who).toBe('Kerry and baby');
    expect(actionWith(plan, 'Easter').who).toBe('Dean and the children');
  });
  it('reads a young person who keeps a signal with a named adult as the owner, not as receiving', () => {
    const plan = ['Young person: Tia (14)', '', 'NEXT STEPS', '- Tia to have a secret signal with her form tutor – from Monday', '- Tia to have a session with the school nurse – from Monday', '- Tia to have contact with her dad – weekly'].join('\n');
    expect(actionWith(plan, 'secret signal').who).toBe('Tia');
    expect(actionWith(plan, 'school nurse').problems).toContain('missing-owner');
    expect(actionWith(plan, 'contact with').problems).toContain('missing-owner');
  });
});

describe('owners that name nobody or someone who is only assessed', () => {
  it('reads "(unassigned)" and "no one" as no owner', () => {
    const plan = ['Tasks', 'Task: Book a return interview for Mason', 'Owner: (unassigned)', 'Due: 12/03/2027', '', 'Task: Write to the housing office', 'Owner: no one', 'Due: 19/03/2027'].join('\n');
    expect(actionWith(plan, 'return interview').problems).toContain('missing-owner');
    expect(actionWith(plan, 'housing office').problems).toContain('missing-owner');
  });
  it('reads a child whose first name has a hyphen as receiving what they "have"', () => {
    const plan = ['Children: Lacey-Jo PRICE (9) and Finn PRICE (6)', '', 'PLAN', '- Lacey-Jo to have some play sessions about the fire – by Easter.', '- Finn to have a bike lesson with Dad – by Easter.'].join('\n');
    expect(actionWith(plan, 'play sessions').problems).toContain('missing-owner');
  });
  it('reads an adult who "will have" an assessment as assessed, not as the doer', () => {
    const plan = ['PLAN', '- Uncle Ray will have a kinship assessment to see if Finn can live with him – by 30 April.', '- Dad will have a session with the parenting worker – by 30 April.', '- Priya (SW) to start the parenting assessment with Dad – by 30 April.'].join('\n');
    expect(actionWith(plan, 'kinship').problems).toContain('missing-owner');
    expect(actionWith(plan, 'parenting worker').who).toBe('Dad');
    expect(actionWith(plan, 'Priya').who).toBe('Priya (SW)');
  });
});

describe('roles named with a word before them and no determiner', () => {
  it('takes "by ward staff" and "by the dietitian" as the doer of a passive', () => {
    const plan = ['PLAN', '- Weight chart to be checked by the dietitian every month.', '- Dad can see Mia on the ward, watched by ward staff – daily.'].join('\n');
    expect(actionWith(plan, 'Weight chart').who).toBe('the dietitian');
    expect(actionWith(plan, 'on the ward').who).toBe('ward staff');
  });
  it('still reads "by" and a time or a place as no doer', () => {
    const plan = ['PLAN', '- Referral to be sent by end of term.'].join('\n');
    expect(actionWith(plan, 'Referral').problems).toContain('missing-owner');
  });
});
