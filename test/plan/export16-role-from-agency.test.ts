/** A role named with the agency it comes from ("Support workers from Oakfield Care will …"): the role is the doer, even when the agency's name ends in a thing. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe('a role from an agency', () => {
  it('"The carer from X Care", "Nurses at X Health" lead their sentences', () => {
    const t = [
      'What will happen',
      '',
      'Help at home',
      'The night carer from Oakfield Care will call every morning at 7am to help Mia get dressed. Nurses at Ridgeway Health will check her feeding tube every Tuesday.',
    ].join('\n');
    expect(actionsOf(t).map((a) => [a.who, a.when])).toEqual([
      ['The night carer from Oakfield Care', 'every morning at 7am'],
      ['Nurses at Ridgeway Health', 'every Tuesday'],
    ]);
  });

  it('a thing at a place is still no doer', () => {
    const t = ['Plan', '', '1. Short breaks at Willow Lodge to go on – two nights a month.'].join('\n');
    expect(actionsOf(t)[0]?.problems).toContain('missing-owner');
  });
});
