/**
 * Splits the plan text into flat segments for highlighting. Findings may
 * nest or overlap (a jargon term inside a hard sentence), so instead of
 * nesting elements we cut the text at every start and end and record, for
 * each piece which kinds of finding cover it (a term, a hard sentence, a plan
 * action with a problem), plus the numbers of the findings that end there
 * (for their reference links).
 */
import type { Message } from '../../src/engine/types.js';

export interface Segment {
  text: string;
  /** Covered by a jargon or wording finding. */
  term: boolean;
  /** Covered by a readability finding. */
  hard: boolean;
  /** Covered by a plan finding (an action missing what, who or when). */
  plan: boolean;
  /** 1-based numbers of the findings that end right after this segment. */
  ends: number[];
}

type Kind = 'term' | 'hard' | 'plan';

export function kindOf(m: Message): Kind {
  if (m.category === 'readability') return 'hard';
  if (m.category === 'plan') return 'plan';
  return 'term';
}

/** `messages` must already be in display order; finding n is `messages[n - 1]`. */
export function segments(text: string, messages: readonly Message[]): Segment[] {
  interface Event {
    at: number;
    kind: 'start' | 'end';
    what: Kind;
    n: number;
  }
  const events: Event[] = [];
  messages.forEach((m, i) => {
    const start = Math.max(0, Math.min(text.length, m.position.start.offset));
    const end = Math.max(start, Math.min(text.length, m.position.end.offset));
    events.push({ at: start, kind: 'start', what: kindOf(m), n: i + 1 });
    events.push({ at: end, kind: 'end', what: kindOf(m), n: i + 1 });
  });
  // Ends before starts at the same offset, so adjacent findings do not merge
  // (but an empty finding starts before it ends).
  events.sort((a, b) => a.at - b.at || (a.n === b.n ? (a.kind === 'start' ? -1 : 1) : a.kind === b.kind ? a.n - b.n : a.kind === 'end' ? -1 : 1));
  const out: Segment[] = [];
  const open: Record<Kind, number> = { term: 0, hard: 0, plan: 0 };
  let at = 0;
  const flush = (to: number) => {
    if (to > at) {
      out.push({ text: text.slice(at, to), term: open.term > 0, hard: open.hard > 0, plan: open.plan > 0, ends: [] });
      at = to;
    }
  };
  for (const e of events) {
    flush(e.at);
    if (e.kind === 'start') {
      open[e.what]++;
    } else {
      open[e.what]--;
      const last = out[out.length - 1];
      if (last) last.ends.push(e.n);
      else out.push({ text: '', term: false, hard: false, plan: false, ends: [e.n] });
    }
  }
  flush(text.length);
  return out;
}
