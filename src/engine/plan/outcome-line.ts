/**
 * An outcome written as one sentence that carries its own actions:
 *
 *     Outcome 2: Jay gets to school on time – Gran to walk him in every
 *     morning; school to ring Dad by 9.30am on any day he is not there.
 *
 * The goal comes first; a spaced dash, a colon or an inline label ("Actions:",
 * "Steps:") parts it from the actions, which are cut at semicolons, or at
 * commas and "and" when every piece names its own doer ("Gran to walk him
 * in, school to ring Dad and Dad to …"). The goal itself is not an action.
 */
import type { Lex } from './lexicon.js';
import { analyseClause } from './clause.js';
import { tokenize, trimSpan, type Span, type Token } from './text.js';

const DASHES = new Set(['–', '—', '-']);
const ACTION_LABELS = new Set(['action', 'actions', 'steps', 'tasks', 'plan']);
const OPEN = new Set(['(', '[', '“']);
const CLOSE = new Set([')', ']', '”']);

function spaced(text: string, t: Token): boolean {
  const b = text.charCodeAt(t.start - 1);
  const a = text.charCodeAt(t.end);
  return (b === 32 || b === 160 || b === 9) && (a === 32 || a === 160 || a === 9 || Number.isNaN(a));
}

/** Where the actions start after the goal: the token after the first separator, or -1. */
function afterGoal(text: string, toks: readonly Token[]): number {
  let depth = 0;
  let words = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text) && depth > 0) depth--;
    if (depth > 0) continue;
    if (t.word) {
      // "… safe at home. Actions: …": a label after the goal
      const c = toks[k + 1];
      if (words >= 2 && c?.text === ':' && ACTION_LABELS.has(t.lower)) return k + 2;
      words++;
      continue;
    }
    if (words < 2) continue;
    if (DASHES.has(t.text) && spaced(text, t)) return k + 1;
    // a colon, not one inside a time ("9:30")
    if (t.text === ':' && text.charCodeAt(t.end) === 32) return k + 1;
  }
  return -1;
}

/** Pieces of toks[from, to) cut where `cut` says, outside brackets and quotes. */
function cutAt(text: string, toks: readonly Token[], from: number, cut: (k: number) => number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let a = from;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text) && depth > 0) depth--;
    const n = depth === 0 ? cut(k) : 0;
    if (n === 0) continue;
    if (k > a) out.push(trimSpan(text, (toks[a] as Token).start, (toks[k - 1] as Token).end));
    a = k + n;
    k += n - 1;
  }
  if (a < toks.length) out.push(trimSpan(text, (toks[a] as Token).start, (toks[toks.length - 1] as Token).end));
  return out;
}

/** Does the piece name its own doer before its modal ("Gran to walk …", "the GP will …")? */
function ownDoer(text: string, s: Span, lex: Lex): boolean {
  const info = analyseClause(text, s, lex);
  return info.modal > 0 && (info.subject?.start === s.start || (info.passive && info.start === 0));
}

/** An action reads so: its own doer and a modal, or an instruction verb first. */
function reads(text: string, s: Span, lex: Lex): boolean {
  if (ownDoer(text, s, lex)) return true;
  const t0 = tokenize(text, s.start, Math.min(s.end, s.start + 30))[0];
  return t0 !== undefined && /^[a-z]/.test(t0.text) && lex.imperatives.hasToken(t0);
}

/**
 * The actions in an outcome's text `value` (after "Outcome 2:"), or null when
 * the text is the goal alone. Each action is returned without the separator
 * before it or the full stop after it; half of them at least must read as
 * actions.
 */
export function outcomeActions(text: string, value: Span, lex: Lex): Span[] | null {
  const toks = tokenize(text, value.start, value.end);
  const from = afterGoal(text, toks);
  if (from < 0 || from >= toks.length) return null;
  let end = toks.length;
  while (end > from && ((toks[end - 1] as Token).text === '.' || (toks[end - 1] as Token).text === ';')) end--;
  const body = toks.slice(0, end);
  let parts = cutAt(text, body, from, (k) => ((body[k] as Token).text === ';' ? 1 : 0));
  if (parts.length === 1) {
    // "Gran to walk him in, school to ring Dad and Dad to …": cut at commas and "and" only when every piece names its doer
    const more = cutAt(text, body, from, (k) => {
      const t = body[k] as Token;
      if (t.lower === 'and') return 1;
      if (t.text !== ',') return 0;
      return body[k + 1]?.lower === 'and' ? 2 : 1;
    });
    if (more.length > 1 && more.every((p) => ownDoer(text, p, lex))) parts = more;
  }
  parts = parts.filter((p) => tokenize(text, p.start, p.end).filter((t) => t.word).length >= 2);
  if (parts.length === 0) return null;
  const acts = parts.filter((p) => reads(text, p, lex)).length;
  return acts * 2 >= parts.length ? parts : null;
}
