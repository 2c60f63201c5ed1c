/**
 * Minutes whose agreed actions are a numbered table set out with spaces, the
 * column names on the same line as the section heading:
 *
 *     6. ACTIONS AGREED                               OWNER      DATE
 *     1. Book the dentist for both boys                   DM        30/05/27
 *     2. Ask the school nurse to weigh Kai                          by 2/06/27
 *     3. Think about a holiday club
 *
 * The columns seldom line up with their names (the cells sit wherever the
 * typist's spaces put them), so a row's trailing pieces are read right to
 * left as the named columns; a row with a cell left blank puts its piece in
 * the column whose usual place is nearest. A row with only the action has a
 * blank owner and time. The rows are numbered 1, 2, 3…; anything else ends
 * the table.
 */
import type { Lex } from './lexicon.js';
import { pieces } from './columns-pdf.js';
import { tokenize, type Cell, type Span, type Token } from './text.js';

/** What this file needs of a classified line. */
export interface MinutesLine {
  start: number;
  end: number;
  kind: string;
  contentStart: number;
  marker: string;
  indent: number;
}

export interface MinutesRow {
  span: Span;
  cells: Cell[];
  more: Span[];
}

export interface MinutesTable {
  /** Header cells: the heading, then one per column name. */
  header: Cell[];
  rows: MinutesRow[];
  /** Index of the first line after the table. */
  next: number;
}

/** The number of a "7." or "7)" row marker, or -1. */
function rowNumber(text: string, l: MinutesLine): number {
  if (l.kind !== 'list' || l.marker !== 'n') return -1;
  const m = /^[ \t]*(\d{1,2})[.)]?[ \t]/.exec(text.slice(l.start, l.contentStart));
  return m ? Number(m[1]) : -1;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** A column name ("WHO", "Lead", "By when", "Date"): the role word it stands for, or null. */
function columnRole(text: string, cell: Span, lex: Lex): 'who' | 'when' | 'other' | null {
  const toks = tokenize(text, cell.start, cell.end).filter((t: Token) => t.text !== ':' && t.text !== '?');
  if (toks.length === 0 || toks.length > 4) return null;
  if (lex.colWho.equals(toks)) return 'who';
  if (lex.colWhen.equals(toks)) return 'when';
  if (lex.colOutcome.equals(toks) || lex.colIgnore.equals(toks)) return 'other';
  return null;
}

/**
 * Read such a table from lines[i], its header line. `actionHeading` says
 * whether the heading's words name the actions. Returns null when the line is
 * not such a header or no numbered row follows it.
 */
export function spacedMinutes(text: string, lines: readonly MinutesLine[], i: number, lex: Lex, actionHeading: (toks: readonly Token[]) => boolean): MinutesTable | null {
  const h = lines[i];
  if (!h || (h.kind !== 'list' && h.kind !== 'text')) return null;
  const hp = pieces(text, h.kind === 'list' ? h.contentStart : h.start, h.end);
  if (hp.length < 2 || hp.length > 5) return null;
  let whoWhen = 0;
  for (const p of hp.slice(1)) {
    const r = columnRole(text, p, lex);
    if (r === null) return null;
    if (r !== 'other') whoWhen++;
  }
  if (whoWhen === 0) return null;
  const title = tokenize(text, (hp[0] as Span).start, (hp[0] as Span).end);
  if (!actionHeading(title) && !lex.colWhat.equals(title.filter((t) => t.text !== ':'))) return null;

  const ncols = hp.length - 1;
  const lineStart = (p: number): number => {
    let s = p;
    while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
    return s;
  };
  const hStart = lineStart(h.start);
  // each row: the action piece, then the trailing pieces with their column offsets
  const built: { what: Span; rest: Span[]; x: number[] }[] = [];
  let k = i + 1;
  let expect = 1;
  while (k < lines.length) {
    const l = lines[k] as MinutesLine;
    if (l.kind === 'blank') {
      let m = k + 1;
      while (m < lines.length && (lines[m] as MinutesLine).kind === 'blank') m++;
      const nx = lines[m];
      if (nx && rowNumber(text, nx) === expect && built.length > 0) {
        k = m;
        continue;
      }
      break;
    }
    const num = rowNumber(text, l);
    if (num !== expect) break;
    const ps = pieces(text, l.contentStart, l.end);
    const first = ps[0];
    if (!first) break;
    let rest = ps.slice(1);
    let what = first;
    if (rest.length > ncols) {
      // a double space inside the action: the last pieces are the columns
      what = { start: first.start, end: (rest[rest.length - ncols - 1] as Span).end };
      rest = rest.slice(rest.length - ncols);
    }
    const ls = lineStart(l.start);
    built.push({ what, rest, x: rest.map((p) => p.start - ls) });
    expect++;
    k++;
  }
  if (built.length === 0) return null;

  // where each column usually starts: from the rows that fill every column, else the header
  const full = built.filter((b) => b.rest.length === ncols);
  const colX: number[] = [];
  for (let c = 0; c < ncols; c++) colX.push(full.length > 0 ? median(full.map((b) => b.x[c] as number)) : (hp[c + 1] as Span).start - hStart);

  const header: Cell[] = hp.map((p) => ({ span: p, empty: false }));
  const rows: MinutesRow[] = [];
  for (const b of built) {
    const cells: Cell[] = header.map(() => ({ span: { start: b.what.end, end: b.what.end }, empty: true }));
    cells[0] = { span: b.what, empty: false };
    if (b.rest.length === ncols) b.rest.forEach((p, c) => (cells[c + 1] = { span: p, empty: false }));
    else {
      // fewer pieces than columns: each goes to the nearest free column, left to right
      let from = 0;
      b.rest.forEach((p, n) => {
        const left = b.rest.length - n - 1;
        let best = from;
        for (let c = from; c < ncols - left; c++) if (Math.abs((colX[c] as number) - (b.x[n] as number)) < Math.abs((colX[best] as number) - (b.x[n] as number))) best = c;
        cells[best + 1] = { span: p, empty: false };
        from = best + 1;
      });
    }
    rows.push({ span: { start: b.what.start, end: (b.rest[b.rest.length - 1] ?? b.what).end }, cells, more: [] });
  }
  return { header, rows, next: k };
}
