import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (...lines: string[]): string => ['What will happen', '', ...lines.map((l, i) => `${i + 1}. ${l}`)].join('\n');
const vague = (text: string, needle: string): boolean => actionWith(text, needle).problems.includes('vague-action');

describe('vague words that the rest of the clause makes concrete', () => {
  it('"work on" a thing that will exist is a step; "work on" a habit is not', () => {
    const t = plan('The family support worker will work on a bedtime chart with Dad every Tuesday.', 'Dad will work on his temper.');
    expect(vague(t, 'bedtime chart')).toBe(false);
    expect(vague(t, 'temper')).toBe(true);
  });
  it('"liaise with" one named person about any change is a step; about a topic, or with a group, it is not', () => {
    const t = plan(
      'The school nurse to liaise with the GP regarding any missed inhaler doses, weekly.',
      'The school nurse to liaise with the GP regarding asthma, weekly.',
      'The school nurse to liaise with all professionals weekly.',
    );
    expect(vague(t, 'inhaler')).toBe(false);
    expect(vague(t, 'all professionals')).toBe(true);
    expect(vague(t, 'regarding asthma')).toBe(true);
  });
  it('a rule about who may be alone with a child can be checked', () => {
    const t = plan('I will make sure my brother Ryan is never alone with Isla.', 'Mum will make sure the children are safe.');
    expect(vague(t, 'Ryan')).toBe(false);
    expect(vague(t, 'safe')).toBe(true);
  });
});

describe('outcomes and standards are not steps', () => {
  it('"to improve" names a result, not what anyone will do', () => {
    expect(vague(plan('Rent arrears to improve by the summer, with Dad to meet the housing officer monthly.'), 'arrears')).toBe(true);
  });
  it('"clean and tidy" is a standard with no step', () => {
    expect(vague(plan('The bathroom will be kept clean and tidy by Mum.'), 'bathroom')).toBe(true);
  });
  it('a list number on its own line does not hide the sentence', () => {
    const t = ['What will happen', '', '2.', 'The kitchen needs to be kept clean and tidy.', 'Who will help:', 'When:'].join('\n');
    expect(vague(t, 'kitchen')).toBe(true);
  });
  it('showing understanding of the impact is not a step', () => {
    expect(vague(plan('Craig needs to show he understands the impact of his drinking on Mia.'), 'Craig')).toBe(true);
  });
});

describe('promises about attitude and information in general are not steps', () => {
  it('"open and honest" and "share intelligence" name nothing to check', () => {
    const t = plan('Lee needs to be open and honest with the social worker.', 'All agencies to share intelligence.');
    expect(vague(t, 'Lee')).toBe(true);
    expect(vague(t, 'intelligence')).toBe(true);
  });
});
