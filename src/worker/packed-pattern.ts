/**
 * Regular-expression sources stored compactly, for the Worker bundle.
 *
 * parse-latin's character classes (letters, marks, numbers, lower-case
 * letters, punctuation) are ~19 KB of `\uXXXX` escapes, ~7 KB after gzip: the
 * largest piece of a dependency in the Worker. `src/worker/parse-latin-expressions.generated.ts`
 * (written by src/build/pack-parse-latin.ts) holds the same sources packed:
 * each `\uXXXX` becomes the difference from the previous escape of its kind,
 * in one to three characters, and `unpackPattern` rebuilds the exact text
 * when the module loads (well under a millisecond). The rebuilt sources are
 * compared with parse-latin's own in test/worker/packed-pattern.test.ts.
 *
 * The packed text: `-`, `[`, `]` and `|` stand for themselves; `~` makes the
 * next character literal; every other character is a base-32 digit of a
 * zigzag-coded difference, from CONT (more digits follow) or LAST (the final
 * digit). Escapes outside brackets (the high surrogate of an astral range)
 * count from the previous escape outside brackets; escapes inside brackets
 * count from the previous one inside, which restarts at U+DC00 (the first low
 * surrogate) after each escape outside.
 */

/** The 64 digit characters: printable ASCII without `\`, quotes, backtick and the five signs above. */
export const DIGITS = (() => {
  let s = '';
  for (let c = 0x20; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    if (!'\\\'"`~-[]|'.includes(ch)) s += ch;
  }
  return s.slice(0, 64);
})();
export const LOW_SURROGATE_START = 0xdc00;

/** The numbers in `packed`, written as zigzag base-32 digits as above (no signs, no escapes). */
export function unpackNumbers(packed: string): number[] {
  const out: number[] = [];
  let z = 0;
  for (const ch of packed) {
    const digit = DIGITS.indexOf(ch);
    z = z * 32 + (digit & 31);
    if (digit < 32) continue;
    out.push(z & 1 ? -(z + 1) / 2 : z / 2);
    z = 0;
  }
  return out;
}

/** The regular-expression source `packed` stands for (see above). */
export function unpackPattern(packed: string): string {
  let out = '';
  let inside = 0;
  let outside = 0;
  let depth = 0;
  let z = 0;
  for (let i = 0; i < packed.length; i++) {
    const ch = packed[i]!;
    if (ch === '~') {
      out += packed[++i];
    } else if (ch === '-' || ch === '[' || ch === ']' || ch === '|') {
      // A bracket after a backslash is an escaped literal, not a class.
      if (ch === '[' && !out.endsWith('\\')) depth++;
      else if (ch === ']' && !out.endsWith('\\')) depth--;
      out += ch;
    } else {
      const digit = DIGITS.indexOf(ch);
      z = z * 32 + (digit & 31);
      if (digit < 32) continue;
      const delta = z & 1 ? -(z + 1) / 2 : z / 2;
      z = 0;
      let code: number;
      if (depth > 0) code = inside += delta;
      else {
        code = outside += delta;
        inside = LOW_SURROGATE_START;
      }
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return out;
}
