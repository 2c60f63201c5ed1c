/**
 * Check a plan's actions against hand labels (shapes15-a tests): every label is
 * one action covering at least half of it, whose owner and time agree with the
 * label (both missing, or one inside the other), and no action lies outside
 * every label (headers, metadata, progress notes and footers are not actions).
 */
import { expect } from 'vitest';
import { actionsOf } from './helpers.js';

/** [item text, owner or null, time or null] */
export type Label = [string, string | null, string | null];

const agree = (got: string | null, want: string | null): boolean => (got === null || want === null ? got === want : got.includes(want) || want.includes(got));

export function expectLabelled(text: string, labels: readonly Label[]): void {
  const acts = actionsOf(text).map((a) => ({ ...a, start: text.indexOf(a.text) }));
  const seen = new Set<number>();
  const problems: string[] = [];
  for (const [item, who, when] of labels) {
    const s = text.indexOf(item);
    expect(s, `label not in text: ${item}`).toBeGreaterThanOrEqual(0);
    const e = s + item.length;
    let best = -1;
    let bestOv = 0;
    acts.forEach((a, k) => {
      const ov = Math.min(e, a.start + a.text.length) - Math.max(s, a.start);
      if (ov > 0) seen.add(k);
      if (ov > bestOv) [best, bestOv] = [k, ov];
    });
    const a = acts[best];
    if (!a || bestOv * 2 < item.length) problems.push(`not found: ${item.slice(0, 50)}`);
    else {
      if (!agree(a.who, who)) problems.push(`owner ${JSON.stringify(a.who)} for ${item.slice(0, 40)}`);
      if (!agree(a.when, when)) problems.push(`time ${JSON.stringify(a.when)} for ${item.slice(0, 40)}`);
    }
  }
  acts.forEach((a, k) => {
    if (!seen.has(k)) problems.push(`extra: ${a.text.slice(0, 50)}`);
  });
  expect(problems).toEqual([]);
}
