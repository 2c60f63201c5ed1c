/** A tab table where one cell of a row wrapped onto the next line: the first line stops short of the header's cells, the next carries on in lower case. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const rows = [
  'Worry\tWhat will happen\tWho\tWhen\tHow we will know',
  'School\tJosh to go to the homework club on Tuesdays and Thursdays.\tJosh\tFrom 9 March\tClub register',
  '\tThe family support worker will help Nadia set up\tKelly (FSW)\tBy 20/03/27\tChart on the fridge',
  '\tThe bedtime chart will be made with Nadia and',
  'put on the fridge so Josh can see it.\t \tBy the first core group\tChart in use',
  'Money\tNadia to go to the Citizens Advice drop-in about her debts.',
  '(the SW will book the first slot)\tNadia\tWednesday 18 March, 10am\tLetter from CAB',
];

describe('a tab row whose cell wrapped onto the next line', () => {
  for (const eol of ['\n', '\r\n']) {
    const plan = ['Plan for Josh', '', ...rows, '', 'Next core group: 2 April 2027'].join(eol);
    it(`joins the two lines into one row (${JSON.stringify(eol)})`, () => {
      const a = actionWith(plan, 'bedtime chart');
      expect(a.text).toBe(`The bedtime chart will be made with Nadia and${eol}put on the fridge so Josh can see it.\t \tBy the first core group\tChart in use`);
      expect([a.who, a.when]).toEqual([null, 'By the first core group']);
      expect(a.problems).toContain('missing-owner');
      const b = actionWith(plan, 'Citizens Advice');
      expect([b.who, b.when]).toEqual(['Nadia', 'Wednesday 18 March, 10am']);
      expect(actionsOf(plan)).toHaveLength(4);
    });
  }

  it('a short row followed by a row that starts in capitals stays two rows', () => {
    const t = ['Action\tWho\tWhen\tDone?', 'Ring the housing officer\tSW', 'Book the dentist\tMum\tBy Friday\t', ''].join('\n');
    expect(actionsOf(t).map((a) => a.who)).toEqual(['SW', 'Mum']);
  });
});
