/**
 * One unit of work for a checker (a worker thread or this thread): read the
 * plan if it is a file, check it, derive what the output format needs.
 * Errors become outcomes; nothing here throws.
 */
import { check, InputError, prepare, type CheckOptions, type PreparedOptions } from '../engine/index.js';
import { derive, PlanFailure, type Outcome } from './derive.js';
import type { Format } from './flags.js';
import { loadPlanFileSync, usableText } from './load.js';

export type Task =
  | { kind: 'file'; name: string; path: string; type: 'text' | 'docx' }
  | { kind: 'text'; name: string; text: string };

/** Fixed for a whole run; sent to each worker once. */
export interface Job {
  format: Format;
  options: CheckOptions;
  why: boolean;
}

export function failure(error: unknown): Outcome {
  if (error instanceof PlanFailure) return { ok: false, error: error.toJSON() };
  if (error instanceof InputError) return { ok: false, error: { code: 'too-long', message: error.message } };
  // An engine bug: say so without quoting the plan.
  return { ok: false, error: { code: 'check-failed', message: `the checker failed on this plan (${(error as Error).name ?? 'Error'}: ${String((error as Error).message ?? error).slice(0, 160)})` } };
}

/** Options are resolved once per job (per worker thread), not once per plan. */
const prepared = new WeakMap<Job, PreparedOptions>();

export function checkText(text: string, name: string, job: Job): Outcome {
  try {
    let options = prepared.get(job);
    if (!options) {
      options = prepare(job.options);
      prepared.set(job, options);
    }
    const report = check(usableText(text), options);
    return { ok: true, score: report.summary.score, payload: derive(report, job.format, name, job.why) };
  } catch (error) {
    return failure(error);
  }
}

export async function runTask(task: Task, job: Job): Promise<Outcome> {
  let text: string;
  if (task.kind === 'file') {
    try {
      text = await loadPlanFileSync(task.path, task.type);
    } catch (error) {
      return failure(error);
    }
  } else {
    text = task.text;
  }
  return checkText(text, task.name, job);
}
