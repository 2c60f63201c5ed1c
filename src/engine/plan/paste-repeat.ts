/**
 * A plan printed from a system or copied across a page break can hold the
 * same record twice: the second copy is the paste, not new work. A record of
 * several lines ("Action: …" / "Responsible: …" / "Target Date: …") whose
 * text is exactly an earlier item's is a repeat. One short line said twice
 * ("Attend every appointment." under Mum and under Dad) is not.
 */
import type { Span } from './text.js';

/** Indexes of the items in `spans` that repeat earlier records. */
export function pasteRepeats(text: string, spans: readonly Span[]): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  spans.forEach((s, k) => {
    const key = text.slice(s.start, s.end);
    if (seen.has(key) && key.includes('\n')) out.add(k);
    seen.add(key);
  });
  return out;
}
