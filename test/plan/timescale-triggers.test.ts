/**
 * Triggers: clear when the owner acts at once on something that happens or that they see or feel; vague when the timing
 * is left to someone's judgement, to a need, to discretion or to another body's process.
 */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string) => `What will happen\n- ${line}\n`;
const judge = (line: string) => actionWith(plan(line), line.slice(0, 12));

describe('clear triggers', () => {
  it.each([
    ['Auntie Bev will take the twins home any time she is worried that Gareth has been drinking.', 'any time she is worried that Gareth has been drinking'],
    ['Kayla will text her youth worker whenever she feels unsafe at the party.', 'whenever she feels unsafe at the party'],
    ['A strategy meeting to be held should Demi run away from the unit again.', 'should Demi run away from the unit again'],
    ['A GP appointment to be booked if a new burn is found on Ruby.', 'if a new burn is found on Ruby'],
    ['Lauren will not smoke cannabis while she is caring for the baby.', 'while she is caring for the baby'],
    ['Nan will ring 101 as soon as Connor comes home with money he cannot explain.', 'as soon as Connor comes home with money he cannot explain'],
    ['Grandma will phone the duty team if she is worried about the baby.', 'if she is worried about the baby'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).not.toContain('vague-timescale');
    expect(a.problems).not.toContain('missing-timescale');
  });
});

describe('vague triggers', () => {
  it.each([
    ['Grandad will have the children for tea if Shona needs a rest.', 'if Shona needs a rest'],
    ['The youth club will offer Callum a mentor when one becomes free.', 'when one becomes free'],
    ['Neighbourhood police will drive past the flat when they can.', 'when they can'],
    ['Family time with Ryan to be reviewed once the police investigation ends.', 'once the police investigation ends'],
    ['Ellie will stay with her aunt if Mum becomes unwell.', 'if Mum becomes unwell'],
    ['Gran will help out whenever she is needed.', 'whenever she is needed'],
    ['In the event of a relapse, contact will be suspended.', 'In the event of a relapse'],
    ['Mr Lowe may return home after the court decision.', 'after the court decision'],
    ['Youth justice to refer Liam to the knife crime course once he is sentenced.', 'once he is sentenced'],
    ['Aunt Rosa will collect Ben from school if his dad is not well.', 'if his dad is not well'],
    ['Family group conference to be reconvened if fresh information comes to light.', 'if fresh information comes to light'],
    ['Kai will not visit the house until the police have spoken to Nathan.', 'until the police have spoken to Nathan'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toContain('vague-timescale');
  });
});

describe('words that look like triggers but are not', () => {
  it('"find out if" asks whether: the date after it is the timescale', () => {
    const a = judge('Joe will find out if Mia can join the swimming club and tell Mum by 4 March.');
    expect(a.when).toBe('by 4 March');
    expect(a.problems).toEqual([]);
  });

  it('"should" as a duty is no condition', () => {
    expect(judge('The family support worker should visit on Mondays.').when).toBe('on Mondays');
  });

  it('"when" inside a sentence that leaves nothing open is no timescale', () => {
    expect(judge('Dad will talk to Ava about staying safe when she is out with friends.').problems).toEqual(['missing-timescale']);
  });
});
