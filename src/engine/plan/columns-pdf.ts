/**
 * Numbered actions in two columns, pasted from a PDF: the action text on the
 * left wraps over several lines, and the right-hand column ("Responsible /
 * When") wraps too, beside or below it:
 *
 *     Action                               Responsible / When
 *     1. Gran to take Ivy to the dentist   Gran –
 *     and keep the card.                   by 12/05/2027
 *     2. Ivy to see the school nurse.      Nurse Patel –
 *                                          monthly
 *
 * Each number starts a row; the unnumbered lines below it belong to it.
 * The right-hand text holds the owner, a dash, then the time; where the time
 * wraps onto lines of its own it is one span, where action words stand
 * between its pieces the piece that gives a time is the timescale.
 */
import type { Lex } from './lexicon.js';
import { type Cell, type Span, tokenize } from './text.js';
import { findWhen } from './timescale.js';

interface Line {
  start: number;
  end: number;
  kind: string;
}

/** A row as the spaced-table reader keeps it, with the owner and time already split out. */
export interface ColumnRow {
  span: Span;
  cells: Cell[];
  more: Span[];
  who?: Span | null | undefined;
  when?: Span | null | undefined;
}

const MARKER = /^(?:\d{1,2}|[a-z])[.)][ \t]+/;
const PAGE = /\bpage \d{1,3}(?: of \d{1,3})?\b/i;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13;
}

/** Pieces of a line cut at runs of two or more spaces (or a tab). */
export function pieces(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const a = i;
    let b = i;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 9 || (isSpace(c) && i + 1 < end && isSpace(text.charCodeAt(i + 1)))) break;
      if (!isSpace(c)) b = i + 1;
      i++;
    }
    out.push({ start: a, end: b });
  }
  return out;
}

function endsSentence(text: string, seg: Span): boolean {
  const c = text[seg.end - 1] ?? '';
  return c === '.' || c === '!' || c === '?' || c === ';';
}

/** A page header or footer ("Page 2 of 3") on a short line. */
export function isPageLine(text: string, l: { start: number; end: number }): boolean {
  return l.end - l.start <= 120 && PAGE.test(text.slice(l.start, l.end));
}

interface Building {
  row: ColumnRow;
  left: Span[];
  /** Right-hand pieces, each with whether action words stood on the lines between it and the one before. */
  right: { span: Span; apart: boolean }[];
  leftSinceRight: boolean;
}

/**
 * Read a spaced table whose rows are numbered, from lines[from]; the header
 * cells give the columns. Returns the index after the table, or null when the
 * first row is not numbered (the plain spaced-table reader then takes it).
 */
