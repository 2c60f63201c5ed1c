/**
 * Output sinks, one per format. Rows arrive in input order; each sink writes
 * as it goes (HTML keeps a small record per plan and writes at the end,
 * since its charts come first). Writes wait for the stream to drain, so a
 * slow disk or pipe slows the batch instead of filling memory.
 */
import { stringify } from 'csv-stringify/sync';
import { CATEGORIES } from '../engine/index.js';
import type { Outcome, PlanError, PlanStats } from './derive.js';
import type { Format } from './flags.js';
import { renderHtmlChunks, type HtmlPlan } from './html.js';

export interface PlanMeta {
  /** The name shown for the plan: its path as given, its id, or "file.csv row N". */
  name: string;
  /** The file it came from, as given. */
  file: string;
  /** Spreadsheet row number for a CSV plan (the header is row 1). */
  row?: number;
  id?: string;
  /** Carried CSV columns. */
  columns?: Record<string, string>;
  /** What the HTML breakdown groups it under. */
  group: string;
}

export interface Row extends PlanMeta {
  outcome: Outcome;
}

export interface Writer {
  write(chunk: string): Promise<void>;
  /** Writes out whatever is held back. */
  flush(): Promise<void>;
}

export interface WritableLike {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Gathers small writes (one CSV row is ~200 bytes) into chunks of about
 * `chunkSize` characters: one write call per row cost more than the row.
 * Nothing is held back for longer than `maxDelayMs`, so a slow batch still
 * shows its rows as they come. Waits for 'drain' when the stream is full.
 */
export function writer(stream: WritableLike, chunkSize = 64 * 1024, maxDelayMs = 250): Writer {
  let parts: string[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let draining: Promise<void> | undefined;
  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (size > 0) {
      const chunk = parts.join('');
      parts = [];
      size = 0;
      if (stream.write(chunk) === false && stream.once && !draining)
        draining = new Promise<void>((resolve) =>
          stream.once?.('drain', () => {
            draining = undefined;
            resolve();
          }),
        );
    }
    return draining ?? Promise.resolve();
  };
  return {
    write(chunk) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= chunkSize) return flush();
      if (timer === undefined) {
        timer = setTimeout(() => void flush(), maxDelayMs);
        timer.unref?.();
      }
      return draining ?? Promise.resolve();
    },
    flush,
  };
}

export interface BatchTotals {
  plans: number;
  checked: number;
  failed: number;
  belowMinScore: number;
  minScore: number | undefined;
}

export interface Sink {
  row(row: Row): Promise<void>;
  end(totals: BatchTotals): Promise<void>;
}

export interface SinkSettings {
  format: Format;
  /** JSON: print one bare report (the single-file contract). */
  single: boolean;
  /** CSV: carried column names, and whether the row and id columns appear. */
  carried: readonly string[];
  withRow: boolean;
  withId: boolean;
  groupLabel: string;
  targetReadingAge: number;
  version: string;
  rulesVersion: string;
}

function identity(row: Row): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (row.id !== undefined) o['id'] = row.id;
  o['file'] = row.file;
  if (row.row !== undefined) o['row'] = row.row;
  if (row.columns) o['columns'] = row.columns;
  return o;
}

/** `{file…, report}` or `{file…, error}` as one JSON text, without re-parsing the report. */
function jsonEntry(row: Row): string {
  const head = JSON.stringify(identity(row)).slice(0, -1);
  if (!row.outcome.ok) return `${head},"error":${JSON.stringify(row.outcome.error)}}`;
  const p = row.outcome.payload;
  if (p.format !== 'json' && p.format !== 'jsonl') throw new Error('internal: wrong payload for JSON');
  return `${head},"report":${p.json}}`;
}

