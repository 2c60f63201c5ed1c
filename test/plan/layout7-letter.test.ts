import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('letter sentences that are not actions', () => {
  const plan = [
    'Dear Mr Fenton,',
    '',
    'The core group agreed that Mason (9) and Lacey (4) need extra help at home. This is because the house has had no heating since October.',
    '',
    'Mason said to me, “I will look after Lacey if Dad has to go out.”',
    '',
    'This is the plan.',
    '',
    'You will ring the energy company about the meter by Monday 12 April.',
    'I will visit you at home every Thursday afternoon.',
    '',
    'I hope we will not need to ask a court to help.',
    '',
    'Yours sincerely,',
    'Nadia Brook',
  ].join('\n');

  it('finds only the two actions', () => {
    const found = actionsOf(plan).map((a) => a.text);
    expect(found).toHaveLength(2);
    expect(found.some((t) => t.includes('core group agreed'))).toBe(false);
    expect(found.some((t) => t.includes('Mason said'))).toBe(false);
    expect(found.some((t) => t.includes('I hope'))).toBe(false);
  });
});

describe('a closing meeting sentence after the plan', () => {
  const plan = [
    'What you will do',
    '• Keep your tablet in the kitchen at night from 9pm.',
    '',
    'If you feel unsafe',
    'You can ring Chris on 0113 496 0000 at any time.',
    '',
    'We will all meet again at the youth centre on Friday 5 March at 4pm to check how it is going.',
  ].join('\n');

  it('is an action with its date, but not in the introduction', () => {
    const m = actionWith(plan, 'meet again');
    expect(m.when).toBe('on Friday 5 March at 4pm');
    expect(actionsOf(plan)).toHaveLength(2);
    // in the introduction, before the plan, it is not
    const intro = ['Our plan for Kai', '', 'We will all meet again on 3 June 2027 to see how things are going.', '', 'What will happen', '• Mum will take Kai to the dentist by 1 May.'].join('\n');
    expect(actionsOf(intro).map((a) => a.text)).toEqual(['Mum will take Kai to the dentist by 1 May.']);
  });
});
