/**
 * Rows laid out with tabs or wide gaps that do not keep to one line or one
 * form of cell:
 *
 * - a Word table pasted with its cells wrapping onto several lines. The tabs
 *   of a row come on the line where a cell ends, so a row is read as a stream:
 *   every tab starts the next cell, a line without one carries on the cell in
 *   hand, and a row is done once it has as many cells as the header;
 *
 *       Task<TAB>Who<TAB>When
 *       Aunt May to collect the twins from
 *       nursery<TAB>Aunt<TAB>Mondays
 *       May<TAB>from 4/5/27
 *
 *   (the owner "Aunt\nMay" wraps and pushes the time onto the next line);
 * - a record exported on one line, its fields parted by two spaces:
 *   "Action: Book the dentist  Responsible: Gran  Target date: 2/3/27  Status: Open";
 * - a coded item of a revised plan, action, owner and date parted by two
 *   spaces, a dash for an empty field: "B2  Ring the housing office  Aunt May  —".
 */
import type { Lex } from './lexicon.js';
import { type Cell, lastAtMost, type Span, type Token, tokenize, trimSpan } from './text.js';

interface Line {
  start: number;
  end: number;
  text: string;
  kind: string;
  indent: number;
}

interface Row {
  span: Span;
  cells: Cell[];
  more: Span[];
}

const TAB = 9;

function lowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Whether the lines under a tab table's header, up to a blank line, are rows
 * whose cells wrap: at least two lines without a tab that run straight into a
 * line with one, and no line ending in a colon (a sub-heading inside the table).
 */
export function wrappedBlock(lines: readonly Line[], from: number): boolean {
  let wraps = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (l.kind === 'blank') break;
    if (l.text.includes('\t')) continue;
    if (l.text.trimEnd().endsWith(':')) return false;
    const next = lines[k + 1];
    if (next && next.kind !== 'blank' && next.text.includes('\t')) wraps++;
  }
  return wraps >= 2;
}

/**
 * Read the rows of a tab table whose cells wrap, from line `from` to a blank
 * line. `width` is the number of header cells. A line with no tab after a
 * finished row carries on its last cell when it starts in lower case or with a
 * digit ("from 3/5/27"); otherwise it starts the next row, as long as a line
 * with a tab follows before the blank line. Returns the index after the table.
 */
export function wrappedRows(text: string, lines: readonly Line[], from: number, width: number, out: Row[]): number {
  let cells: Cell[] = [];
  let start = -1;
  let end = -1;
  const finish = (): void => {
    if (start >= 0 && cells.some((c) => !c.empty)) out.push({ span: { start, end }, cells, more: [] });
    cells = [];
    start = -1;
  };
  const tabAhead = (k: number): boolean => {
    for (let j = k; j < lines.length && (lines[j] as Line).kind !== 'blank'; j++) if ((lines[j] as Line).text.includes('\t')) return true;
    return false;
  };
  let k = from;
  for (; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (l.kind === 'blank') break;
    const hasTab = l.text.includes('\t');
    const lead = l.text.charCodeAt(l.indent);
    if (start >= 0 && cells.length >= width && !hasTab) {
      const last = cells[cells.length - 1] as Cell;
      if (lowerOrDigit(lead) && !last.empty) {
        last.span.end = l.end;
        end = l.end;
        continue;
      }
      finish();
    } else if (start >= 0 && cells.length >= width && l.text.charCodeAt(0) !== TAB) finish();
    if (start < 0) {
      if (!hasTab && !tabAhead(k + 1)) break;
      start = l.start + l.indent;
      cells = [{ span: { start, end: start }, empty: true }];
    }
    // each tab starts a new cell; the text before the first tab carries on the cell in hand
    let s = 0;
    for (;;) {
      const at = l.text.indexOf('\t', s);
      const e = at < 0 ? l.text.length : at;
      const sp = trimSpan(text, l.start + s, l.start + e);
      const cell = cells[cells.length - 1] as Cell;
      if (sp.end > sp.start) {
        if (cell.empty) cell.span = sp;
        else cell.span.end = sp.end;
        cell.empty = false;
      }
      if (at < 0) break;
      cells.push({ span: { start: l.start + at + 1, end: l.start + at + 1 }, empty: true });
      s = at + 1;
    }
    end = l.end;
  }
  finish();
  return k;
}

