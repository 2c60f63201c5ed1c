import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/index.js';
import { makeRules } from '../helpers.js';

const check = createChecker(makeRules({}));
const passives = (text: string): string[] =>
  check(text).messages.filter((m) => m.ruleId === 'passive-voice').map((m) => m.actual);

describe('passive voice', () => {
  it('finds regular and irregular passives with their auxiliary', () => {
    expect(passives('A referral will be made. It was agreed at conference. The form will be completed. Amy has been seen.')).toEqual([
      'will be made',
      'was agreed',
      'will be completed',
      'has been seen',
    ]);
  });

  it('asks who will act', () => {
    const m = check('A referral will be made.').messages.find((x) => x.ruleId === 'passive-voice');
    expect(m?.reason).toBe('“will be made” does not say who will do it: name the person, for example “Mum will…” or “the social worker will…”');
    expect(m?.category).toBe('wording');
    expect(m?.severity).toBe('suggestion');
  });

  it('skips adverbs between the verb and the participle', () => {
    expect(passives('The plan was then fully agreed.')).toEqual(['was then fully agreed']);
  });

  it('leaves alone a passive that names who acts, but not one with a date', () => {
    expect(passives('The form will be completed by the health visitor.')).toEqual([]);
    expect(passives('The form will be completed by Friday.')).toEqual(['will be completed']);
    expect(passives('The form will be completed by the end of May.')).toEqual(['will be completed']);
  });

  it('does not count feelings as passives', () => {
    expect(passives('Mum was worried. We are concerned. Dad is tired.')).toEqual([]);
  });

  it('does not flag quoted words', () => {
    expect(passives('Mum said “I was ignored”.')).toEqual([]);
  });
});
