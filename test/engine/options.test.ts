import { describe, expect, it } from 'vitest';
import { InputError, MAX_TEXT_LENGTH, OptionsError, check } from '../../src/engine/index.js';

describe('options', () => {
  const bad: Array<[unknown, RegExp]> = [
    ['fast', /options must be an object/],
    [[1], /options must be an object/],
    [{ speed: 1 }, /unknown option "speed"/],
    [{ targetReadingAge: 3 }, /targetReadingAge must be a number from 5 to 21/],
    [{ targetReadingAge: '11' }, /targetReadingAge must be a number/],
    [{ maxSentenceWords: 12.5 }, /maxSentenceWords must be a whole number/],
    [{ categories: { jargon: 'no' } }, /categories.jargon must be true or false/],
    [{ categories: { spelling: true } }, /categories.spelling is not a category/],
    [{ ignore: 'ICPC' }, /ignore must be a list of strings/],
    [{ ignore: [''] }, /ignore\[0\] must be a non-empty string/],
    [{ extraTerms: [{ plain: ['x'] }] }, /extraTerms\[0\].term must be a word or phrase/],
    [{ extraTerms: [{ term: 'hub', colour: 'red' }] }, /extraTerms\[0\]: unknown key "colour"/],
  ];
  for (const [options, error] of bad) {
    it(`rejects ${JSON.stringify(options)}`, () => {
      expect(() => check('Some text.', options as never)).toThrow(OptionsError);
      expect(() => check('Some text.', options as never)).toThrow(error);
    });
  }

  it('accepts the documented options and echoes the target', () => {
    const report = check('Some text here.', {
      targetReadingAge: 9,
      maxSentenceWords: 20,
      categories: { plan: false },
      ignore: ['ICPC'],
      extraTerms: [{ term: 'Hub', plain: ['family centre'], note: 'Our family centre.' }],
    });
    expect(report.summary.targetReadingAge).toBe(9);
  });

  it('rejects text that is not a string or is too long', () => {
    expect(() => check(42 as never)).toThrow(InputError);
    expect(() => check('a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(/too long/);
  });
});

describe('prepared options', () => {
  it('give the same report as the options they were prepared from', async () => {
    const { prepare, createChecker, RULES } = await import('../../src/engine/index.js');
    const options = { targetReadingAge: 9, ignore: ['SW'], extraTerms: [{ term: 'Hub', plain: ['family centre'] }] };
    const text = 'The SW and the ICPC meet at the Hub. A referral will be made.';
    const prepared = prepare(options);
    expect(check(text, prepared)).toEqual(check(text, options));
    expect(check(text, prepared)).toEqual(check(text, prepared));
    const other = createChecker({ ...RULES });
    expect(() => other(text, prepared)).toThrow(/prepared for another rule set/);
  });
});
