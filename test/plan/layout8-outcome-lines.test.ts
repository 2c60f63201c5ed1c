/** Outcomes written as one sentence that carries its actions after the goal (outcome-line.ts). */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const plan = (...lines: string[]): string => ['Family plan for Jay and Ruby Okafor', '', 'WHAT NEEDS TO CHANGE', '', ...lines, '', 'Reviewed at the core group.'].join('\n');

describe('outcome sentences with their actions', () => {
  it('cuts the actions after an en dash at semicolons and leaves the goal out', () => {
    const acts = actionsOf(
      plan(
        'Outcome 1: Jay will get to Hillcrest Juniors on time every day – Gran Bev to walk him in each morning at 8.30; the school to phone Dad by 9.45am on any day Jay is missing.',
        '',
        'Outcome 2: Ruby will sleep in her own bed – Dad to buy a bed guard by Friday 5th March; health visitor to visit on Tuesday 9th March.',
      ),
    );
    expect(acts.map((a) => a.text)).toEqual([
      'Gran Bev to walk him in each morning at 8.30',
      'the school to phone Dad by 9.45am on any day Jay is missing',
      'Dad to buy a bed guard by Friday 5th March',
      'health visitor to visit on Tuesday 9th March',
    ]);
    expect(acts[2]?.when).toBe('by Friday 5th March');
  });

  it('reads "Actions:" written inline after the goal', () => {
    const acts = actionsOf(plan('Goal 3: Dad is sober when he has the children. Actions: Dad to go to the Beacon drug service every Monday; SW to book a hair strand test by 30 April.'));
    expect(acts.map((a) => a.text)).toEqual(['Dad to go to the Beacon drug service every Monday', 'SW to book a hair strand test by 30 April']);
  });

  it('keeps one action whole when commas stand inside it', () => {
    const one = actionsOf(plan('Outcome 5: Ruby is seen by a doctor – the practice nurse, Ann Wood, to check Ruby’s weight, height and teeth by 19 March.'));
    expect(one.map((a) => a.text)).toEqual(['the practice nurse, Ann Wood, to check Ruby’s weight, height and teeth by 19 March']);
  });

  it('reads an outcome without a number, and a colon after the goal', () => {
    const acts = actionsOf(
      plan(
        'Outcome: Ruby is safe at night — Dad to lock the back door every night; Gran Bev to check in at 9pm on Fridays.',
        '',
        'Outcome 2 - Jay gets to school: school to ring Dad by 9.30am if Jay is missing; Dad to tell the school by 8.45am if Jay is ill.',
      ),
    );
    expect(acts.map((a) => a.text)).toEqual(['Dad to lock the back door every night', 'Gran Bev to check in at 9pm on Fridays', 'school to ring Dad by 9.30am if Jay is missing', 'Dad to tell the school by 8.45am if Jay is ill']);
  });

  it('a goal with a dash but no action in it gives nothing', () => {
    const acts = actionsOf(plan('Outcome 1: Jay is safe – happy, warm and fed.', '- Dad to cook a hot meal every evening.'));
    expect(acts.map((a) => a.text)).toEqual(['Dad to cook a hot meal every evening.']);
  });
});
