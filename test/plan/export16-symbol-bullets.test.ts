/**
 * A Word list pasted as plain text: its bullets arrive as odd glyphs with a
 * tab after them (a symbol-font "", "o" for the second level, "§" or "Ø"
 * for the third). The tab after a bullet sets out the item, it is no table
 * cell; and second-level "Who:" / "When:" bullets under a step are its fields.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const plan = (top: string, sub: string, third: string): string =>
  [
    'Plan for Ava',
    '',
    'Things we need to do',
    `${top}\tGo to the dentist with Ava about her sore tooth.`,
    `${sub}\tWho: Gran`,
    `${sub}\tWhen: Monday 8 March`,
    `${top}\tAva goes to bed by 8.30pm on school nights.`,
    `${sub}\tWho: Dad`,
    `${sub}\tWhen: Every school night`,
    `${third}\tAva can read in bed for ten minutes first.`,
    `${top}\tWatch how Ava is getting on.`,
    `${sub}\tWho: `,
    `${sub}\tWhen: `,
    `${top}\tCall the school nurse if Ava says her tooth hurts again.`,
    `${sub}\tWho: Mr Ellis – class teacher`,
    `${sub}\tWhen: The same day`,
  ].join('\n');

const expected = [
  ['Go to the dentist with Ava about her sore tooth.', 'Gran', 'Monday 8 March'],
  ['Ava goes to bed by 8.30pm on school nights.', 'Dad', 'Every school night'],
  ['Watch how Ava is getting on.', null, null],
  ['Call the school nurse if Ava says her tooth hurts again.', 'Mr Ellis – class teacher', 'The same day'],
];

describe('bullets pasted as odd glyphs with tabs', () => {
  for (const [top, sub, third] of [
    ['\uf0b7', 'o', '§'],
    ['\uf0a7', 'o', 'Ø'],
    ['•', '-', '§'],
  ] as const) {
    it(`"${top}" items with "${sub}" field bullets and a "${third}" note`, () => {
      const acts = actionsOf(plan(top, sub, third));
      expect(acts.map((a) => [a.what, a.who, a.when])).toEqual(expected);
      // the third-level note stays with its step
      expect(acts[1]?.text.endsWith('ten minutes first.')).toBe(true);
    });
  }

  it('the same with CRLF line ends', () => {
    expect(actionsOf(plan('\uf0b7', 'o', '§').replace(/\n/g, '\r\n'))).toHaveLength(4);
  });

  it('a step over a bullet of another glyph is still a step, not a heading', () => {
    const t = ['What Leo will do', '\uf0b7 Leo will hand his tablet to Dad at 9pm.', '\uf0b7 Leo will keep his bedroom door open at night.', '\uf0a7 Leo will tell Dad if anyone asks him for money.'].join('\n');
    expect(actionsOf(t).map((a) => a.what)).toEqual(['Leo will hand his tablet to Dad at 9pm.', 'Leo will keep his bedroom door open at night.', 'Leo will tell Dad if anyone asks him for money.']);
  });

  it('a table row with a real cell after the tab is still a table row', () => {
    const t = ['Action\tWho\tWhen', 'Take Ava to the dentist\tGran\tMonday 8 March'].join('\n');
    expect(actionsOf(t).map((a) => [a.who, a.when])).toEqual([['Gran', 'Monday 8 March']]);
  });
});
