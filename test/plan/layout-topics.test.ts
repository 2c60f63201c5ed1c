/** Plans split into one topic section per child, after the plan has begun. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const plan = [
  'Child protection plan – the Okafor family',
  '',
  'What we are worried about',
  'The children were left with no food over half term and the house has no working heating.',
  '',
  'What needs to happen',
  'Amara and Dad will have a warm home and food in the cupboards every day.',
  '',
  'How we will know',
  'The heating works and Amara says she has eaten.',
  '',
  'AMARA',
  '',
  'o Amara will see the school nurse about her eyesight by 20 March.',
  'o Lena (SW) will see Amara on her own at every visit.',
  '',
  'THE HOUSE AND MONEY',
  '',
  'o Youth Offending Service to meet Amara and Dad in May.',
  'o Northgate Housing Repairs to mend the boiler within 7 days.',
  'o Dad to keep the food cupboard stocked and show Lena at each visit.',
  'o Lena will book a family meeting with Aunt Grace in March.',
  'o The core group to meet every 6 weeks, first on 2 April.',
  '',
  'If things do not get better',
  'If the heating is still broken at the review, Lena will ask her manager about a legal planning meeting.',
  '',
  'Home visits',
  'Lena will visit the home every 2 weeks, once after school. Amara can text Lena any time she wants to talk.',
  '',
  'What Dad says',
  'Dad said he will do whatever is needed. He is upset about the boiler.',
].join('\n');

describe('topic sections of a plan', () => {
  it('a topic list keeps its actions when one item in four names its doer in a way not recognised', () => {
    const acts = actionsOf(plan);
    expect(acts.some((a) => a.text.startsWith('Youth Offending Service'))).toBe(true);
    expect(acts.filter((a) => a.text.includes('core group') || a.text.includes('Aunt Grace') || a.text.includes('food cupboard'))).toHaveLength(3);
  });

  it('a topic paragraph after the contingency gives its timed action, not the remark beside it', () => {
    const acts = actionsOf(plan);
    expect(acts.some((a) => a.text.startsWith('Lena will visit the home every 2 weeks'))).toBe(true);
    expect(acts.some((a) => a.text.includes('can text'))).toBe(false);
  });

  it('statements with no time under a topic heading after the contingency are not actions', () => {
    const t = [
      'The plan',
      '',
      'o Amara will see the school nurse by 20 March.',
      'o Lena will see Amara alone at every visit.',
      '',
      'If things do not get better',
      'Lena will ask her manager for a meeting with the council’s lawyers.',
      '',
      'How things will look',
      'Amara will feel warm at home. She will have her glasses. Dad is proud of his children.',
    ].join('\n');
    expect(actionsOf(t).map((a) => a.text)).toEqual(['Amara will see the school nurse by 20 March.', 'Lena will see Amara alone at every visit.']);
  });
});
