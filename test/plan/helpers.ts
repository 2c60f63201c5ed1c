/** Helpers for the plan-analysis tests: the lexicons as the engine gets them, compiled and validated from rules/plan/*.yml. */
import { RULES } from '../../src/engine/rules.generated.js';
import { analysePlan, type PlanLexicons, type RawAction, type Span } from '../../src/engine/plan/index.js';

export const LEX: PlanLexicons = RULES.lexicons;

export interface Shown {
  text: string;
  what: string | null;
  who: string | null;
  when: string | null;
  problems: string[];
}

const cut = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

export function show(text: string, a: RawAction): Shown {
  return { text: text.slice(a.span.start, a.span.end), what: cut(text, a.what), who: cut(text, a.who), when: cut(text, a.when), problems: [...a.problems] };
}

/** Run the analysis and return the actions as strings. */
export function actionsOf(text: string): Shown[] {
  return analysePlan(text, LEX).actions.map((a) => show(text, a));
}

/** The one action whose text contains `needle`. */
export function actionWith(text: string, needle: string): Shown {
  const found = actionsOf(text).filter((a) => a.text.includes(needle));
  if (found.length !== 1) throw new Error(`expected one action with “${needle}”, found ${found.length}`);
  return found[0] as Shown;
}