export function numberedColumns(text: string, lines: readonly Line[], from: number, header: readonly Cell[], lex: Lex, out: ColumnRow[]): number | null {
  const h0 = header[0];
  const h1 = header[1];
  if (header.length !== 2 || !h0 || !h1) return null;
  const headerStart = text.lastIndexOf('\n', h0.span.start - 1) + 1;
  const rightX = h1.span.start - headerStart;
  const numbered = (l: Line): Span | null => {
    const ps = pieces(text, l.start, l.end);
    const p = ps[0];
    if (!p || p.start - l.start >= rightX - 2) return null;
    const m = MARKER.exec(text.slice(p.start, p.end));
    return m ? { start: p.start + m[0].length, end: p.end } : null;
  };
  let i = from;
  while (i < lines.length && (lines[i] as Line).kind === 'blank') i++;
  const first = lines[i];
  if (!first || !numbered(first)) return null;

  const rows: Building[] = [];
  let cur: Building | null = null;
  while (i < lines.length) {
    const l = lines[i] as Line;
    if (l.kind === 'blank' || isPageLine(text, l)) {
      // a blank line or a page header ends the table unless a numbered row follows
      let k = i + 1;
      while (k < lines.length && ((lines[k] as Line).kind === 'blank' || isPageLine(text, lines[k] as Line))) k++;
      const nx = lines[k];
      if (nx && numbered(nx)) {
        i = k;
        continue;
      }
      break;
    }
    const ps = pieces(text, l.start, l.end);
    const num = numbered(l);
    const leftPs = ps.filter((p) => p.start - l.start < rightX - 2);
    const rightPs = ps.filter((p) => p.start - l.start >= rightX - 2);
    if (num) {
      const leftFirst = { start: num.start, end: (leftPs[0] as Span).end };
      cur = { row: { span: { start: num.start, end: l.end }, cells: [], more: [] }, left: [leftFirst, ...leftPs.slice(1)], right: [], leftSinceRight: false };
      rows.push(cur);
    } else {
      if (!cur) break;
      const lastLeft = cur.left[cur.left.length - 1];
      // a line of text at the left after a finished sentence, with nothing on the right: the table has ended
      if (leftPs.length > 0 && rightPs.length === 0 && lastLeft && endsSentence(text, lastLeft)) break;
      if (leftPs.length > 0) cur.leftSinceRight = true;
      cur.left.push(...leftPs);
    }
    for (const p of rightPs) {
      cur.right.push({ span: p, apart: cur.leftSinceRight && cur.right.length > 0 });
      cur.leftSinceRight = false;
    }
    if (num) cur.leftSinceRight = false;
    cur.row.span.end = trimEnd(text, l.end);
    i++;
  }
  if (rows.length === 0) return null;
  for (const b of rows) out.push(finish(text, b, lex));
  return i;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

const DASHES = new Set(['–', '—', '-']);
const WORDED = /[\p{L}\p{N}]/u;

function finish(text: string, b: Building, lex: Lex): ColumnRow {
  const row = b.row;
  // left pieces with no owner or time between them (only a dash, or nothing) read on as one span
  const left: Span[] = [];
  for (const seg of b.left) {
    const last = left[left.length - 1];
    if (last && !b.right.some((p) => p.span.start > last.end && p.span.start < seg.start && WORDED.test(text.slice(p.span.start, p.span.end)))) last.end = seg.end;
    else left.push({ ...seg });
  }
  const [firstLeft, ...moreLeft] = left;
  row.cells = [
    { span: firstLeft ?? { start: row.span.start, end: row.span.start }, empty: !firstLeft },
    { span: { start: row.span.end, end: row.span.end }, empty: true },
  ];
  row.more = moreLeft;
  const r0 = b.right[0];
  if (!r0) return row;
  // "Dr Khan (paediatrician) –": the owner runs to the dash, the time follows it
  const toks = tokenize(text, r0.span.start, r0.span.end);
  const dash = toks.findIndex((t) => DASHES.has(t.text));
  if (dash < 0) {
    row.who = { start: r0.span.start, end: b.right[b.right.length - 1]?.span.end ?? r0.span.end };
    return row;
  }
  const ownerToks = toks.slice(0, dash);
  const o0 = ownerToks[0];
  const o1 = ownerToks[ownerToks.length - 1];
  row.who = o0 && o1 ? { start: o0.start, end: o1.end } : null;
  // the time: the rest of the first piece, then the pieces below; pieces with action words between them are apart
  const chunks: Span[] = [];
  let startAt = 0;
  const rest = toks.slice(dash + 1);
  if (rest.length > 0) chunks.push({ start: (rest[0] as { start: number }).start, end: r0.span.end });
  else if (b.right[1]) {
    chunks.push({ ...b.right[1].span });
    startAt = 1;
  }
  for (let k = startAt + 1; k < b.right.length; k++) {
    const p = b.right[k] as { span: Span; apart: boolean };
    const last = chunks[chunks.length - 1];
    if (last && !p.apart) last.end = p.span.end;
    else chunks.push({ ...p.span });
  }
  if (chunks.length === 0) return row;
  row.when = chunks.find((c) => findWhen(text, c, lex) !== null) ?? (chunks[0] as Span);
  return row;
}
