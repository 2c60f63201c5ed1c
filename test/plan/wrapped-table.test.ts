/** Rows that do not keep to one line or one cell form: wrapped Word cells, one-line exported records, coded revised-plan items. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const wrapped = [
  'Safety plan for Keira Dunn (7)',
  '',
  'Action\tWho\tBy when',
  'Mum to take Keira to the dentist and',
  'keep the appointment card on the',
  'fridge.\tMum\tBy 14/5/27',
  'Aunt Rosa to collect Keira from',
  'breakfast club so Mum can get to',
  'work\tAunt',
  'Rosa\tMondays and Thursdays',
  'from 3/5/27',
  'Referral to the Oakfield young',
  'carers project\tHealth visitor',
  '\tWithin two weeks',
  'Keira to have a chat with the school',
  'nurse if she seems upset\tSchool nurse\t',
  'Play sessions with Keira at the',
  'family hub\t\tOngoing',
  '',
  'Next review: 20/6/27',
].join('\n');

describe('Word table cells wrapping onto several lines', () => {
  it('a row runs from its first line to its last cell, line breaks kept', () => {
    const acts = actionsOf(wrapped);
    expect(acts).toHaveLength(5);
    const dentist = actionWith(wrapped, 'dentist');
    expect(dentist.text).toBe('Mum to take Keira to the dentist and\nkeep the appointment card on the\nfridge.\tMum\tBy 14/5/27');
    expect(dentist.who).toBe('Mum');
    expect(dentist.when).toBe('By 14/5/27');
    // a table with one row a line is read as before
    const plain = ['Action\tWho\tBy when', 'Ring the GP\tDad\tFriday', 'Book the room\tSW\tBy 2/6/27'].join('\n');
    expect(actionsOf(plain).map((a) => a.who)).toEqual(['Dad', 'SW']);
  });

  it('a wrapped owner cell pushes the time onto the next line, and the time may wrap too', () => {
    const a = actionWith(wrapped, 'breakfast club');
    expect(a.who).toBe('Aunt\nRosa');
    expect(a.when).toBe('Mondays and Thursdays\nfrom 3/5/27');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('a line that starts with a tab carries on the row above', () => {
    const a = actionWith(wrapped, 'young');
    expect(a.text.endsWith('Health visitor\n\tWithin two weeks')).toBe(true);
    expect(a.who).toBe('Health visitor');
    expect(a.when).toBe('Within two weeks');
  });

  it('blank cells stay blank: no owner, and a trailing tab keeps the row whole', () => {
    const hub = actionWith(wrapped, 'family hub');
    expect(hub.text).toBe('Play sessions with Keira at the\nfamily hub\t\tOngoing');
    expect(hub.problems).toContain('missing-owner');
    expect(actionWith(wrapped, 'nurse if she').text).toBe('Keira to have a chat with the school\nnurse if she seems upset\tSchool nurse\t');
  });
});

const records = [
  'PLAN PRINTOUT                      Printed 02/03/2027',
  '',
  'Goal 1: Reuben has a clean and safe home.',
  '1. Action: Clear the stairs of rubbish  Responsible: Marcus Hale  Target date: 12/03/2027  Status: Open',
  '2. Action: Smoke alarm to be fitted  Responsible:   Target date: 19/03/2027  Status: Not started',
  '3. Action: Visit to check the house  Responsible: Family support worker  Target date:   Status:',
].join('\n');

describe('one-line records with fields after two-space gaps', () => {
  it('the owner is the Responsible field and the time the Target date field', () => {
    const a = actionWith(records, 'stairs');
    expect(a.what).toBe('Clear the stairs of rubbish');
    expect(a.who).toBe('Marcus Hale');
    expect(a.when).toBe('12/03/2027');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('a blank field is missing, and the Status field is not part of the time', () => {
    expect(actionWith(records, 'Smoke alarm').problems).toContain('missing-owner');
    const visit = actionWith(records, 'check the house');
    expect(visit.who).toBe('Family support worker');
    expect(visit.problems).toContain('missing-timescale');
  });
});

const revised = [
  'UPDATED PLAN after core group 2',
  '',
  'Outcome A – Jayden goes to school every day',
  'A1  Dad to walk Jayden to the school gate every morning.  Dad  From 1.3.27',
  '    UPDATE 15.3: Jayden has been in every day.',
  'A2  NEW: SCHOOL TO RING DAD BY 9.30 IF JAYDEN IS NOT IN  Mrs Osei  From 16.3.27',
  'A3  Jayden to be helped to talk about his worries.  —  —',
].join('\n');

describe('coded items of a revised plan', () => {
  it('action, owner and date are parted by two spaces after the code', () => {
    const acts = actionsOf(revised);
    expect(acts).toHaveLength(3);
    const a = actionWith(revised, 'school gate');
    expect(a.text.startsWith('Dad to walk')).toBe(true);
    expect(a.text).toContain('UPDATE 15.3');
    expect(a.who).toBe('Dad');
    expect(a.when).toBe('From 1.3.27');
  });

  it('an item in capitals is an action, and dashes are empty fields', () => {
    const b = actionWith(revised, 'RING DAD');
    expect(b.who).toBe('Mrs Osei');
    expect(b.when).toBe('From 16.3.27');
    const c = actionWith(revised, 'worries');
    expect(c.who).toBeNull();
    expect(c.problems).toContain('missing-owner');
    expect(c.problems).toContain('missing-timescale');
  });
});
