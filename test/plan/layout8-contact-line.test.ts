/** A signature or contact line set out with pipes (a cell that is only a phone number) is not a row of the plan. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe('contact lines with pipes', () => {
  const plan = (footer: string): string =>
    ['core group notes 4/3', '', 'actions:', '- Mum to take Ava to the dentist - Mum - by 12/3', '- HV to weigh Ava at home - Dee - w/c 15/3', '', footer, 'Sent from my phone'].join('\n');

  it.each(['Priya Nair SW | Eastside CP Team | Marlow Council | 01632 960 555', 'Priya Nair | Social Worker | 07700 900 461'])('%s is not an action', (footer) => {
    expect(actionsOf(plan(footer)).map((a) => a.text)).toEqual(['Mum to take Ava to the dentist - Mum - by 12/3', 'HV to weigh Ava at home - Dee - w/c 15/3']);
  });

  it('a row of the plan with pipes is still read', () => {
    expect(actionsOf(plan('Dad to fix the stair gate | Dad | by 19/3'))).toHaveLength(3);
  });
});
