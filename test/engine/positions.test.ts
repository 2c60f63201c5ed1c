import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/engine/positions.js';

/** Line and column the slow way: walk the text up to the offset. */
function walk(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR line ends as an editor does', () => {
    const text = 'one\ntwo\r\nthree\rfour\n\nsix';
    const index = new LineIndex(text);
    expect(index.point(text.indexOf('two'))).toEqual({ line: 2, column: 1, offset: 4 });
    expect(index.point(text.indexOf('three'))).toEqual({ line: 3, column: 1, offset: 9 });
    expect(index.point(text.indexOf('four'))).toEqual({ line: 4, column: 1, offset: 15 });
    expect(index.point(text.indexOf('six'))).toEqual({ line: 6, column: 1, offset: 21 });
  });

  it('agrees with a character walk on texts with and without carriage returns', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const pieces = round % 2 === 0 ? ['ab', ' ', '\n', 'c'] : ['ab', ' ', '\n', '\r\n', '\r', 'c'];
      let text = '';
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const p = index.point(offset);
        expect({ line: p.line, column: p.column }).toEqual(walk(text, offset));
      }
    }
  });
});
