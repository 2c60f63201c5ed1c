/** The children's names and ages over the meeting's Date and Chair lines head the minutes; they are not an action. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const minutes = (names: string) =>
  [
    'REVIEW CORE GROUP – NOTES',
    names,
    'Date: Monday 7th June 2027, 1pm      Venue: Elm Road Family Hub',
    'Chair: Ruth Abbey (SW)    Notes: Tom Price (admin)',
    '',
    'Agreed actions',
    'B1   Kayla to take Finn to the dentist                Kayla        by 21/6',
    'B2   Ring the housing office about the damp           Ruth         11/6',
  ].join('\n');

describe('a line of children with ages over the meeting details', () => {
  it.each(['Finn Ward (6) and Lacey Ward (3)', 'Finn (6), Lacey (3) and Bo (8 months)', 'Lacey Ward (aged 3)'])('%s', (names) => {
    const acts = actionsOf(minutes(names));
    expect(acts.map((a) => a.who)).toEqual(['Kayla', 'Ruth']);
  });
});
