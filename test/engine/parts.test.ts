/**
 * Long texts are parsed in parts. The report must not depend on where the
 * parts end: a text checked in small parts gives the same report as the
 * same text parsed in one piece, whenever every cut is a clean one (which
 * is what `parts` looks for first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan, rng } from '../../bench/corpus.mjs';
import { PART_LENGTH, isCleanCut, parts } from '../../src/engine/checker.js';
import { RULES, createChecker } from '../../src/engine/index.js';

const whole = createChecker(RULES, Number.POSITIVE_INFINITY);
const inParts = (size: number) => createChecker(RULES, size);

/** The report, or the error if the check throws: either way the same with or without parts. */
function outcome(check: (text: string) => unknown, text: string): unknown {
  try {
    return check(text);
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}
const SLOW = 180_000;

const folders = ['../../../shared/dev-plans/', '../fixtures/plans/', '../fixtures/heldout/'].map((f) => new URL(f, import.meta.url));
const files: Array<[string, string]> = [];
for (const folder of folders) {
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) files.push([name, readFileSync(new URL(name, folder), 'utf8')]);
}

/** Word soup with the pieces that make the parser merge or split sentences. */
function soup(seed: number, pieces: number): string {
  const WORDS = ['Mum', 'will', 'take', 'Leo', 'to', 'nursery', 'the', 'e.g.', 'Dr.', 'i.e.', '2.5', '1.', '3)', '•', '-', '–', '.', '!', '?', '…', '(', ')', '"', '“', '”', '‘', '’', "can't", "'n'", 'CAMHS', 'w/', 'and/or', '*', ':', ',', 'école', 'Ōta', 'ōta', '🙂', 'by', 'Monday', 'was', 'seen', 'be', 'made', '\t', '. •', '. )', '. "', '! -', '? *'];
  const GAPS = ['', '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '  ', '\n\t', '\u00a0', '\n\n\n', '\r'];
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    out.push(WORDS[Math.floor(r() * WORDS.length)] ?? '');
    out.push(r() < 0.2 ? (GAPS[Math.floor(r() * GAPS.length)] ?? ' ') : ' ');
  }
  return out.join('');
}

describe('parts', () => {
  it('cover the text in order, each at most the part length, never inside a surrogate pair or a CRLF', () => {
    const texts = [plan(3000, 9), plan(3000, 10, true), soup(3, 3000), '😀'.repeat(9000), 'x'.repeat(25_001), `${'word '.repeat(3000)}\r\n${'more '.repeat(3000)}`];
    for (const text of texts) {
      for (const size of [500, 2000, PART_LENGTH]) {
        const ps = parts(text, size);
        expect(ps[0]?.[0]).toBe(0);
        expect(ps.at(-1)?.[1]).toBe(text.length);
        for (let k = 0; k < ps.length; k++) {
          const [start, end] = ps[k] as [number, number];
          expect(end - start).toBeLessThanOrEqual(size);
          expect(end).toBeGreaterThan(start);
          if (k > 0) expect(start).toBe(ps[k - 1]?.[1]);
          if (k < ps.length - 1) {
            const before = text.charCodeAt(end - 1);
            expect(before >= 0xd800 && before <= 0xdbff).toBe(false);
            expect(before === 13 && text.charCodeAt(end) === 10).toBe(false);
          }
        }
      }
    }
  });

  it('a text within the part length is one part', () => {
    expect(parts('Mum will ring the school.', 100)).toEqual([[0, 25]]);
    expect(parts('x'.repeat(PART_LENGTH))).toEqual([[0, PART_LENGTH]]);
  });

  it('cuts cleanly only where no sentence can run on', () => {
    const at = (text: string): number => text.indexOf('|');
    const clean = (text: string): boolean => isCleanCut(text.replace('|', ''), at(text));
    expect(clean('Mum will ring.\n\n|Dad will visit.')).toBe(true);
    expect(clean('Mum will ring\n|Dad will visit')).toBe(true);
    expect(clean('What needs to happen\r\n|1. Dad will visit')).toBe(true);
    expect(clean('Mum will ring.\n\n|dad will visit.')).toBe(true);
    // One line break before a lower-case word: the sentence carries on.
    expect(clean('Mum will ring the\n|school on Monday.')).toBe(false);
    // A stray bullet or bracket joins a neighbouring sentence.
    expect(clean('Mum will ring. •\n\n|Dad will visit.')).toBe(false);
    expect(clean('Mum will ring.\n\n|• Dad will visit.')).toBe(false);
    expect(clean('Mum will ring. )\n|Dad will visit.')).toBe(false);
    // Not after a line end, or not at the end of the run of white space.
    expect(clean('Mum will ring. |Dad will visit.')).toBe(false);
    expect(clean('Mum will ring.\r|\nDad will visit.')).toBe(false);
  });

  it('generated plans and fixture plans are cut cleanly at the usual part length and below', () => {
    const texts = [plan(20000, 11), plan(20000, 12, true), ...files.map(([, t]) => t)];
    for (const text of texts) {
      for (const size of [2000, PART_LENGTH]) {
        for (const [start] of parts(text, size).slice(1)) expect(isCleanCut(text, start)).toBe(true);
      }
    }
  });

  it('a plan checked in parts gives the report of one parse of the whole plan', () => {
    const texts: Array<[string, string]> = [['generated', plan(5000, 13)], ['generated CRLF', plan(5000, 14, true)], ...files];
    let compared = 0;
    for (const size of [800, 2000]) {
      const check = inParts(size);
      for (const [name, text] of texts) {
        const ps = parts(text, size);
        if (ps.length < 2 || !ps.slice(1).every(([start]) => isCleanCut(text, start))) continue;
        compared++;
        expect(check(text), `${name} in parts of ${size}`).toEqual(whole(text));
      }
    }
    expect(compared).toBeGreaterThanOrEqual(files.length > 0 ? 20 : 4);
  }, SLOW);

  it('text full of sentence-merging punctuation gives the same outcome in clean parts', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const text = soup(seed, 1000);
      for (const size of [800, 2500]) {
        const ps = parts(text, size);
        if (ps.length < 2 || !ps.slice(1).every(([start]) => isCleanCut(text, start))) continue;
        compared++;
        expect(outcome(inParts(size), text), `seed ${seed}, parts of ${size}`).toEqual(outcome(whole, text));
      }
    }
    expect(compared).toBeGreaterThan(30);
  }, SLOW);
});
