/**
 * Splits the plan text into flat segments for highlighting. Findings may
 * nest or overlap (a jargon term inside a hard sentence), so instead of
 * nesting elements we cut the text at every start and end and record, for
 * each piece, whether a term-level and/or a sentence-level finding covers it,
 * plus the numbers of the findings that end there (for their reference links).
 */
import type { Message } from '../../src/engine/types.js';

export interface Segment {
  text: string;
  /** Covered by a jargon or wording finding. */
  term: boolean;
  /** Covered by a readability or plan finding. */
  sentence: boolean;
  /** 1-based numbers of the findings that end right after this segment. */
  ends: number[];
}

export function isTermLevel(m: Message): boolean {
  return m.category === 'jargon' || m.category === 'wording';
}

/** `messages` must already be in display order; finding n is `messages[n - 1]`. */
export function segments(text: string, messages: readonly Message[]): Segment[] {
  interface Event {
    at: number;
    kind: 'start' | 'end';
    term: boolean;
    n: number;
  }
  const events: Event[] = [];
  messages.forEach((m, i) => {
    const start = Math.max(0, Math.min(text.length, m.position.start.offset));
    const end = Math.max(start, Math.min(text.length, m.position.end.offset));
    events.push({ at: start, kind: 'start', term: isTermLevel(m), n: i + 1 });
    events.push({ at: end, kind: 'end', term: isTermLevel(m), n: i + 1 });
  });
  // Ends before starts at the same offset, so adjacent findings do not merge
  // (but an empty finding starts before it ends).
  events.sort((a, b) => a.at - b.at || (a.n === b.n ? (a.kind === 'start' ? -1 : 1) : a.kind === b.kind ? a.n - b.n : a.kind === 'end' ? -1 : 1));
  const out: Segment[] = [];
  let terms = 0;
  let sentences = 0;
  let at = 0;
  const flush = (to: number) => {
    if (to > at) {
      out.push({ text: text.slice(at, to), term: terms > 0, sentence: sentences > 0, ends: [] });
      at = to;
    }
  };
  for (const e of events) {
    flush(e.at);
    if (e.kind === 'start') {
      if (e.term) terms++;
      else sentences++;
    } else {
      if (e.term) terms--;
      else sentences--;
      const last = out[out.length - 1];
      if (last) last.ends.push(e.n);
      else out.push({ text: '', term: false, sentence: false, ends: [e.n] });
    }
  }
  flush(text.length);
  return out;
}
