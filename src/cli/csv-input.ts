/**
 * A CSV of plans, one per row, read as a stream so a 10,000-row export never
 * sits in memory whole. UTF-8 (with or without BOM) and UTF-16 with a BOM.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { TextDecoder } from 'node:util';
import { PlanFailure } from './derive.js';
import { describeFsError } from './load.js';

/** Largest single CSV cell or record, in characters. */
export const MAX_CSV_RECORD = 4 * 1024 * 1024;

async function sniffEncoding(path: string): Promise<'utf-8' | 'utf-16le' | 'utf-16be'> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    if (bytesRead === 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
    if (bytesRead === 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
    return 'utf-8';
  } finally {
    await handle.close();
  }
}

class Decode extends Transform {
  private readonly decoder: TextDecoder;
  constructor(encoding: string) {
    super({ decodeStrings: true, readableObjectMode: false });
    // The BOM is dropped by TextDecoder (ignoreBOM false).
    this.decoder = new TextDecoder(encoding, { fatal: true });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(new PlanFailure('not-text', 'it is not UTF-8 or UTF-16 text (save it as "CSV UTF-8" and try again)'));
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new PlanFailure('not-text', 'it is not UTF-8 or UTF-16 text (save it as "CSV UTF-8" and try again)'));
    }
  }
}

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

/** Yields the header (as a record with row 1 and the names as cells' keys) then every record. */
export async function* csvRecords(path: string): AsyncGenerator<CsvRecord | { header: string[] }> {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  try {
    encoding = await sniffEncoding(path);
  } catch (error) {
    throw describeFsError(error);
  }
  const input = createReadStream(path);
  const decode = new Decode(encoding);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_CSV_RECORD,
  });
  input.on('error', (error) => decode.destroy(describeFsError(error)));
  decode.on('error', (error) => parser.destroy(error));
  input.pipe(decode).pipe(parser);
  let header: string[] | undefined;
  let row = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = record.map((h) => h.trim());
        yield { header };
        continue;
      }
      row++;
      const cells: Record<string, string> = {};
      header.forEach((h, i) => {
        cells[h] = record[i] ?? '';
      });
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof PlanFailure) throw error;
    // csv-parse messages can quote cell values (plan text): keep only the code.
    const code = (error as { code?: string }).code ?? 'unknown error';
    const line = (error as { lines?: number }).lines;
    throw new PlanFailure('csv-error', `the CSV cannot be read after row ${row} (${code}${line ? ` near line ${line}` : ''}); rows before it were checked`);
  } finally {
    input.destroy();
  }
  if (!header) throw new PlanFailure('empty', 'it is empty: there is no header row and no plans');
}

/** The header row alone. */
export async function csvHeader(path: string): Promise<string[]> {
  for await (const item of csvRecords(path)) {
    if ('header' in item) return item.header;
  }
  return [];
}
