import { describe, expect, it } from 'vitest';
import { smogFormula } from 'smog-formula';
import { createChecker } from '../../src/engine/index.js';
import { formulaAges, gradeToAge } from '../../src/engine/plugins/readability.js';
import { expectValidReport, makeRules } from '../helpers.js';

const check = createChecker(makeRules({}));

const hardCounts = {
  word: 20,
  sentence: 1,
  syllable: 42,
  polysillabicWord: 8,
  complexPolysillabicWord: 8,
  character: 130,
  letter: 130,
  difficultWord: 12,
  unfamiliarWord: 12,
};

describe('readability', () => {
  it('turns SMOG’s grade into an age once, so SMOG can vote', () => {
    const grade = smogFormula(hardCounts);
    expect(grade).toBeGreaterThan(10);
    const ages = formulaAges(hardCounts);
    expect(ages[5]).toBeCloseTo(grade + 5, 5);
    // retext-readability 8.0.0 computes ceil(sqrt(grade) + 2.5): about 6, so SMOG never votes.
    expect(Math.ceil(Math.sqrt(grade) + 2.5)).toBeLessThan(11);
    expect(ages[5]).toBeGreaterThan(11);
  });

  it('uses grade + 5 as the UK reading age', () => {
    expect(gradeToAge(6)).toBe(11);
  });

  it('flags long sentences with the word count and the limit', () => {
    const long = `Mum ${'and Dad '.repeat(14)}will come.`;
    const report = check(long);
    const m = report.messages.find((x) => x.ruleId === 'long-sentence');
    expect(m?.reason).toMatch(/^This sentence has 31 words \(aim for 25 or fewer\): “Mum and Dad/);
    expect(m?.actual).toBe(long);
    expect(check(long, { maxSentenceWords: 40 }).messages.some((x) => x.ruleId === 'long-sentence')).toBe(false);
  });

  it('flags sentences most formulas put above the target reading age', () => {
    const text =
      'Consideration regarding accommodation eligibility necessitates comprehensive multidisciplinary documentation. The dog sat on the mat in the sun.';
    const report = check(text);
    const hard = report.messages.filter((m) => m.ruleId === 'hard-sentence');
    expect(hard.map((m) => m.actual)).toEqual([
      'Consideration regarding accommodation eligibility necessitates comprehensive multidisciplinary documentation.',
    ]);
    expect(hard[0]?.reason).toMatch(/^\d of 7 reading measures put this sentence above a reading age of 11: “Consideration/);
    const moderate = 'The social worker will arrange an assessment of your parenting in your home.';
    expect(check(moderate, { targetReadingAge: 9 }).messages.some((m) => m.ruleId === 'hard-sentence')).toBe(true);
    expect(check(moderate, { targetReadingAge: 18 }).messages.some((m) => m.ruleId === 'hard-sentence')).toBe(false);
    expectValidReport(text, report);
  });

  it('reports Flesch, Flesch–Kincaid and a reading age in the summary', () => {
    const easy = check('The cat sat on the mat. We went to the park. Mum made tea for us all.').summary;
    const hard = check(
      'Comprehensive multidisciplinary consideration of accommodation eligibility was undertaken. Subsequent documentation demonstrated considerable organisational inconsistency.',
    ).summary;
    expect(easy.readingAge).not.toBeNull();
    expect(hard.readingAge).not.toBeNull();
    expect(easy.readingAge ?? 0).toBeLessThan(hard.readingAge ?? 0);
    expect(easy.fleschReadingEase ?? 0).toBeGreaterThan(hard.fleschReadingEase ?? 0);
    expect(hard.readingAge).toBeLessThanOrEqual(25);
    expect(easy.readingAge).toBeGreaterThanOrEqual(5);
  });

  it('treats table cells and list lines as separate sentences', () => {
    const text = 'What\tWho\tWhen\nTake Amy to nursery\tMum\tEvery weekday\n- Fix the stair gate\n- Buy a cot\n';
    const report = check(text);
    expect(report.summary.sentences).toBe(8);
    expect(report.messages.filter((m) => m.ruleId === 'long-sentence')).toEqual([]);
  });

  it('keeps a sentence that wraps onto a new line in lower case together', () => {
    const report = check('Mum will take Amy to the\ndentist on Friday.');
    expect(report.summary.sentences).toBe(1);
  });

  it('has no reading age for text with no words', () => {
    const report = check('  \n\n ... ');
    expect(report.summary.readingAge).toBeNull();
    expect(report.summary.words).toBe(0);
    expect(report.summary.score).toBe(100);
  });
});

describe('familiar words', () => {
  it('counts plurals, -ed, -ing and possessives of listed words as familiar', async () => {
    const { familiar } = await import('../../src/engine/plugins/readability.js');
    const list = new Set(['tablet', 'bake', 'stop', 'baby', 'cry', 'mum']);
    for (const w of ['tablets', 'baked', 'baking', 'stopped', 'stopping', 'babies', 'cried', "mum's"]) expect(familiar(list, w)).toBe(true);
    for (const w of ['tablature', 'bakery', 'stoppage']) expect(familiar(list, w)).toBe(false);
  });

  it('does not call an everyday sentence with a name hard', async () => {
    const { check: realCheck } = await import('../../src/engine/index.js');
    const report = realCheck('Your social worker is Amira Khan. Harvey will have breakfast before school every day.');
    expect(report.messages.filter((m) => m.ruleId === 'hard-sentence')).toEqual([]);
  });
});
