/**
 * The score: 0–100, higher is better. Each category's sub-score depends on a
 * rate (problems per 100 words, per sentence or per action), never on a raw
 * count, so a long good plan scores as well as a short good plan; and every
 * rate only grows with a further problem, so a further problem never raises
 * the score.
 *
 *   sub-score = 100 × 0.5 ^ (rate / half)
 *
 * `half` is the rate at which the sub-score halves:
 *   jargon       weighted findings per 100 words, half = 3
 *   wording      weighted findings per 100 words, half = 2
 *   readability  share of sentences that are long or hard, half = 0.25;
 *                times 0.5 ^ (years of reading age above the target / 4)
 *   plan         weighted problems per action, half = 1
 * Weights: error 2, warning 1, suggestion 0.25. Plan problems: missing
 * owner, timescale or action 1; vague ones 0.5.
 * The overall score is the weighted geometric mean of the enabled
 * sub-scores (each floored at 1), weights jargon 3, wording 1.5,
 * readability 2.5, plan 3 (plan only when the text has actions). A geometric
 * mean lets one very poor category pull the whole score down, as it would
 * for a parent reading the plan.
 */
import type { Action, ActionProblem, Category, CategoryCounts, Message } from './types.js';
import type { SentenceStat } from './state.js';

export const SEVERITY_WEIGHT = { error: 2, warning: 1, suggestion: 0.25 } as const;
export const PROBLEM_WEIGHT: Record<ActionProblem, number> = {
  'missing-action': 1,
  'vague-action': 0.5,
  'missing-owner': 1,
  'vague-owner': 0.5,
  'missing-timescale': 1,
  'vague-timescale': 0.5,
};
const HALF = { jargon: 3, wording: 2, readability: 0.25, plan: 1 } as const;
const WEIGHT: Record<Category, number> = { jargon: 3, wording: 1.5, readability: 2.5, plan: 3 };

const decay = (rate: number, half: number): number => 100 * 0.5 ** (rate / half);
const round = (n: number): number => Math.round(n);

export interface ScoreInput {
  words: number;
  messages: readonly Message[];
  sentences: readonly SentenceStat[];
  actions: readonly Action[];
  readingAge: number | null;
  targetReadingAge: number;
  enabled: Record<Category, boolean>;
}

export function score(input: ScoreInput): { score: number; scores: CategoryCounts } {
  const weighted = { jargon: 0, wording: 0 };
  for (const m of input.messages) {
    if (m.category === 'jargon' || m.category === 'wording') weighted[m.category] += SEVERITY_WEIGHT[m.severity];
  }
  const per100 = (n: number): number => (input.words > 0 ? (100 * n) / input.words : 0);
  const flagged = input.sentences.filter((s) => s.hard || s.long).length;
  const share = input.sentences.length > 0 ? flagged / input.sentences.length : 0;
  const over = input.readingAge === null ? 0 : Math.max(0, input.readingAge - input.targetReadingAge);
  let planWeight = 0;
  for (const a of input.actions) for (const p of a.problems) planWeight += PROBLEM_WEIGHT[p];
  const scores: CategoryCounts = {
    jargon: round(decay(per100(weighted.jargon), HALF.jargon)),
    wording: round(decay(per100(weighted.wording), HALF.wording)),
    readability: round(decay(share, HALF.readability) * 0.5 ** (over / 4)),
    plan: input.actions.length > 0 ? round(decay(planWeight / input.actions.length, HALF.plan)) : 100,
  };
  let total = 0;
  let weight = 0;
  for (const c of ['jargon', 'wording', 'readability', 'plan'] as const) {
    if (!input.enabled[c]) continue;
    if (c === 'plan' && input.actions.length === 0) continue;
    total += Math.log(Math.max(1, scores[c])) * WEIGHT[c];
    weight += WEIGHT[c];
  }
  return { score: weight > 0 ? round(Math.exp(total / weight)) : 100, scores };
}
