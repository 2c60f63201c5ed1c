/**
 * A plan printed from a system or copied across a page break can hold the
 * same block twice: the second copy is the paste, not new work. An item is a
 * repeat when its text is exactly an earlier item's and either it runs over
 * several lines (a record of fields) or the item before or after it repeats
 * the neighbour of that earlier item too (a run of items pasted again). One
 * short line said twice in different places ("Attend every appointment."
 * under Mum and under Dad) is not a repeat.
 */
import type { Span } from './text.js';

/** Indexes of the items in `spans` (in text order) that repeat earlier ones. */
export function pasteRepeats(text: string, spans: readonly Span[]): Set<number> {
  const first = new Map<string, number>();
  const of: number[] = [];
  spans.forEach((s, k) => {
    const key = text.slice(s.start, s.end);
    const j = first.get(key);
    of.push(j ?? -1);
    if (j === undefined) first.set(key, k);
  });
  const out = new Set<number>();
  of.forEach((j, k) => {
    if (j < 0) return;
    const s = spans[k] as Span;
    if (text.slice(s.start, s.end).includes("\n") || (j > 0 && of[k - 1] === j - 1) || of[k + 1] === j + 1) out.add(k);
  });
  return out;
}