/** "A1  ", "C12<TAB>": an item code (a capital and one or two digits) and a gap; returns where the text starts, or -1. */
export function itemCode(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 65 || c > 90) return -1;
  let j = i + 1;
  while (j < i + 3 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
  if (j === i + 1) return -1;
  if (!(line.charCodeAt(j) === TAB || (line[j] === ' ' && line[j + 1] === ' '))) return -1;
  while (line[j] === ' ' || line.charCodeAt(j) === TAB) j++;
  return j < line.length ? j : -1;
}

/** Starts of the pieces after each gap of two or more spaces (or a tab) inside `seg`. */
function gapStarts(text: string, seg: Span): number[] {
  // item after item asks for its own stretch: the whole text is read once, and each answer is a slice of that
  if (text !== gapText) {
    gapList = [];
    for (let p = 1; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === TAB) continue;
      const b = text.charCodeAt(p - 1);
      if (b === TAB || (b === 32 && text.charCodeAt(p - 2) === 32)) gapList.push(p);
    }
    gapText = text;
  }
  // the list is in text order: the segment's gaps are found by binary search, not by testing every gap of the text
  return gapList.slice(lastAtMost(gapList, seg.start) + 1, lastAtMost(gapList, seg.end - 1) + 1);
}

/** The text `gapList` holds every gap start of. */
let gapText: string | null = null;
let gapList: number[] = [];

type Role = 'who' | 'when' | 'what' | 'outcome';
type KeyAt = (tokens: readonly Token[], i: number, lex: Lex) => { role: Role; colon: number } | null;

export interface GapFields {
  what: Span[];
  who: Span | null | undefined;
  when: Span | null | undefined;
}

/**
 * "Book the dentist  Responsible: Gran  Target date:   Status: Open": fields
 * run together on one line after two-space gaps. The action ends at the first
 * key; each value runs to the next key, and an empty value is a blank field.
 * Keys other than owner and time ("Status:") end the value before them.
 */
export function gapKeyFields(text: string, seg: Span, lex: Lex, keyAt: KeyAt): GapFields | null {
  const keys: { at: number; value: number; role: Role | null }[] = [];
  for (const p of gapStarts(text, seg)) {
    const toks = tokenize(text, p, Math.min(seg.end, p + 40));
    const f = keyAt(toks, 0, lex);
    if (f) keys.push({ at: p, value: (toks[f.colon] as Token).end, role: f.role });
    else {
      // another key of one to three words: "Status:", "RAG rating:"
      let w = 0;
      while (w < toks.length && w < 4 && (toks[w] as Token).word) w++;
      if (w > 0 && w <= 3 && toks[w]?.text === ':') keys.push({ at: p, value: (toks[w] as Token).end, role: null });
    }
  }
  if (!keys.some((k) => k.role === 'who' || k.role === 'when')) return null;
  const what = trimSpan(text, seg.start, (keys[0] as { at: number }).at);
  if (what.end <= what.start) return null;
  const out: GapFields = { what: [what], who: undefined, when: undefined };
  for (let n = 0; n < keys.length; n++) {
    const key = keys[n] as { at: number; value: number; role: Role | null };
    const v = trimSpan(text, key.value, keys[n + 1]?.at ?? seg.end);
    const val = v.end > v.start ? v : null;
    if (key.role === 'who' && out.who === undefined) out.who = val;
    else if (key.role === 'when' && out.when === undefined) out.when = val;
  }
  return out;
}

const EMPTY_MARKS = new Set(['—', '–', '-', '-–', 'n/a', 'N/A']);

/**
 * "Ring the housing office  Aunt May  by 3/5/27": action, owner and time parted
 * by two-space gaps, a dash standing for an empty field. The owner piece must
 * read as an owner (`isOwner`) and the action must be longer than it.
 */
export function gapColumns(text: string, seg: Span, isOwner: (s: Span) => boolean): GapFields | null {
  const starts = gapStarts(text, seg);
  if (starts.length !== 2) return null;
  const [b0, c0] = starts as [number, number];
  const a = trimSpan(text, seg.start, b0);
  const b = trimSpan(text, b0, c0);
  const c = trimSpan(text, c0, seg.end);
  const dash = (s: Span): boolean => EMPTY_MARKS.has(text.slice(s.start, s.end));
  if (a.end - a.start < 12 || b.end - b.start > 48 || c.end - c.start > 60) return null;
  if (!dash(b) && !isOwner(b)) return null;
  return { what: [a], who: dash(b) ? null : b, when: dash(c) ? null : c };
}
