/**
 * Comma-separated rows pasted as text: an export from a case system
 * ("Plan ID","Action","Responsible","Due date"), one record a line. A line
 * counts as a CSV row only when it parses as one: at least two fields, at
 * least one of them in straight double quotes, every quoted field closed and
 * followed by a comma or the end of the line ("" inside a field is one quote
 * mark). A sentence that opens with a quotation ("I want to go home," he
 * said) is not a row: its closing quote is followed by a space.
 */
import type { Cell, Line } from './text.js';

/** The separator that marks a table row read as CSV (never found in text as a cell separator). */
export const CSV_SEP = '\u0000csv';

/** A CSV field: its span is the content inside the quotes, or the bare field with its spaces trimmed. */
export type CsvField = Cell;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * The fields of `text[start, end)` read as one CSV record, with spans into
 * `text`, or null when the line is not a CSV record. With `sep` (a comma or
 * semicolon) the line is known to be a record of a sheet (see
 * csvSheet): it may open with a bare field and hold no quotes at all.
 */
export function csvFields(text: string, start: number, end: number, sep = 0): CsvField[] | null {
  const comma = sep || 44;
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  let stop = end;
  while (stop > i && isBlank(text.charCodeAt(stop - 1))) stop--;
  // a record opens with a quoted field: a plain line with commas is prose
  if (!sep && text.charCodeAt(i) !== 34) return null;
  const fields: CsvField[] = [];
  let quoted = sep;
  for (;;) {
    while (i < stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < stop && text.charCodeAt(i) === 34) {
      const open = i + 1;
      let j = open;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q >= stop) return null; // never closed on this line
        if (text.charCodeAt(q + 1) === 34 && q + 1 < stop) {
          j = q + 2; // "" is a quote mark inside the field
          continue;
        }
        j = q;
        break;
      }
      let a = open;
      let b = j;
      while (a < b && isBlank(text.charCodeAt(a))) a++;
      while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
      fields.push({ span: { start: a, end: b }, empty: b <= a });
      quoted++;
      i = j + 1;
      while (i < stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (i >= stop) break;
      if (text.charCodeAt(i) !== comma) return null; // a closing quote must end the field
      i++;
      continue;
    }
    // a bare field runs to the next comma and holds no quote mark
    let j = i;
    while (j < stop && text.charCodeAt(j) !== comma) {
      if (text.charCodeAt(j) === 34) return null;
      j++;
    }
    let b = j;
    while (b > i && isBlank(text.charCodeAt(b - 1))) b--;
    fields.push({ span: { start: i, end: b }, empty: b <= i });
    if (j >= stop) break;
    i = j + 1;
  }
  if (fields.length < 2 || quoted === 0) return null;
  return fields;
}

/** A line of a sheet saved as CSV: `csv` is its separator's code. */
export type SheetLine = Line & { csv?: number };

/**
 * A spreadsheet saved as CSV ("No,Worry,What needs to happen,Who,By when"):
 * once a line splits at commas (or semicolons) into three or more short cells
 * that read as a table's header (`isHeader`), every line with as many fields is a
 * record of the sheet, bare or quoted, and a quoted field may hold line
 * breaks, so a record runs on while a quote is left open. Away from the
 * table's rows (above its header, or after a gap), a record padded out with
 * empty cells after its first one or two ("Child,Ruby,,,,", "Contingency,If
 * she goes missing …,,,,") is a title, or a label and its text: each of those
 * cells is read as a line of its own (",,,," is a blank line). The lines,
 * records joined into one.
 */
export function csvSheet(text: string, lines: Line[], isHeader: (cells: Cell[]) => boolean): SheetLine[] {
  for (const sep of [44, 59]) {
    let width = 0;
    let head = -1;
    while (!width && ++head < lines.length) {
      const l = lines[head] as Line;
      const f = csvFields(text, l.start, l.end, sep);
      if (f && f.length > 2 && f.every((c) => c.span.end - c.span.start < 40) && isHeader(f)) width = f.length;
    }
    if (!width) continue;
    const out: SheetLine[] = [];
    let inTable = false;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k] as Line;
      let j = k;
      // a quoted field left open at the line's end (an odd count of quote marks so far) goes on over the next lines
      let quotes = quoteCount(l.text);
      while (j + 1 < lines.length && j < k + 20 && quotes & 1) quotes += quoteCount((lines[++j] as Line).text);
      const end = (lines[j] as Line).end;
      const f = csvFields(text, l.start, end, sep);
      inTable = k === head || (inTable && !!f?.some((c) => !c.empty));
      if (f?.length !== width) out.push(l);
      else {
        k = j;
        if (inTable || f.slice(2).some((c) => !c.empty)) out.push({ start: l.start, end, text: text.slice(l.start, end), csv: sep });
        else for (const c of f) if (!c.empty || c === f[0]) out.push({ ...c.span, text: text.slice(c.span.start, c.span.end) });
      }
    }
    return out;
  }
  return lines;
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}
