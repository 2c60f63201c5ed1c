/**
 * The words the page uses to describe a report to a social worker. Kept
 * apart from the markup so the server and the browser say the same thing.
 */
import type { ActionProblem, Category, Summary } from '../../src/engine/types.js';

export const CATEGORY_LABEL: Record<Category, string> = {
  jargon: 'Jargon',
  wording: 'Wording',
  readability: 'Hard to read',
  plan: 'Plan',
};

export const PROBLEM_LABEL: Record<ActionProblem, string> = {
  'missing-action': 'Does not say what will happen',
  'vague-action': 'Vague about what will happen',
  'missing-owner': 'Nobody named to do it',
  'vague-owner': 'Not clear who will do it',
  'missing-timescale': 'No date or timescale',
  'vague-timescale': 'Timescale is vague',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A band for the 0–100 score, in plain words. */
export function scoreBand(score: number): { label: string; tone: 'good' | 'ok' | 'poor' } {
  if (score >= 80) return { label: 'clear', tone: 'good' };
  if (score >= 60) return { label: 'mostly clear, with some things to fix', tone: 'ok' };
  if (score >= 40) return { label: 'hard going for many parents', tone: 'poor' };
  return { label: 'hard to read and understand', tone: 'poor' };
}

/** Ages are shown to the nearest whole year: decimals suggest more precision than the formulas have. */
export function years(age: number): string {
  return plural(Math.round(age), 'year');
}

/** One or two sentences comparing the reading age with the target. */
export function readingAgeSentence(summary: Summary): string {
  const target = summary.targetReadingAge;
  if (summary.readingAge === null) return `There is not enough writing in sentences to work out a reading age. The target is ${years(target)}.`;
  const age = Math.round(summary.readingAge);
  const gap = age - Math.round(target);
  if (gap <= 0) return `A reader needs a reading age of about ${years(age)} to follow it. That meets your target of ${years(target)}.`;
  return `A reader needs a reading age of about ${years(age)} to follow it. That is ${plural(gap, 'year')} above your target of ${years(target)}, so many parents will find it hard.`;
}

/** One sentence about the actions, or null when none were found. */
export function actionsSentence(summary: Summary): string | null {
  const a = summary.actions;
  if (a.total === 0) return null;
  const parts: string[] = [];
  const noOwner = a['missing-owner'] + a['vague-owner'];
  const noWhen = a['missing-timescale'] + a['vague-timescale'];
  const noWhat = a['missing-action'] + a['vague-action'];
  if (noOwner > 0) parts.push(`${noOwner} do not clearly say who will do it`);
  if (noWhen > 0) parts.push(`${noWhen} do not clearly say by when`);
  if (noWhat > 0) parts.push(`${noWhat} do not clearly say what will happen`);
  const head = `${plural(a.total, 'action')} found, ${a.clear} clear.`;
  return parts.length > 0 ? `${head} ${parts.join('; ')}.` : `${head} Every action says what, who and when.`;
}
