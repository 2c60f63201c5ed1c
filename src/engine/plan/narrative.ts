/**
 * Assessments whose plan is written as narrative: "Section 7: Analysis and
 * Plan", then "7.1 Analysis" and "7.2 Plan" over paragraphs, the actions
 * ("The social worker will…", "It is recommended that…") inside the plan's
 * paragraphs among sentences of analysis. structure.ts asks this file
 * whether a line is such a heading; a section that mixes analysis and plan is
 * read for sentences that clearly state an action.
 */
import { subjectSpan } from './clause.js';
import type { Lex } from './lexicon.js';
import { tokenize, type Span, type Token } from './text.js';

/** What this file needs of a classified line. */
export interface TitleLine {
  start: number;
  end: number;
  kind: string;
  contentStart: number;
}

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/i;

/**
 * "Section 7: Analysis and Plan", "Part B – The plan": a section label and its
 * number, then the title. Returns the title's tokens, or null.
 */
export function labelledTitle(keyToks: readonly Token[], rest: readonly Token[], lex: Lex): Token[] | null {
  const n = lex.secLabels.matchAt(keyToks, 0);
  if (n === 0 || keyToks.length !== n + 1) return null;
  const label = keyToks[n] as Token;
  if (!label.word || !(/^[0-9]/.test(label.text) || label.text.length === 1 || ROMAN.test(label.text))) return null;
  let words = 0;
  for (const t of rest) {
    if (t.word) words++;
    else if (t.text === '.' || t.text === '!' || t.text === ';') return null;
  }
  return words > 0 && words <= 10 ? [...rest] : null;
}

/** "Analysis and plan": a section holding both analysis and the plan's actions. */
export function mixedHeading(tokens: readonly Token[], lex: Lex): boolean {
  return lex.secMixed.find(tokens) !== null;
}

/**
 * "7.2 Plan" on its own line, a blank line, then a paragraph: a numbered
 * title, not a list of one item. The caller checks that its words name a
 * kind of section.
 */
export function titleOverBlank(text: string, lines: readonly TitleLine[], i: number): boolean {
  const line = lines[i];
  const blank = lines[i + 1];
  if (!line || line.kind !== 'list' || !blank || blank.kind !== 'blank') return false;
  let k = i + 2;
  while (k < lines.length && (lines[k] as TitleLine).kind === 'blank') k++;
  const next = lines[k];
  if (!next || next.kind !== 'text') return false;
  const toks = tokenize(text, line.contentStart, line.end);
  let words = 0;
  for (const t of toks) if (t.word) words++;
  const last = toks[toks.length - 1];
  return words > 0 && words <= 6 && !!last && (last.word || last.text === ')');
}

/**
 * "Piotr has agreed that, until …, the tablets will be kept in a locked box":
 * the person who agreed is the owner when the clause after "that" names
 * nobody. Returns the owner's span, or null.
 */
export function agreedOwner(tokens: readonly Token[], lex: Lex): Span | null {
  for (let k = 1; k < tokens.length && k < 12; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'agreed' || tokens[k + 1]?.lower !== 'that') continue;
    const aux = tokens[k - 1] as Token;
    const end = aux.lower === 'has' || aux.lower === 'have' ? k - 1 : k;
    const owner = subjectSpan(tokens, 0, end, lex);
    return owner && owner.start === (tokens[0] as Token).start ? owner : null;
  }
  return null;
}
