/**
 * Notes typed on a phone: "mum -> food bank voucher, pick up fri",
 * "hv → weigh baby wkly". An unbulleted line with a short doer, an arrow with
 * a space each side, then the task. Several such lines under an action
 * heading are a list, one task a line, and the words before each arrow are
 * its owner.
 */
import { trimSpan, type Line, type Span } from './text.js';

// the arrow and its spaces; the doer before it is at most 32 characters
const ARROW = / (?:->|=>|→|➡|➔) /;

/** The doer and the task of an arrow line, or null. Looks only at the line's first 36 characters. */
export function arrowSplit(text: string, l: Line & { indent: number }): { owner: Span; rest: Span } | null {
  const start = l.start + l.indent;
  const end = l.end;
  const head = text.slice(start, Math.min(end, start + 36));
  const m = ARROW.exec(head);
  if (!m || m.index === 0) return null;
  const owner = trimSpan(text, start, start + m.index);
  const rest = trimSpan(text, start + m.index + m[0].length, end);
  // a doer is a few words, not a clause ("if she is late -> ring Nan")
  const words = text.slice(owner.start, owner.end).split(' ').length;
  return words <= 4 && rest.end > rest.start ? { owner, rest } : null;
}
