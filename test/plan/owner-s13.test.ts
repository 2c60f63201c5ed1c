import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('owners the clause reading used to lose', () => {
  const plan = [
    'Children: Kian WEST  (8)  /  Ava WEST  (3)',
    '',
    'What will happen',
    '• Ward staff will ring Mum every evening at 7pm.',
    '• Jess to be offered a young carers assessment – Hope Street Project, by the end of May.',
    '• No visits from Gran while Dad is there – all professionals to note.',
    '• Carers assessment for Jo – Adult Social Care, as and when.',
    '• Talk time with Ava about the fire at home to be given by Priya.',
    '• Counselling for Amy. Dee Marsh will ask the school about a place by Friday 3 May.',
    '• I have rung the court about an order. The hearing is on 3 May. I will ring you after it.',
    '• Gran has said Kian can stay with her. I will visit her by 3 May to check the house.',
    '• Who in the family will help: Aunt Di will pick Kian up from school at 3pm every Monday.',
    '• Kian to have some direct work about his feelings.',
  ].join('\n');

  it('reads staff as a role', () => {
    expect(actionWith(plan, 'Ward staff').who).toBe('Ward staff');
  });
  it('takes a named service or a group after a dash', () => {
    expect(actionWith(plan, 'Hope Street').who).toBe('Hope Street Project');
    expect(actionWith(plan, 'No visits').who).toBe('all professionals');
    expect(actionWith(plan, 'Carers assessment').who).toBe('Adult Social Care');
  });
  it('finds the "by" agent when the item opens like a verb', () => {
    expect(actionWith(plan, 'Talk time').who).toBe('Priya');
  });
  it('takes the doer of a later sentence after a heading, a report or a label', () => {
    expect(actionWith(plan, 'Counselling').who).toBe('Dee Marsh');
    expect(actionWith(plan, 'rung the court').who).toBe('I');
    expect(actionWith(plan, 'Gran has said').who).toBe('I');
    expect(actionWith(plan, 'Aunt Di').who).toBe('Aunt Di');
  });
  it('reads a child named in a padded form header as receiving', () => {
    expect(actionWith(plan, 'direct work').problems).toContain('missing-owner');
  });
});

describe('a closing bracket of several owners after a time column', () => {
  const plan = ['WHEN              WHAT AND WHO', 'Mon 3/5 –         Zoe to ring the dentist for Ava. (Zoe)', 'If Lee comes –    Lock the door and ring 999. (Gemma/Rob/neighbour)', 'Every day –       Lock the back gate. (Monday/Friday)'].join('\n');

  it('takes names and roles joined by slashes, not days', () => {
    expect(actionWith(plan, 'Lock the door').who).toBe('Gemma/Rob/neighbour');
    expect(actionWith(plan, 'back gate').who).toBe(null);
  });
});

describe('owners in passives, fields and headings', () => {
  const plan = [
    'What will happen',
    '• Dentist appointment for Ava, booked by Dad — w/c 3/5/27',
    '• Check Point - Gran to help Ava set it up on her phone, by 26/05.',
    '• The first core group will be on Tuesday 4 May at 10am at the hub.',
    '• The core group will meet on Tuesday 11 May at 10am.',
  ].join('\n');

  it('reads a bare participle with "by" and a doer after a spaced hyphen', () => {
    expect(actionWith(plan, 'Dentist').who).toBe('Dad');
    expect(actionWith(plan, 'Check Point').problems).not.toContain('missing-owner');
  });
  it('names no one for a meeting that "will be on" a date, but a group that meets', () => {
    expect(actionWith(plan, 'will be on').problems).toContain('missing-owner');
    expect(actionWith(plan, 'will meet').who).toBe('The core group');
  });

  const numbered = ['OUTCOME 2: Ava is safe online', '2.1 SW to see Ava alone every 2 weeks. (Kim Lowe)', '2.2 Review – date to be set by the chair’s office and sent to all. (TBC)'].join('\n');
  it('takes the "by" of a passive when the owner field names nobody', () => {
    expect(actionWith(numbered, 'chair').who).toBe('the chair’s office');
  });

  const headed = ['WHAT WILL HAPPEN', '', 'Mum', '- I will ring Gran every Sunday.', '', 'Everyone', '- A planning meeting about Dad – TBC.', '- Keep the plan on the fridge.'].join('\n');
  it('gives a group heading only to lines with a verb', () => {
    expect(actionWith(headed, 'planning meeting').problems).toContain('missing-owner');
    expect(actionWith(headed, 'fridge').who).toBe('Everyone');
  });

  const boxes = [
    'Task 1',
    'Task: Support Kai with his reading at school.',
    'Completed by (name/role): Mrs Ames, teacher, Oak Primary',
    'Deadline: Ongoing',
    '',
    'Task 2',
    'Task: Dad to be referred to a parenting course.',
    'Completed by (name/role): Probation',
    'Deadline: TBC',
  ].join('\n');
  it('reads a field whose key says "(name/role)" as the owner', () => {
    expect(actionWith(boxes, 'reading').who).toBe('Mrs Ames, teacher, Oak Primary');
    expect(actionWith(boxes, 'parenting').who).toBe('Probation');
  });

  const record = ['Action ID: A-1', 'Description: Sessions to be held with Kai about his worries.', 'Assigned to: FSW - unallocated', 'Target date: 3/5/27', '', 'Action ID: A-2', 'Description: Kai to be seen at school.', 'Assigned to: SW (TBC)', 'Target date: 3/5/27'].join('\n');
  it('reads a role not yet given to anyone as no owner', () => {
    expect(actionWith(record, 'Sessions').problems).toContain('missing-owner');
    expect(actionWith(record, 'seen at school').who).toBe('SW (TBC)');
  });
});

describe('owner and time after a gap, joined by a dash', () => {
  const plan = [
    'Agreed actions',
    '1. Every school visit for Leo to be logged by the office – no pick-ups by anyone else unless Mum says so.   RT/Mum – from today',
    '2. Nurse Hill to check Leo’s weight at school.   NH –',
    '3. Bike to be given back to the youth project.   – by 12/4',
    '4. Kim to go to the parents’ group.   ?? – TBC',
  ].join('\n');

  it('reads the part before the dash as the owner, a blank one as none', () => {
    expect(actionWith(plan, 'school visit').who).toBe('RT/Mum');
    expect(actionWith(plan, 'weight').who).toBe('NH');
    expect(actionWith(plan, 'Bike').problems).toContain('missing-owner');
  });
  it('leaves a line whose owner part is no name to its sentence', () => {
    expect(actionWith(plan, 'parents’ group').who).toBe('Kim');
  });
});
