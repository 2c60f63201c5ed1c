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
): Promise<BatchTotals> {
  const totals: BatchTotals = { plans: 0, checked: 0, failed: 0, belowMinScore: 0, minScore: settings.minScore };
  const metas = new Map<number, PlanMeta & { bytes: number }>();
  const pending = new Map<number, Row & { bytes: number }>();
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
      const { bytes, ...clean } = row;
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
    }
  };
  const deliver = (s: number, outcome: Outcome): void => {
    const meta = metas.get(s);
    if (!meta) return;
    metas.delete(s);
    pending.set(s, { ...meta, outcome });
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
    // Keep the reorder buffer small when one slow plan holds up the rest.
    if (pending.size > 2000) await flushing;
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
