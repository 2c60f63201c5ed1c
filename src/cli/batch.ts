/**
 * The batch pipeline: sources → plans (files, CSV rows, stdin) → executor →
 * rows put back in input order → sink. Every source ends as exactly one row
 * per plan, or one error row; nothing is dropped.
 */
import { dirname } from 'node:path';
import { csvHeader, csvRecords } from './csv-input.js';
import { PlanFailure, type Outcome, type PlanError } from './derive.js';
import type { Executor } from './executor.js';
import { byteLimit, textFromBytes, tooLarge } from './load.js';
import type { BatchTotals, PlanMeta, Row, Sink } from './output.js';
import type { Progress } from './progress.js';
import type { Source } from './inputs.js';
import type { Task } from './task.js';

export interface BatchSettings {
  textColumn: string;
  idColumn: string | undefined;
  groupBy: string;
  minScore: number | undefined;
}

/** Reads each CSV's header once, up front, so the CSV output's columns are known before its first row. */
export async function csvHeaders(sources: readonly Source[]): Promise<Map<string, string[] | PlanError>> {
  const out = new Map<string, string[] | PlanError>();
  for (const s of sources) {
    if (s.kind !== 'file' || s.type !== 'csv') continue;
    try {
      out.set(s.path, await csvHeader(s.path));
    } catch (error) {
      out.set(s.path, error instanceof PlanFailure ? error.toJSON() : { code: 'csv-error', message: String((error as Error).message) });
    }
  }
  return out;
}

export function carriedColumns(headers: Map<string, string[] | PlanError>, settings: BatchSettings): string[] {
  const carried: string[] = [];
  for (const h of headers.values()) {
    if (!Array.isArray(h)) continue;
    for (const c of h) if (c !== settings.textColumn && c !== settings.idColumn && c !== '' && !carried.includes(c)) carried.push(c);
  }
  return carried;
}

/**
 * Most rows held back at once: checked, but waiting for an earlier, slower
 * plan (rows are written in input order) or for the output to take them.
 * When either limit is reached no more plans are handed out until rows are
 * written. Characters bound the memory: a JSON report is ~130,000 of them,
 * a CSV row's numbers a few hundred.
 */
export interface PendingLimits {
  rows: number;
  chars: number;
}
export const PENDING_LIMITS: PendingLimits = { rows: 2000, chars: 16 * 1024 * 1024 };

/** Roughly how many characters a row holds in memory until it is written. */
export function outcomeChars(outcome: Outcome): number {
  if (!outcome.ok) return 100 + outcome.error.message.length;
  const p = outcome.payload;
  switch (p.format) {
    case 'json':
    case 'jsonl':
      return p.json.length;
    case 'text':
      return p.text.length;
    case 'csv':
      return 300 + 40 * p.stats.jargon.length;
    case 'html':
      return 300 + 40 * p.stats.jargon.length + 120 * p.findings.length;
  }
}

export interface BatchIo {
  readStdin(): Promise<Uint8Array>;
  /** Called for each row that could not be checked (for a short note on stderr). */
  onError(row: Row): void;
}

