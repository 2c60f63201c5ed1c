/**
 * An outcome written as one sentence that carries its own actions:
 *
 *     Outcome 2: Jay gets to school on time – Gran to walk him in every
 *     morning; school to ring Dad by 9.30am on any day he is not there.
 *
 * The goal comes first; a spaced dash, a colon or an inline "Actions:" parts
 * it from the actions, which are cut at semicolons. The goal itself is not an
 * action, and half the pieces at least must read as actions.
 */
import type { Lex } from './lexicon.js';
import { strongAction } from './clause.js';
import { trimSpan, type Span } from './text.js';

const SEP = /\s[–—-]\s|:\s|\.\s{1,4}(?:Actions?|Steps):\s/;

/**
 * The actions on an outcome's line `value` ("Outcome 2: <goal> – …"), or null
 * when it holds the goal alone: the separator after the label, then the one
 * after the goal, are passed over.
 */
export function outcomeActions(text: string, value: Span, lex: Lex): Span[] | null {
  let a = value.start;
  for (let n = 2; n > 0; n--) {
    const m = SEP.exec(text.slice(a, value.end));
    if (!m) return null;
    a += m.index + m[0].length;
  }
  const out: Span[] = [];
  for (;;) {
    const si = text.slice(a, value.end + 1).indexOf(';');
    const semi = si < 0 ? -1 : a + si;
    const e = semi < 0 || semi > value.end ? value.end : semi;
    const s = trimSpan(text, a, e);
    while (s.end > s.start && text[s.end - 1] === '.') s.end--;
    if (s.end > s.start) out.push(s);
    if (e === value.end) break;
    a = e + 1;
  }
  return out.filter((s) => strongAction(text, [s], lex)).length * 2 >= out.length ? out : null;
}
