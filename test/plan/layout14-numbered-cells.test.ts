/**
 * A review table pasted from a PDF with every cell on a line of its own, each row under its number
 * ("2.1" ⏎ action ⏎ lead ⏎ date due ⏎ a progress line ⏎ a RAG word), and the same table damaged:
 * its empty lines lost, CRLF line ends, other progress words.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const rows = [
  'REVIEW CHILD PROTECTION PLAN',
  'Child: Mia OKAFOR   Age 9',
  '',
  'Pasted from the PDF: Action / Lead / Due / Progress / RAG',
  '',
  'AIM 1: Mia is fed and warm at home',
  '1.1',
  'Dad to do a weekly food shop with the family support worker.',
  'Dad (Femi)',
  'Every Friday',
  'PROGRESS: shops done 5 of 6 weeks.',
  'GREEN',
  '1.2',
  '',
  'Referral to the fuel bank for a top-up on the meter.',
  '',
  'By 20/2/27',
  'PROGRESS:',
  '',
  '',
  'AIM 2: Mia gets to school',
  '2.1',
  '',
  'Walk Mia to the school gate.',
  'Aunt Grace',
  'Each school day',
  'PROGRESS: late twice since the last review,',
  'both on Mondays.',
  'AMBER',
  '2.2',
  '',
  'Home visit by the attendance officer about Mia’s absences.',
  'Attendance officer',
  '',
  'PROGRESS: not booked yet.',
  'RED',
  '',
  'Decision of the review: Mia stays on a plan under neglect. Next review in three months.',
].join('\n');

const view = (text: string): [string, string | null, string | null][] => actionsOf(text).map((a) => [a.text.split(/\r?\n/)[0] as string, a.who, a.when]);

const want: [string, string | null, string | null][] = [
  ['Dad to do a weekly food shop with the family support worker.', 'Dad (Femi)', 'Every Friday'],
  ['Referral to the fuel bank for a top-up on the meter.', null, 'By 20/2/27'],
  ['Walk Mia to the school gate.', 'Aunt Grace', 'Each school day'],
  ['Home visit by the attendance officer about Mia’s absences.', 'Attendance officer', null],
];

describe('numbered rows with a cell a line', () => {
  it('reads each numbered row as action, lead and due date; an empty line is an empty cell', () => {
    expect(view(rows)).toEqual(want);
  });

  it('keeps the progress and RAG lines (a wrapped one too) in the row, but not as its owner or time', () => {
    const a = actionsOf(rows).find((x) => x.text.startsWith('Walk Mia')) as { text: string };
    expect(a.text.endsWith('both on Mondays.\nAMBER')).toBe(true);
  });

  it('still reads the rows when the empty lines were lost: a lone cell is the time when it reads as one', () => {
    expect(view(rows.replace(/\n(?=\n)/g, ''))).toEqual(want);
  });

  it('reads the same with CRLF line ends', () => {
    expect(view(rows.replace(/\n/g, '\r\n'))).toEqual(want);
  });

  it('takes other progress words: "Update:", "Progress at review:", "RAG: Amber"', () => {
    const t = rows.replace(/PROGRESS:/, 'Update:').replace(/PROGRESS:/, 'Progress at review:').replace('AMBER', 'RAG: Amber').replace('RED', 'Status: open');
    expect(view(t)).toEqual(want);
  });

  it('a list whose numbers stand on lines of their own over sentences is not such a table', () => {
    const t = ['Our plan', '', '1.', 'Mum will take Leo to the dentist on Monday.', '2.', 'The social worker will visit Leo every two weeks.', '3.', 'Gran will collect Leo from school on Wednesdays.'].join('\n');
    expect(actionsOf(t).map((a) => [a.who, a.when])).toEqual([
      ['Mum', 'on Monday'],
      ['The social worker', 'every two weeks'],
      ['Gran', 'on Wednesdays'],
    ]);
  });
});
