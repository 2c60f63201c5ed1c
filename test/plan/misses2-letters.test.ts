/** Letters and plans for young people: the plan describing itself, a question heading with a second name, lettered lists past "n)", done records. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const texts = (plan: string): string[] => actionsOf(plan).map((a) => a.text);

describe('a sentence about the plan itself', () => {
  for (const line of [
    'It says what your dad, your teachers and the people helping you are going to do so you can stay at home.',
    'This letter sets out what we will all do to keep Max safe.',
    'This plan tells you what everyone is going to do.',
  ]) {
    it(`is not an action: ${line}`, () => {
      const plan = ['Max’s plan', '', 'Hi Max,', '', `This is your plan. We made it at the youth centre. ${line}`, '', 'You', '• Go to football on Saturdays.'].join('\n');
      expect(texts(plan).some((t) => t.includes(line.slice(0, 20)))).toBe(false);
    });
  }

  it('still reads a step that tells someone what happens', () => {
    const plan = ['Next steps', '- Ade will ring you every Monday to tell you how the court case is going.', '- Mum to book the dentist by 4 May.'].join('\n');
    expect(texts(plan)).toHaveLength(2);
  });
});

describe('a question heading followed by a dash and another name for the section', () => {
  const plan = (heading: string): string =>
    ['WHAT IS GOING WELL?', '- Lola goes to breakfast club and likes it.', '- Her aunt Bev and cousin Ray have both said they will help.', '', heading, '- Dean to ring Bev any time he feels angry with Lola (Dean).', '- Lola to go to breakfast club every school day (school).', '- A hearing test for Lola has been completed – nothing more needed.', '- Dean to see his GP about his sleep by 12 May.'].join('\n');

  for (const heading of ['WHAT NEEDS TO HAPPEN? – Next steps', 'What needs to happen? - the plan']) {
    it(`opens the plan, so the strengths above it stay strengths (${heading})`, () => {
      const t = texts(plan(heading));
      expect(t.some((x) => x.includes('said they will help'))).toBe(false);
      expect(t.some((x) => x.startsWith('Dean to ring Bev'))).toBe(true);
      expect(t.some((x) => x.startsWith('Dean to see his GP'))).toBe(true);
    });
  }

  it('does not read a step recorded as done as an action', () => {
    expect(texts(plan('WHAT NEEDS TO HAPPEN? – Next steps')).some((x) => x.includes('hearing test'))).toBe(false);
  });

  it('keeps "Who? – Sam" a field', () => {
    const t = texts(['Actions', '1. Book the dentist', 'Who? – Sam', 'When? – by Friday'].join('\n'));
    expect(t.some((x) => x.includes('Book the dentist'))).toBe(true);
  });
});

describe('a step that waits for something to be done', () => {
  it('is still an action', () => {
    const t = texts(['Plan', '- Baby not to go home until a discharge meeting has been completed (ward).', '- Mum to record what has been done each week.'].join('\n'));
    expect(t).toHaveLength(2);
  });
});

describe('a lettered list that reaches o)', () => {
  it('reads the o) item as a step of the list', () => {
    const letters = 'abcdefghijklmnopq'.split('');
    const lines = ['THE PLAN', ...letters.map((c, k) => `${c}) Kim will ring the school about club number ${k + 1} by Friday.`)];
    const t = texts(lines.join('\n'));
    expect(t).toHaveLength(letters.length);
    expect(t.some((x) => x.includes('club number 15 '))).toBe(true);
  });
});
