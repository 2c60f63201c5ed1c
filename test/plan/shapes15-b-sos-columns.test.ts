/**
 * A Signs of Safety mapping kept as a three-column table (worries | what is
 * working well | next steps) and pasted with tabs or pipes: the first two
 * columns are notes, the last holds the action. The header row is not an
 * action, and a row's owner comes from its next-steps cell.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const TABBED = [
  "Signs of Safety mapping – Rhys (4) and Ellie (7) Morgan",
  "Review core group, 3 March 2027",
  "",
  "What are we worried about?\tWhat is working well?\tWhat needs to happen next?",
  "Mum drinks in the evening and falls asleep with the children still up\tNan comes round most nights after work\tNan to stay over on Friday and Saturday nights until the review",
  "Ellie gets Rhys ready for bed on her own\tEllie says she feels safe with Nan\tSocial worker (Priya) to see Ellie on her own at school every two weeks",
  "The house has no working smoke alarm\tMum let the fire service in last week\tFire service to fit two smoke alarms by 10 March",
  "Mum has missed two Horizon appointments\tMum went to the first Horizon session\tMum to go to every Horizon appointment on Tuesdays at 10am",
  "Rhys was late to nursery 9 times\tNursery staff know the family well\tNursery to ring Priya the same day if Rhys is not in by 9.30am",
  "\tDad phones the children every Sunday\tDad and Mum to agree a contact rota",
  "",
  "Safety scale: Priya 4, Mum 7, Nan 5.",
  "Next review: 14 April 2027 at Oakwell Family Centre."
].join('\n');

const PIPED = [
  'Family network meeting – Kai (8)',
  '',
  'Worries | Strengths | Next steps',
  'Kai walks home alone after dark | Kai knows his way and has a phone | Uncle Dev to collect Kai from after-school club on weekdays',
  'No food in the house at weekends | Dad asks for help when he needs it | Dad to take the food bank voucher to St Mark’s by Saturday',
  'Kai has not seen a dentist | Kai brushes his teeth with help | School nurse to give Dad a list of dentists taking new patients this week',
  '',
  'Scale today: 5',
].join('\n');

describe('Signs of Safety columns as a table', () => {
  it('reads the next-steps column as the action, not the header row', () => {
    const acts = actionsOf(TABBED);
    expect(acts).toHaveLength(6);
    expect(acts.map((a) => a.who)).toEqual(['Nan', 'Social worker (Priya)', 'Fire service', 'Mum', 'Nursery', 'Dad and Mum']);
    expect(acts.some((a) => a.text.startsWith('What are we worried'))).toBe(false);
    expect(acts[0]?.problems).not.toContain('missing-owner');
  });

  it('"Worries | Strengths | Next steps" with pipes, in other words', () => {
    const acts = actionsOf(PIPED);
    expect(acts.map((a) => a.who)).toEqual(['Uncle Dev', 'Dad', 'School nurse']);
    expect(acts.some((a) => a.text.startsWith('Worries'))).toBe(false);
  });
});
