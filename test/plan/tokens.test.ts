import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setDocument, spacedMark, tokenize } from '../../src/engine/plan/text.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'plans');

describe('tokenize with a whole-document token list', () => {
  it('gives exactly what scanning the span alone gives, for any span', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push('Who:Mum 8.50am 30/01/2026 Ellie-Mae’s it’s x:y 10:30 a.b. “quoted” – 😀 café\r\n\tend');
    for (const text of texts) {
      for (let k = 0; k < 300; k++) {
        const a = rnd(text.length);
        const b = a + rnd(Math.min(200, text.length - a) + 1);
        setDocument(null);
        const plain = tokenize(text, a, b);
        setDocument(text);
        const fast = tokenize(text, a, b);
        setDocument(null);
        expect(fast).toEqual(plain);
      }
    }
  });
});

describe('spacedMark', () => {
  it('finds what indexOf of the spaced mark finds, from any start', () => {
    const lines = [
      'Who / What / By when',
      'Rent arrears – housing officer – 4/6/27',
      'Kai-Leigh’s check-up - GP - next week',
      ' / starts with one',
      '/ no space before',
      'ends with a mark -',
      'ends with a spaced mark - ',
      'two – dashes—tight – and spaced',
      'a--b - -c',
      '',
    ];
    for (const line of lines) {
      for (const mark of ['/', '–', '—', '-']) {
        for (let from = 0; from <= line.length + 1; from++) {
          expect(spacedMark(line, mark, from)).toBe(line.indexOf(` ${mark} `, from));
          expect(spacedMark(line, mark, from, false)).toBe(line.indexOf(` ${mark}`, from));
        }
      }
    }
  });
});
