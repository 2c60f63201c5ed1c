/**
 * Review plans: the actions of the last plan are listed with how far they
 * got ("STATUS: ACHIEVED", "Status – met", "Status: not met, carried
 * forward"), then the new actions follow ("New action 3:", "Revised action
 * 2:"). An old action whose status says it is done is history, not part of
 * the plan; one not done, or carried forward, still is.
 */
import { isAsciiLetter, type Span } from './text.js';

/** Words that may stand before a label word: "New action 2:", "Agreed step 1 –". */
export const LABEL_QUALIFIERS = new Set(['new', 'revised', 'agreed', 'further', 'additional', 'updated', 'amended', 'added']);

/** How many characters a label qualifier and its spaces take at `i` ("New " → 4), or 0. */
export function labelQualifier(text: string, i: number): number {
  let e = i;
  while (e < text.length && e - i < 12 && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === i || text[e] !== ' ' || !LABEL_QUALIFIERS.has(text.slice(i, e).toLowerCase())) return 0;
  return e + 1 - i;
}

// "Progress: Done. Pharmacy now delivers." is a note on an action that goes on; only a status closes one
const STATUS_KEY = /^[ \t]*status[ \t]*[:–—-][ \t]*/i;
// review language only: a case system's "Status: Completed" sits on actions it still lists as the plan
const DONE = new Set(['achieved', 'met']);
const DEGREE = new Set(['fully', 'partly', 'partially', 'mostly', 'largely']);
const STILL_OPEN = new Set(['not', 'carried', 'carry', 'ongoing', 'outstanding', 'continue', 'continues', 'continuing', 'unmet', 'open', 'in']);

/**
 * Whether `text[span]` holds a status line saying the action was done
 * ("STATUS: ACHIEVED.", "Status – partly met; rewritten below"), with
 * nothing in that first sentence of the status saying it goes on.
 */
export function doneByStatus(text: string, span: Span): boolean {
  let s = span.start;
  while (s < span.end) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 || nl > span.end ? span.end : nl;
    const line = text.slice(s, e);
    const m = STATUS_KEY.exec(line);
    if (m) {
      const value = line.slice(m[0].length);
      const cut = value.search(/[.;(]/);
      const words = (cut < 0 ? value : value.slice(0, cut)).toLowerCase().match(/[a-z]+/g) ?? [];
      let k = 0;
      while (k < words.length && DEGREE.has(words[k] as string)) k++;
      if (DONE.has(words[k] ?? '') && !words.some((w) => STILL_OPEN.has(w))) return true;
    }
    s = e + 1;
  }
  return false;
}

/** Whether any line of the text opens with a status key (a cheap test before looking for carried-forward actions). */
export function hasStatusLines(text: string): boolean {
  return /^[ \t]*status[ \t]*[:–—-]/im.test(text);
}

/** Whether `text[span]` holds one status line, and it does not say the action was done ("NOT ACHIEVED – CARRIED FORWARD"). */
export function openByStatus(text: string, span: Span): boolean {
  let s = span.start;
  let n = 0;
  while (s < span.end) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 || nl > span.end ? span.end : nl;
    if (STATUS_KEY.test(text.slice(s, e))) n++;
    s = e + 1;
  }
  return n === 1 && !doneByStatus(text, span);
}
