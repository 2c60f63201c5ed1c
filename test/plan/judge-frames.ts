/** The three plan shapes the generated what/when phrasings are judged in (judge-variants, judge15-variants). */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

export type Judged = 'vague' | 'clear';
export type When = 'vague' | 'clear' | 'missing';

/** The words as the first item of a numbered list, a bullet list and a dash list, each with a clear item after it. */
export function frames(words: string): { text: string; needle: string }[] {
  const needle = words.slice(0, 24);
  return [
    { text: ['Child protection plan for Zac Hill (8)', 'Review conference: 28 June 2027', '', 'Actions', `1. ${words}`, '2. Nan to buy Zac a coat by 1 May.'].join('\n'), needle },
    { text: ['Plan for Zac Hill (8)', '', 'What will happen', `• ${words}`, '• Nan to buy Zac a coat by 1 May.'].join('\n'), needle },
    { text: ['Safety plan – Zac Hill (8)', '', 'What needs to happen', `- ${words}`, '- Nan to buy Zac a coat by 1 May.'].join('\n'), needle },
  ];
}

/** The one action whose text holds the needle. */
export function find(text: string, needle: string) {
  const found = actionsOf(text).filter((a) => a.text.includes(needle));
  expect(found, `one action with “${needle}”`).toHaveLength(1);
  return found[0] as { problems: string[] };
}

/** How the action's time was judged. */
export function whenOf(a: { problems: string[] }): When {
  return a.problems.includes('missing-timescale') ? 'missing' : a.problems.includes('vague-timescale') ? 'vague' : 'clear';
}

/** Judge every phrasing in every frame: vague or not for actions, missing/vague/clear for times. */
export function judgeInFrames(title: string, actions: readonly (readonly [string, Judged])[], times: readonly (readonly [string, When])[]): void {
  describe(`what: ${title} in three layouts`, () => {
    for (const [words, judged] of actions) {
      it(`${judged}: ${words}`, () => {
        for (const f of frames(words)) expect(find(f.text, f.needle).problems.includes('vague-action'), f.text.split('\n')[0]).toBe(judged === 'vague');
      });
    }
  });
  describe(`when: ${title} in three layouts`, () => {
    for (const [words, judged] of times) {
      it(`${judged}: ${words}`, () => {
        for (const f of frames(words)) expect(whenOf(find(f.text, f.needle)), f.text.split('\n')[0]).toBe(judged);
      });
    }
  });
}
