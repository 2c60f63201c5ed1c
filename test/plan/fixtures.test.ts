/**
 * Our own labelled plans (test/fixtures/plans, dev-plans label format): every
 * labelled action is found, nothing else is reported, and each scored problem
 * agrees with its label.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../src/engine/plan/index.js';
import { LEX } from './helpers.js';

interface Label {
  text: string;
  hasAction: boolean;
  owner: string | null;
  timescale: string | null;
  vagueTimescale: boolean;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'plans');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('own labelled plans', () => {
  it('there are at least six', () => expect(names.length).toBeGreaterThanOrEqual(6));
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const labels = (JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as { actions: Label[] }).actions;
      const actions = analysePlan(text, LEX).actions;
      const used = new Set<number>();
      const got: string[] = [];
      const want: string[] = [];
      for (const l of labels) {
        const s = text.indexOf(l.text);
        const e = s + l.text.length;
        let best = -1;
        let bestOv = 0;
        actions.forEach((a, k) => {
          const ov = Math.min(e, a.span.end) - Math.max(s, a.span.start);
          if (ov > bestOv) {
            bestOv = ov;
            best = k;
          }
        });
        const a = actions[best];
        expect(a && bestOv * 2 >= l.text.length, `not found: ${l.text}`).toBe(true);
        if (!a) continue;
        used.add(best);
        const p = a.problems;
        got.push(`${l.text.slice(0, 40)} owner:${p.includes('missing-owner')} time:${p.includes('missing-timescale')} vague:${p.includes('vague-timescale')} what:${p.includes('vague-action') || p.includes('missing-action')}`);
        want.push(`${l.text.slice(0, 40)} owner:${l.owner === null} time:${l.timescale === null} vague:${l.vagueTimescale} what:${!l.hasAction}`);
      }
      expect(got).toEqual(want);
      const extra = actions.filter((a, k) => !used.has(k) && !labels.some((l) => {
        const s = text.indexOf(l.text);
        return a.span.start < s + l.text.length && a.span.end > s;
      }));
      expect(extra.map((a) => text.slice(a.span.start, a.span.end))).toEqual([]);
    });
  }
});