class JsonSink implements Sink {
  private count = 0;
  constructor(
    private readonly out: Writer,
    private readonly single: boolean,
  ) {}
  async row(row: Row): Promise<void> {
    if (this.single) {
      const p = row.outcome.ok ? row.outcome.payload : undefined;
      if (p && (p.format === 'json' || p.format === 'jsonl')) await this.out.write(`${p.json}\n`);
      return;
    }
    await this.out.write(`${this.count === 0 ? '[\n' : ',\n'}${jsonEntry(row)}`);
    this.count++;
  }
  async end(): Promise<void> {
    if (!this.single) await this.out.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

class JsonlSink implements Sink {
  constructor(private readonly out: Writer) {}
  async row(row: Row): Promise<void> {
    await this.out.write(`${jsonEntry(row)}\n`);
  }
  async end(): Promise<void> {}
}

class TextSink implements Sink {
  constructor(private readonly out: Writer) {}
  async row(row: Row): Promise<void> {
    if (row.outcome.ok) {
      const p = row.outcome.payload;
      if (p.format === 'text') await this.out.write(p.text);
    } else {
      await this.out.write(`${row.name}\n  could not be checked: ${row.outcome.error.message}\n\n`);
    }
  }
  async end(t: BatchTotals): Promise<void> {
    if (t.plans < 2 && t.failed === 0) return;
    const parts = [`${t.checked} of ${t.plans} ${t.plans === 1 ? 'plan' : 'plans'} checked`];
    if (t.failed > 0) parts.push(`${t.failed} could not be checked`);
    if (t.minScore !== undefined) parts.push(`${t.belowMinScore} below the minimum score of ${t.minScore}`);
    await this.out.write(`${parts.join('; ')}\n`);
  }
}

/** Spreadsheets run cells that start like a formula: make them plain text. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const TOP_TERMS = 5;

export function topJargon(stats: PlanStats, n = TOP_TERMS): string {
  return stats.jargon
    .slice(0, n)
    .map((t) => `${t.term} (${t.count})`)
    .join('; ');
}

class CsvSink implements Sink {
  private started = false;
  constructor(
    private readonly out: Writer,
    private readonly s: SinkSettings,
  ) {}
  private header(): string[] {
    return [
      'file',
      ...(this.s.withRow ? ['row'] : []),
      ...(this.s.withId ? ['id'] : []),
      ...this.s.carried,
      'status',
      'error',
      'score',
      'reading_age',
      'target_reading_age',
      'words',
      'sentences',
      ...CATEGORIES.map((c) => `${c}_findings`),
      'actions',
      'actions_missing_owner',
      'actions_missing_timescale',
      'actions_vague_timescale',
      'actions_vague_owner',
      'actions_missing_or_vague_what',
      'top_jargon',
    ];
  }
  async row(row: Row): Promise<void> {
    let chunk = '';
    if (!this.started) {
      chunk += stringify([this.header()]);
      this.started = true;
    }
    const cells: Array<string | number> = [safeCell(row.file)];
    if (this.s.withRow) cells.push(row.row ?? '');
    if (this.s.withId) cells.push(safeCell(row.id ?? ''));
    for (const c of this.s.carried) cells.push(safeCell(row.columns?.[c] ?? ''));
    const o = row.outcome;
    if (!o.ok) {
      cells.push('error', safeCell(`${o.error.code}: ${o.error.message}`));
      while (cells.length < this.header().length) cells.push('');
    } else {
      const p = o.payload;
      if (p.format !== 'csv') throw new Error('internal: wrong payload for CSV');
      const st = p.stats;
      const a = st.actions;
      cells.push(
        'ok',
        '',
        st.score,
        st.readingAge ?? '',
        st.targetReadingAge,
        st.words,
        st.sentences,
        ...CATEGORIES.map((c) => st.counts[c]),
        a.total,
        a['missing-owner'],
        a['missing-timescale'],
        a['vague-timescale'],
        a['vague-owner'],
        a['missing-action'] + a['vague-action'],
        safeCell(topJargon(st)),
      );
    }
    chunk += stringify([cells]);
    await this.out.write(chunk);
  }
  async end(): Promise<void> {
    if (!this.started) await this.out.write(stringify([this.header()]));
  }
}

class HtmlSink implements Sink {
  private readonly plans: HtmlPlan[] = [];
  constructor(
    private readonly out: Writer,
    private readonly s: SinkSettings,
  ) {}
  async row(row: Row): Promise<void> {
    const o = row.outcome;
    if (!o.ok) {
      this.plans.push({ name: row.name, group: row.group, error: o.error });
      return;
    }
    const p = o.payload;
    if (p.format !== 'html') throw new Error('internal: wrong payload for HTML');
    this.plans.push({ name: row.name, group: row.group, stats: p.stats, findings: p.findings });
  }
  async end(t: BatchTotals): Promise<void> {
    const chunks = renderHtmlChunks(this.plans, {
      groupLabel: this.s.groupLabel,
      targetReadingAge: this.s.targetReadingAge,
      minScore: t.minScore,
      version: this.s.version,
      rulesVersion: this.s.rulesVersion,
    });
    // Piece by piece, waiting for the disk: the whole report is never one string.
    for (const chunk of chunks) await this.out.write(chunk);
  }
}

export function createSink(out: Writer, s: SinkSettings): Sink {
  switch (s.format) {
    case 'json':
      return new JsonSink(out, s.single);
    case 'jsonl':
      return new JsonlSink(out);
    case 'text':
      return new TextSink(out);
    case 'csv':
      return new CsvSink(out, s);
    case 'html':
      return new HtmlSink(out, s);
  }
}

export type { PlanError };