export async function runBatch(
  sources: readonly Source[],
  headers: Map<string, string[] | PlanError>,
  settings: BatchSettings,
  makeExecutor: (onOutcome: (seq: number, outcome: Outcome) => void) => Executor,
  sink: Sink,
  progress: Progress,
  io: BatchIo,
  limits: PendingLimits = PENDING_LIMITS,
): Promise<BatchTotals> {
  const totals: BatchTotals = { plans: 0, checked: 0, failed: 0, belowMinScore: 0, minScore: settings.minScore };
  const metas = new Map<number, PlanMeta & { bytes: number }>();
  const pending = new Map<number, Row & { bytes: number; chars: number }>();
  let pendingChars = 0;
  const full = (): boolean => pending.size >= limits.rows || pendingChars >= limits.chars;
  let room: (() => void) | undefined;
  let seq = 0;
  let next = 0;
  const hasCsv = sources.some((s) => s.kind === 'stdin' || (s.kind === 'file' && s.type === 'csv'));
  const state = {
    done: 0,
    total: hasCsv ? undefined : sources.length,
    bytesDone: 0,
    bytesTotal: sources.reduce((n, s) => n + (s.kind === 'file' ? s.size : 0), 0),
  };
  let flushing: Promise<void> = Promise.resolve();
  let sinkError: unknown;

  const drain = async (): Promise<void> => {
    for (;;) {
      const row = pending.get(next);
      if (!row) return;
      pending.delete(next);
      next++;
      const { bytes, chars, ...clean } = row;
      pendingChars -= chars;
      totals.plans++;
      if (clean.outcome.ok) {
        totals.checked++;
        if (settings.minScore !== undefined && clean.outcome.score < settings.minScore) totals.belowMinScore++;
      } else {
        totals.failed++;
        progress.clear();
        io.onError(clean);
      }
      state.done++;
      state.bytesDone += bytes;
      progress.update(state);
      try {
        await sink.row(clean);
      } catch (error) {
        sinkError ??= error;
      }
      if (room && !full()) {
        const r = room;
        room = undefined;
        r();
      }
    }
  };
  const deliver = (s: number, outcome: Outcome): void => {
    const meta = metas.get(s);
    if (!meta) return;
    metas.delete(s);
    const chars = outcomeChars(outcome);
    pending.set(s, { ...meta, outcome, chars });
    pendingChars += chars;
    flushing = flushing.then(drain);
  };
  const executor = makeExecutor(deliver);

  const group = (file: string, columns: Record<string, string> | undefined, csv: boolean): string => {
    if (settings.groupBy === 'folder') return csv ? file : dirname(file) === '.' ? '(top folder)' : dirname(file);
    const v = columns?.[settings.groupBy]?.trim();
    return v ? v : `(no ${settings.groupBy})`;
  };
  const fail = (meta: PlanMeta, error: PlanError, bytes: number): void => {
    const s = seq++;
    metas.set(s, { ...meta, bytes });
    deliver(s, { ok: false, error });
  };
  const submit = async (meta: PlanMeta, task: Task, bytes: number): Promise<void> => {
    const s = seq++;
    metas.set(s, { ...meta, bytes });
    // Hand out no more plans while too many rows wait: behind one slow plan,
    // or for a slow output. First let the executor send what it holds back
    // (a part batch), so the row everything waits for is on its way.
    while (full()) {
      await executor.flush?.();
      if (!full()) break;
      await new Promise<void>((resolve) => (room = resolve));
    }
    await executor.submit(s, task);
  };

  try {
    for (const source of sources) {
      if (source.kind === 'error') {
        fail({ name: source.name, file: source.name, group: group(source.name, undefined, false) }, source.error, 0);
        continue;
      }
      if (source.kind === 'stdin') {
        const meta = { name: source.name, file: source.name, group: '(standard input)' };
        try {
          const text = textFromBytes(await io.readStdin());
          await submit(meta, { kind: 'text', name: source.name, text }, 0);
        } catch (error) {
          fail(meta, error instanceof PlanFailure ? error.toJSON() : { code: 'check-failed', message: String(error) }, 0);
        }
        continue;
      }
      if (source.type !== 'csv') {
        const meta = { name: source.name, file: source.name, group: group(source.name, undefined, false) };
        // Over the limit when listed: an error row at once, without a byte read (the reader checks again).
        if (source.size > byteLimit(source.type)) {
          fail(meta, tooLarge(source.type).toJSON(), source.size);
          continue;
        }
        await submit(meta, { kind: 'file', name: source.name, path: source.path, type: source.type }, source.size);
        continue;
      }
      // One plan per CSV row.
      const header = headers.get(source.path);
      const fileMeta = { name: source.name, file: source.name, group: group(source.name, undefined, true) };
      if (!header || !Array.isArray(header)) {
        fail(fileMeta, header && !Array.isArray(header) ? header : { code: 'csv-error', message: 'the CSV could not be read' }, source.size);
        continue;
      }
      if (!header.includes(settings.textColumn)) {
        const shown = header.slice(0, 12).map((h) => `"${h}"`).join(', ');
        fail(
          fileMeta,
          { code: 'no-text-column', message: `it has no "${settings.textColumn}" column for the plan text (its columns are ${shown}); name the column with --text-column` },
          source.size,
        );
        continue;
      }
      if (settings.idColumn !== undefined && !header.includes(settings.idColumn)) {
        fail(fileMeta, { code: 'no-text-column', message: `it has no "${settings.idColumn}" column for --id-column` }, source.size);
        continue;
      }
      const ids = new Map<string, number>();
      let rows = 0;
      try {
        for await (const item of csvRecords(source.path)) {
          if ('header' in item) continue;
          rows++;
          const { [settings.textColumn]: text = '', ...rest } = item.cells;
          const id = settings.idColumn !== undefined ? (item.cells[settings.idColumn] ?? '').trim() : undefined;
          const columns: Record<string, string> = {};
          for (const [k, v] of Object.entries(rest)) if (k !== settings.idColumn && k !== '') columns[k] = v;
          const label = `${source.name} row ${item.row}`;
          const meta: PlanMeta = { name: id ? id : label, file: source.name, row: item.row, columns, group: group(source.name, columns, true) };
          if (id !== undefined) meta.id = id;
          if (id !== undefined && id === '') {
            fail(meta, { code: 'csv-error', message: `the "${settings.idColumn}" cell is empty` }, text.length);
            continue;
          }
          const firstRow = id ? ids.get(id) : undefined;
          if (id && firstRow !== undefined) {
            fail(meta, { code: 'duplicate', message: `the id "${id}" is also used on row ${firstRow}; ids must be unique, so this row was not checked` }, text.length);
            continue;
          }
          if (id) ids.set(id, item.row);
          await submit(meta, { kind: 'text', name: meta.name, text }, text.length);
        }
        if (rows === 0) fail(fileMeta, { code: 'empty', message: 'it has a header row but no plans' }, source.size);
      } catch (error) {
        fail(fileMeta, error instanceof PlanFailure ? error.toJSON() : { code: 'csv-error', message: 'the CSV could not be read' }, 0);
      }
    }
  } finally {
    await executor.close();
  }
  await flushing;
  if (pending.size > 0 || metas.size > 0) throw new Error(`internal: ${pending.size + metas.size} plans got no result`);
  if (sinkError) throw sinkError;
  progress.update(state, true);
  progress.clear();
  await sink.end(totals);
  return totals;
}
