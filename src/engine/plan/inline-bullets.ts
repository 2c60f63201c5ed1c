/**
 * A plan typed in a phone app and pasted as one long paragraph, its bullets
 * run together on the same line:
 *
 *     Background: … she wants to stay at school. Plan • Gran to collect Mia
 *     on Fridays • SW to visit weekly – Sam • Review 12/05/27. Notes: …
 *
 * The words before the first bullet end with a heading that names the
 * actions ("Plan", "Actions agreed"); what comes before that heading is the
 * background. Each stretch between two bullets is one item. The last item
 * ends at the end of its sentence when a new label ("Notes:", "Worries
 * noted:") follows it.
 */
import { isSpace, tokenize, type Span, type Token } from './text.js';

export interface InlineBullets {
  /** Each item's text, without its bullet. */
  items: Span[];
  /** What follows the last item under a label of its own, if anything. */
  tail: Span | null;
}

const BULLET = '•';
const ENDS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

/** The heading words just before the first bullet: back to the last sentence end or colon, at most five words. */
function headingBefore(toks: readonly Token[]): Token[] | null {
  let k = toks.length - 1;
  while (k >= 0 && !(toks[k] as Token).word && ((toks[k] as Token).text === ':' || (toks[k] as Token).text === '-' || (toks[k] as Token).text === '–')) k--;
  const out: Token[] = [];
  let words = 0;
  for (; k >= 0; k--) {
    const t = toks[k] as Token;
    if (!t.word && (ENDS.has(t.text) || CLOSERS.has(t.text) || t.text === ':' || t.text === ';')) break;
    if (t.word && ++words > 5) return null;
    out.unshift(t);
  }
  return words > 0 ? out : null;
}

/** Where a label such as "Notes:" starts after a sentence end inside `seg`, or -1. */
function labelAfterSentence(text: string, seg: Span): number {
  const toks = tokenize(text, seg.start, seg.end);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.word || !ENDS.has(t.text)) continue;
    const next = toks[k + 1];
    if (!next || !next.word || next.start === t.end) continue;
    // one to three words, then a colon
    let j = k + 1;
    let words = 0;
    while (j < toks.length && (toks[j] as Token).word && words < 4) {
      words++;
      j++;
    }
    if (words >= 1 && words <= 3 && (toks[j] as Token | undefined)?.text === ':') return t.end;
  }
  return -1;
}

/**
 * Read run-together bullets in the line text[start, end). `actionHeading`
 * says whether words name the actions. Returns null unless the line holds at
 * least two bullets between words and either starts with its first bullet or
 * has an action heading just before it.
 */
export function inlineBullets(text: string, start: number, end: number, actionHeading: (toks: readonly Token[]) => boolean): InlineBullets | null {
  const marks: number[] = [];
  for (let p = text.indexOf(BULLET, start); p >= 0 && p < end; p = text.indexOf(BULLET, p + 1)) {
    // a bullet with a space after it, and a space before it unless it opens the line
    if (!isSpace(text.charCodeAt(p + 1))) continue;
    let b = p;
    while (b > start && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > start && b === p) continue;
    marks.push(p);
  }
  if (marks.length < 2) return null;
  const first = marks[0] as number;
  let lead = first;
  while (lead > start && isSpace(text.charCodeAt(lead - 1))) lead--;
  // at least one bullet in the middle of the line: a lone bullet at the start is an ordinary list line
  if (lead > start) {
    const head = headingBefore(tokenize(text, start, lead));
    if (!head || !actionHeading(head)) return null;
  }
  const items: Span[] = [];
  for (let k = 0; k < marks.length; k++) {
    let s = (marks[k] as number) + 1;
    let e = k + 1 < marks.length ? (marks[k + 1] as number) : end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) items.push({ start: s, end: e });
  }
  let tail: Span | null = null;
  const last = items[items.length - 1];
  if (last) {
    const cut = labelAfterSentence(text, last);
    if (cut > 0) {
      let ts = cut;
      while (ts < last.end && isSpace(text.charCodeAt(ts))) ts++;
      tail = { start: ts, end: last.end };
      // the item ends before its full stop, as a bullet does
      let e = cut - 1;
      while (e > last.start && isSpace(text.charCodeAt(e - 1))) e--;
      last.end = e;
    }
  }
  return items.length >= 2 ? { items, tail } : null;
}
