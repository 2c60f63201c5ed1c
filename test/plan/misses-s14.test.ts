/** Session 14 misses: offers in a plan's list, wards and units as owners, stage headings around them. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('"can" offering a step in the plan list', () => {
  const letter = [
    'Dear Tyler,',
    '',
    'This letter tells you what we agreed at the meeting on 2 June.',
    '',
    'What we are going to do',
    '• Priya (your worker) will see you at school every Monday.',
    '• You can join the Friday football club at the Oakfield youth centre. Priya has booked your place from 11 June.',
    '• Your dad can collect you from the club at 6pm on Fridays.',
    '• Your gran will keep your room ready for weekends.',
  ].join('\n');

  it('the one offered the step owns it', () => {
    expect(actionWith(letter, 'You can join').who).toBe('You');
    expect(actionWith(letter, 'You can join').problems).not.toContain('missing-owner');
    expect(actionWith(letter, 'Your dad can').who).toBe('Your dad');
  });

  it('an item whose subject names nobody still has no owner', () => {
    const t = ['Plan', '', 'What will happen', '- Someone can drive Aled to the dentist on Tuesday.', '- Mum will ring the dentist by Friday.'].join('\n');
    expect(actionWith(t, 'Someone can').problems).toContain('missing-owner');
  });
});

describe('a ward or unit as the owner', () => {
  it('"When …, the unit will ring …" is owned by the unit', () => {
    const t = [
      'Plan for baby Hart',
      '',
      'After the birth',
      '',
      'When the baby is born, the neonatal unit will ring the duty social worker the same day. Amy will stay with the baby on the unit for five nights.',
    ].join('\n');
    expect(actionWith(t, 'neonatal unit will ring').who).toBe('the neonatal unit');
  });

  it('a stage heading "On the unit" names no owner', () => {
    const t = [
      'PLAN FOR BABY OF SARA COLE',
      '',
      'BEFORE THE BIRTH',
      '- Sara will see the midwife every week.',
      '- Kim (SW) will finish the assessment by 3 May.',
      '',
      'ON THE SPECIAL CARE UNIT',
      '- Staff to ring Kim when Sara is admitted.',
      '- Planning meeting on the unit before baby leaves.',
      '',
      'AT HOME',
      '- Health visitor will visit every week for a month.',
    ].join('\n');
    const acts = actionsOf(t);
    expect(acts.find((a) => a.text.startsWith('Planning meeting'))?.who).toBeNull();
    expect(acts).toHaveLength(5);
  });
});

describe('a promise reported in a views section', () => {
  const plan = [
    'Plan for Isla and Ben Ward',
    '',
    'Parents’ views',
    '',
    'Gemma said she does not think the children are at risk, but she will go along with the plan if it means they stay home. Isla’s grandad, Pete, told the conference that he will take Isla to her swimming club every Saturday morning. Dean told us that he loves the children and will do anything for them.',
    '',
    'What needs to happen',
    '',
    '1. Gemma will go to the Step Forward group every Tuesday at 10am.',
    '2. The social worker will visit every two weeks.',
  ].join('\n');

  it('is an action owned by the one who promised', () => {
    const a = actionWith(plan, 'swimming club');
    expect(a.text.startsWith('Isla’s grandad')).toBe(true);
    expect(a.who).toBe('Isla’s grandad, Pete');
  });

  it('a view, or a wish with no step, stays out', () => {
    expect(actionsOf(plan)).toHaveLength(3);
  });

  it('in the plan itself the same sentence is owned by the one who promised, not "he"', () => {
    const t = ['Plan', '', 'What will happen', '', 'Ben’s aunt, Rose, has said that she will collect Ben from nursery on Mondays.'].join('\n');
    expect(actionWith(t, 'nursery').who).toBe('Ben’s aunt, Rose');
  });
});

describe('blocks with a start date and an end date', () => {
  const blocks = [
    'CHILD PROTECTION PLAN - printed from CareLog',
    'Child: Mia Dunn',
    '',
    '------------------------------',
    'Task: Book a dentist check for Mia',
    'Owner: Dad (Lee Dunn)',
    'Start date: 01/03/2027',
    'End date: 15/03/2027',
    '------------------------------',
    'Task: Family worker to visit Mia’s mum every Tuesday at 10am',
    'Owner: Sunrise Family Hub - Priya',
    'Start date: 02/03/2027',
    'End date: 30/05/2027',
    '------------------------------',
    'Task: Apply for a nursery place for Mia',
    'Owner: Health visitor',
    'Start date: 01/03/2027',
    'End date:',
    '------------------------------',
    'Task: School nurse to look at Mia’s eczema and tell Dad what cream to use',
    'Owner: School nurse',
    'Start date: 01/03/2027',
    'End date: 19/03/2027',
    '------------------------------',
  ].join('\n');

  it('the end date is the timescale, not the start date', () => {
    expect(actionWith(blocks, 'dentist').when).toBe('15/03/2027');
  });

  it('a frequency in the task itself comes first', () => {
    expect(actionWith(blocks, 'every Tuesday').when).toBe('every Tuesday at 10am');
  });

  it('an empty end date is a missing timescale', () => {
    const a = actionWith(blocks, 'nursery place');
    expect(a.when).toBeNull();
    expect(a.problems).toContain('missing-timescale');
  });

  it('an empty "End date:" line is not part of the action', () => {
    const t = ['Child protection plan for Ava', '', 'What needs to happen', '', '1. Ring the housing office about the damp', 'Who: Mum', 'Start date: 01/03/2027', 'End date:'].join('\n');
    const a = actionWith(t, 'damp');
    expect(a.what).toBe('Ring the housing office about the damp');
    expect(a.problems).toContain('missing-timescale');
  });

  it('a look at a set date is a step (a dated field times it); a rule is not', () => {
    expect(actionWith(blocks, 'eczema').problems).not.toContain('vague-action');
    const t = ['Plan for Zac', '', 'Action\tWho\tBy when', 'OT visit to look at a safe bed for Zac\tOT - Sam Reid\t12/04/2027', 'Ensure Zac is kept safe at home\tParents\t12/04/2027', 'Get Zac to school every day by 8.45am\tMum\tOngoing'].join('\n');
    expect(actionWith(t, 'safe bed').problems).not.toContain('vague-action');
    expect(actionWith(t, 'Ensure').problems).toContain('vague-action');
  });
});

describe('"after every <event>" is a time', () => {
  it('reads an incident or episode like a visit', () => {
    const t = ['Plan', '', 'What will happen', '', '- Jo (youth worker) will see Kai after every missing episode.', '- Mum will ring the police after each incident.'].join('\n');
    expect(actionWith(t, 'missing episode').when).toBe('after every missing episode');
    expect(actionWith(t, 'incident').when).toBe('after each incident');
  });
});
