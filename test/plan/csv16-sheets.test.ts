/** Plans kept in a spreadsheet and saved as CSV: bare and quoted cells, padding, line breaks inside cells, semicolons. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { findQuotes } from '../../src/engine/document.js';
import { actionsOf, actionWith } from './helpers.js';

const sheet = [
  'Safety plan for Leo Marsh,,,,',
  'Child,Leo Marsh (9),,,',
  'Lead worker,Priya Dunn,,,',
  ',,,,',
  '"What we are worried about","Leo has come to school hungry, and twice with a burn on his hand.",,,',
  "Leo's wishes,\"He said \"\"I want Dad to stop shouting\"\" and he wants to stay at home.\",,,",
  ',,,,',
  'Ref,Area,Action,Responsible,Target date',
  'A1,Food,"Dad to make sure Leo has breakfast, and a packed lunch, every school day.",Dad (Mark),From Monday 12 April',
  'A2,Home,A safe place for the kettle to be set up.,,By 30 April',
  'A3,Health,"GP to check the burn and write to Priya with what they find.",GP,',
  'A4,School,Class teacher to tell Priya the same day if Leo says he is hungry,"Mrs Bell, class teacher",Every school day',
  ',,,,',
  'Contingency,"If Leo is hurt again, a strategy meeting will be called.",,,',
].join('\n');

describe('a spreadsheet saved as CSV', () => {
  it('reads every row under a header of column names as an action, bare or quoted, and the whole row is its text', () => {
    const acts = actionsOf(sheet);
    expect(acts.map((a) => a.text)).toEqual(sheet.split('\n').filter((l) => /^A\d,/.test(l)));
  });

  it('takes the action, owner and time from their columns; a comma or a doubled quote inside quotes stays in the cell', () => {
    expect(actionWith(sheet, 'A1,')).toMatchObject({ what: 'Dad to make sure Leo has breakfast, and a packed lunch, every school day.', who: 'Dad (Mark)', when: 'From Monday 12 April' });
    expect(actionWith(sheet, 'A4,')).toMatchObject({ who: 'Mrs Bell, class teacher', when: 'Every school day' });
  });

  it('a blank cell is a missing owner or time, including the last cell of the row', () => {
    expect(actionWith(sheet, 'A2,').problems).toContain('missing-owner');
    expect(actionWith(sheet, 'A3,').text.endsWith('GP,')).toBe(true);
    expect(actionWith(sheet, 'A3,').problems).toContain('missing-timescale');
  });

  it('padded title, label and background rows above the table and a contingency row after a gap are not actions', () => {
    expect(actionsOf(sheet).some((a) => /worried|wishes|Contingency|Lead worker/.test(a.text))).toBe(false);
  });

  it('checks the words in a quoted cell after a bare one for jargon: a cell is not a quotation', () => {
    const t = 'No,What needs to happen,Who,When\n1,"Referral to CAMHS, then a core group",Social worker,By 3 May\n';
    expect(findQuotes(t)).toEqual([]);
    expect(check(t).messages.map((m) => m.ruleId)).toContain('core-group');
    const said = 'She said, "I am fine" and went upstairs.';
    expect(findQuotes(said)).toHaveLength(1);
  });

  it('a quoted cell may hold line breaks (LF or CRLF): the record runs on to its closing quote', () => {
    for (const nl of ['\n', '\r\n']) {
      const t = ['#,What needs to happen,Who,By when', `1,"Mum to ring the health visitor${nl}and book a check for the baby.",Mum,By Friday 7 May`, `2,"Dad to go to the parenting group.${nl}He will tell Sam how it went.",Dad,Every Tuesday`, ''].join(nl);
      const acts = actionsOf(t);
      expect(acts.map((a) => [a.who, a.when])).toEqual([['Mum', 'By Friday 7 May'], ['Dad', 'Every Tuesday']]);
      expect(acts[0]?.text).toBe(`1,"Mum to ring the health visitor${nl}and book a check for the baby.",Mum,By Friday 7 May`);
    }
  });

  it('reads a sheet saved with semicolons and other names for the columns', () => {
    const t = ['No.;Theme;Task;Person responsible;Due date', '1;Sleep;Mum to put Ava to bed by 8pm, with no phone in her room;Mum;Every night', '2;School;"School office to give Mum the attendance figures; and the letters, in one pack";School office;', ''].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => [a.what, a.who, a.when])).toEqual([
      ['Mum to put Ava to bed by 8pm, with no phone in her room', 'Mum', 'Every night'],
      ['School office to give Mum the attendance figures; and the letters, in one pack', 'School office', null],
    ]);
  });

  it('a row filed under a background part in a section column, with no doer or time, is not an action', () => {
    const t = [
      'Section,What needs to happen,Who,When',
      'Worries,Ava has missed eleven days of school since January,,',
      'Plan,Mum to walk Ava to school every morning,Mum,From Monday 10 May',
      'Contingency,If Ava misses more school a meeting will be held,,',
      'Plan,Education welfare officer to visit the family at home,Ms Ray (EWO),By 21 May',
      '',
    ].join('\n');
    expect(actionsOf(t).map((a) => a.who)).toEqual(['Mum', 'Ms Ray (EWO)']);
    // the same in a tabbed table
    expect(actionsOf(t.replace(/,/g, '\t')).map((a) => a.who)).toEqual(['Mum', 'Ms Ray (EWO)']);
  });

  it('prose with commas, even a line that names columns, is not a sheet', () => {
    const t = ['The plan sets out what, who and when.', 'Mum will take Ava to school, walk her in, and collect her at 3pm.', 'Dad will cook tea, wash up, and read with Ava on Tuesdays.', ''].join('\n');
    expect(actionsOf(t).map((a) => a.text)).toEqual([t.split('\n')[1], t.split('\n')[2]]);
  });
});
