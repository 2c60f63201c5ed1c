/**
 * A plan sent as chat messages and pasted with the app's headers:
 * "[03/05/2027, 09:12] Jo Price SW: 1. Mum to …". Each message's text is read
 * without its header, and a new message ends the list item or paragraph
 * before it, so a list split over several messages is read as items, not as
 * one item that runs into the next message.
 */
import type { Line } from './text.js';

// "[03/05/2027, 09:12] Name: " and the exported form "03/05/2027, 09:12 - Name: "
const BRACKETED = /^\[\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\] [^:[\]]{1,48}: ?/;
const DASHED = /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2} [-–] [^:]{1,48}: ?/;

/**
 * Cut the message headers off `lines` (in place) when at least two lines start
 * with one; returns the indexes of the lines that open a message.
 */
export function chatMessages(lines: Line[]): Set<number> {
  const opens = new Set<number>();
  const heads: [number, number][] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = (lines[k] as Line).text;
    const c = t.charCodeAt(0);
    if (c !== 91 && (c < 48 || c > 57)) continue;
    const m = BRACKETED.exec(t) ?? DASHED.exec(t);
    if (m) heads.push([k, m[0].length]);
  }
  if (heads.length < 2) return opens;
  for (const [k, cut] of heads) {
    const l = lines[k] as Line;
    lines[k] = { start: l.start + cut, end: l.end, text: l.text.slice(cut) };
    opens.add(k);
  }
  return opens;
}
