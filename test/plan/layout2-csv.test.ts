/** Plans exported from a case system as comma-separated values and pasted as text. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { csvFields } from '../../src/engine/plan/csv.js';
import { findQuotes } from '../../src/engine/document.js';
import { actionsOf, actionWith } from './helpers.js';

const fields = (line: string): string[] | null => csvFields(line, 0, line.length)?.map((f) => line.slice(f.span.start, f.span.end)) ?? null;

describe('csvFields', () => {
  it('splits quoted fields, keeps commas inside quotes and reads "" as a quote mark', () => {
    expect(fields('"R1","Nan, Aunt Bea and the youth worker","",next week')).toEqual(['R1', 'Nan, Aunt Bea and the youth worker', '', 'next week']);
    expect(fields('"A ""quiet"" room","Kyle"')).toEqual(['A ""quiet"" room', 'Kyle']);
    expect(fields('  "one" , "two"  ')).toEqual(['one', 'two']);
  });

  it('refuses sentences that open with a quotation, unclosed quotes and bare comma lists', () => {
    expect(fields('"I like my new school," said Priya.')).toBeNull();
    expect(fields('"Mum will ring, then Dad')).toBeNull();
    expect(fields('Mum, Dad, Gran')).toBeNull();
    expect(fields('"Only one field"')).toBeNull();
    expect(fields('"a" "b"')).toBeNull();
  });
});

const exported = [
  'Case manager export – Safety plan – Amira Khan – printed 02/02/2027',
  '"Name","Amira Khan","Born","03/09/2015"',
  '"Concern","Amira was left alone at night, so her older cousin was looking after her."',
  '',
  '"Ref","Theme","Task","Owner","Target date","RAG"',
  '"SP-9-1","Home","Gran to collect Amira from after-school club, then stay until Mum is home","Gran (Patricia)","08/02/2027","Green"',
  '"SP-9-2","Home","Mum to write a list of three adults Amira can phone, and stick it by the door","Mum","","Amber"',
  '"SP-9-3","Health","Hearing test to be booked","","TBC","Red"',
  '"SP-9-4","Meetings","Core group","All","Every 6 weeks","Green"',
  '4 rows',
  '',
].join('\n');

describe('a CSV export pasted as a plan', () => {
  it('reads every record under the header as an action, and none of the key/value records above it', () => {
    const acts = actionsOf(exported);
    expect(acts).toHaveLength(4);
    expect(acts.every((a) => a.text.startsWith('"SP-9-'))).toBe(true);
  });

  it('takes the owner and the timescale from their columns, without the quotes', () => {
    const a = actionWith(exported, 'after-school club');
    expect([a.what, a.who, a.when, a.problems]).toEqual(['Gran to collect Amira from after-school club, then stay until Mum is home', 'Gran (Patricia)', '08/02/2027', []]);
  });

  it('an empty quoted field is a blank field', () => {
    expect(actionWith(exported, 'Hearing test').problems).toEqual(expect.arrayContaining(['missing-owner', 'vague-timescale']));
    expect(actionWith(exported, 'three adults').problems).toContain('missing-timescale');
  });

  it('checks the words inside the fields for jargon: a field is not a quotation', () => {
    const ids = check(exported).messages.map((m) => m.ruleId);
    expect(ids).toContain('core-group');
    expect(findQuotes(exported)).toEqual([]);
  });

  it('still treats real quotations as someone’s words', () => {
    const t = 'Amira said "the core group is boring" after school.\n"Ref","Task","Who","When"\n';
    expect(findQuotes(t)).toEqual([[t.indexOf('"'), t.indexOf('" after') + 1]]);
  });
});
