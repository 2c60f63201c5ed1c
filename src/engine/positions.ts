import type { Point, Position } from './types.js';

/**
 * Maps 0-based UTF-16 offsets to 1-based line and column. A line ends at
 * "\n", "\r\n" or a lone "\r", so CRLF text counts lines as an editor does.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Without "\r" (most texts), the line starts are found with indexOf, a
    // built-in, rather than by a loop over every character, which the first
    // check in a fresh process runs unoptimised.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  point(offset: number): Point {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
