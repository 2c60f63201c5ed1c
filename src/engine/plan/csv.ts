/**
 * Comma-separated rows pasted as text: an export from a case system
 * ("Plan ID","Action","Responsible","Due date"), one record a line. A line
 * counts as a CSV row only when it parses as one: at least two fields, at
 * least one of them in straight double quotes, every quoted field closed and
 * followed by a comma or the end of the line ("" inside a field is one quote
 * mark). A sentence that opens with a quotation ("I want to go home," he
 * said) is not a row: its closing quote is followed by a space.
 */
import type { Cell } from './text.js';

/** The separator that marks a table row read as CSV (never found in text as a cell separator). */
export const CSV_SEP = '\u0000csv';

/** A CSV field: its span is the content inside the quotes, or the bare field with its spaces trimmed. */
export type CsvField = Cell;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * The fields of `text[start, end)` read as one CSV record, with spans into
 * `text`, or null when the line is not a CSV record.
 */
export function csvFields(text: string, start: number, end: number): CsvField[] | null {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  let stop = end;
  while (stop > i && isBlank(text.charCodeAt(stop - 1))) stop--;
  // a record opens with a quoted field: a plain line with commas is prose
  if (text.charCodeAt(i) !== 34) return null;
  const fields: CsvField[] = [];
  let quoted = 0;
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
      if (text.charCodeAt(i) !== 44) return null; // a closing quote must end the field
      i++;
      continue;
    }
    // a bare field runs to the next comma and holds no quote mark
    let j = i;
    while (j < stop && text.charCodeAt(j) !== 44) {
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

/** Whether a line of `text` is a CSV record (see csvFields). */
export function isCsvRow(text: string, start: number, end: number): boolean {
  return csvFields(text, start, end) !== null;
}
