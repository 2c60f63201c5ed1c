/**
 * Two table shapes from pasted documents: a spaced (PDF) table whose action
 * cells wrap onto a line of their own with a page footer between rows, and a
 * tab table whose header row wrapped over several lines.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const row = (what: string, who = '', when = ''): string => (who || when ? what.padEnd(44) + (when ? who.padEnd(22) + when : who) : what);

const spaced = [
  'Hollybank Council – Family Plan                               Page 1 of 2',
  '',
  'TASK                                        LEAD                  BY WHEN',
  row('Dad to take the car keys to his brother', 'Mr Osei', 'From today'),
  row('before any drink is taken at home'),
  row('Speech and language referral for Maya', 'Health visitor', '30/04/2027'),
  row('School to ring the SW if Maya arrives', 'Elm Tree Primary', 'Same morning'),
  row('late or hungry on two days in one', 'School'),
  row('Home visits with Maya seen on her own', '', 'Every 2 weeks'),
  'Page 2 of 2',
  row('Mum to keep a diary of the baby’s feeds', 'Ms Grant', 'Daily'),
  row('and bring it to every clinic visit'),
  '',
  'Why we are worried',
  'dad was seen drunk at the school gate twice in March.',
  '',
].join('\n');

describe('a spaced PDF table whose action cells wrap', () => {
  it('joins a lower-case line under an unfinished action to that row, and reads on past the page footer', () => {
    const acts = actionsOf(spaced);
    expect(acts).toHaveLength(5);
    const keys = actionWith(spaced, 'car keys');
    expect(keys.text.endsWith('before any drink is taken at home')).toBe(true);
    expect([keys.who, keys.when]).toEqual(['Mr Osei', 'From today']);
    const diary = actionWith(spaced, 'diary');
    expect(diary.text.endsWith('every clinic visit')).toBe(true);
    expect([diary.who, diary.when]).toEqual(['Ms Grant', 'Daily']);
  });

  it('a wrapped line with a piece under another column still belongs to the row above', () => {
    const a = actionWith(spaced, 'ring the SW');
    expect(a.text).toContain('late or hungry');
    expect(a.when).toBe('Same morning');
  });

  it('a row with the lead column left blank has no owner', () => {
    expect(actionWith(spaced, 'Home visits').problems).toContain('missing-owner');
  });

  it('a lower-case line that reads as its own task starts a new row', () => {
    const plan = ['WHAT                                 WHO         WHEN', 'Book the eye test for Sam            Gran        By Friday', 'mum to walk Sam to the bus          Mum         Daily', ''].join('\n');
    expect(actionsOf(plan)).toHaveLength(2);
  });
});

const tabbed = [
  'Plan for Ava (6)',
  '',
  'Action\tWho will',
  '\tdo it\tBy',
  '\twhen\tNotes',
  'Take Ava to the dentist\tGrandad Ray\tby 20/03/27\t',
  'Fit a stair gate\tHousing officer\tw/c 8/3/27\tquote asked for',
  'Parenting course place\t\tApril\t',
  '',
].join('\n');

describe('a tab table whose header row wrapped over three lines', () => {
  it('joins the header pieces into column names and reads no header line as an action', () => {
    const acts = actionsOf(tabbed);
    expect(acts.map((a) => a.text.split('\t')[0])).toEqual(['Take Ava to the dentist', 'Fit a stair gate', 'Parenting course place']);
  });

  it('the joined columns give the owner and the time', () => {
    expect(actionWith(tabbed, 'dentist')).toMatchObject({ who: 'Grandad Ray', when: 'by 20/03/27' });
    expect(actionWith(tabbed, 'stair gate')).toMatchObject({ who: 'Housing officer', when: 'w/c 8/3/27' });
    expect(actionWith(tabbed, 'Parenting course').problems).toContain('missing-owner');
  });

  it('lines led by a tab whose pieces name no columns stay rows', () => {
    const plan = ['Job\tPerson', '\tGran\tTuesday', '\tMum\tFriday', 'Walk Kit to school\tGran\tDaily', ''].join('\n');
    expect(actionsOf(plan).length).toBeGreaterThanOrEqual(2);
  });
});
