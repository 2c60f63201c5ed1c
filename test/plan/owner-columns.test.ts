import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('owners led by a colon in a list of owner-led items', () => {
  const plan = [
    'What the professionals will do:',
    '- Priya Das (health visitor): weigh Ruby every 2 weeks.',
    '- Family support worker: help Dad make a bedtime chart by 10 May.',
    '- Oakleaf Counselling: offer Dad six sessions starting in May.',
    '- Nursery: Ruby to be given a key person by Monday.',
  ].join('\n');

  it('takes a named service with no role word as the owner', () => {
    expect(actionWith(plan, 'six sessions').who).toBe('Oakleaf Counselling');
  });

  it('takes the lead name as the owner of a passive about the child', () => {
    expect(actionWith(plan, 'key person').who).toBe('Nursery');
  });

  it('does not take a label as an owner when the list is not owner-led', () => {
    const other = ['Plan', '- Reminder: book the dentist by Friday.', '- Mum to ring the school on Monday.'].join('\n');
    expect(actionWith(other, 'dentist').problems).toContain('missing-owner');
  });
});

describe('a bold phrase led by an owner word before a colon', () => {
  it('is the owner', () => {
    const plan = ['## The plan', '', '* **Everyone in the family group:** ring Tom if Dad turns up drunk.', '* **Mum:** keep the back door locked – *from tonight*.'].join('\n');
    expect(actionWith(plan, 'turns up').who).toBe('Everyone in the family group');
  });
});

describe('a table with two owner columns', () => {
  it('reads the second owner column when the first is blank', () => {
    const plan = [
      'Action\tAgency\tLead worker\tTimescale',
      'Keep the front door locked at night.\t\tAisha (Mum)\tFrom today',
      'Visit the family at home.\tChildren’s Services\tSam Reid (SW)\tEvery 2 weeks',
    ].join('\n');
    expect(actionWith(plan, 'front door').who).toBe('Aisha (Mum)');
    expect(actionWith(plan, 'front door').problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'Visit the family').who).toBe('Children’s Services');
  });
});

describe('a pharmacy named in brackets', () => {
  it('is an owner', () => {
    const plan = ['Plan', '- Collect the inhalers before they run out (Dad / pharmacy).'].join('\n');
    expect(actionWith(plan, 'inhalers').who).toBe('Dad / pharmacy');
  });
});

describe('items cut by a hard line break before a capitalised word', () => {
  const plan = [
    'PLAN',
    '',
    '1. Jack and Poppy will be safe from harm and not hit at home by anyone',
    'a) A copy of the safety plan to be sent to',
    'Hollybank Primary by the SW by 12/05/2027.',
    'b) Mr Lowe to finish the Calm Dads course at Ash Street',
    'Family Centre by the end of June.',
  ].join('\n');

  it('joins a line that stops on a preposition with the next one', () => {
    const a = actionWith(plan, 'safety plan');
    expect(a.who).toBe('the SW');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('reads an outcome title of more than ten words over lettered items as a heading', () => {
    expect(actionsOf(plan)).toHaveLength(2);
  });
});
