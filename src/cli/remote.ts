/**
 * `--endpoint`: sends plans to the user's own clearplan Worker
 * (`POST {endpoint}/api/v1/check/batch`) in batches within the Worker's
 * limits, a few requests at a time, retrying network failures, 408, 429
 * and 5xx answers with exponential backoff (honouring Retry-After). Each
 * returned report goes through the same `derive` as a local check, so the
 * outputs are the same.
 */
import type { CheckOptions, Report } from '../engine/index.js';
import { MAX_BATCH_BODY_BYTES, MAX_BATCH_DOCUMENTS, MAX_TEXT_CHARS } from '../worker/limits.js';
import { derive, PlanFailure, type Outcome } from './derive.js';
import type { Executor, OutcomeHandler } from './executor.js';
import { loadPlanFile, usableText } from './load.js';
import { failure, type Job, type Task } from './task.js';

export interface RemoteSettings {
  endpoint: URL;
  apiKey: string | undefined;
  fetch: typeof fetch;
  concurrency?: number;
  retries?: number;
  /** First retry delay in ms; doubled each time, with jitter. */
  backoffMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface Doc {
  seq: number;
  name: string;
  text: string;
  bytes: number;
}

/** Room left in a batch body for the JSON around the documents. */
const BODY_BUDGET = MAX_BATCH_BODY_BYTES - 16 * 1024;

interface RemoteProblem {
  title?: string;
  detail?: string;
  status?: number;
}

function problemText(p: RemoteProblem | undefined, status?: number): string {
  const title = p?.title ?? (status ? `HTTP ${status}` : 'no answer');
  return p?.detail && p.detail !== title ? `${title}: ${p.detail}` : title;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export class RemoteExecutor implements Executor {
  private buffer: Doc[] = [];
  private bufferBytes = 0;
  private readonly active = new Set<Promise<void>>();
  private readonly url: URL;
  private readonly concurrency: number;
  private readonly optionsJson: string;

  constructor(
    private readonly settings: RemoteSettings,
    private readonly job: Job,
    private readonly onOutcome: OutcomeHandler,
  ) {
    const base = settings.endpoint.href.endsWith('/') ? settings.endpoint.href : `${settings.endpoint.href}/`;
    this.url = new URL('api/v1/check/batch', base);
    this.concurrency = settings.concurrency ?? 4;
    this.optionsJson = JSON.stringify(job.options satisfies CheckOptions);
  }

  async submit(seq: number, task: Task): Promise<void> {
    let text: string;
    try {
      text = usableText(task.kind === 'file' ? await loadPlanFile(task.path, task.type) : task.text);
      if (text.length > MAX_TEXT_CHARS)
        throw new PlanFailure('too-long', `it is too long for the service (${text.length.toLocaleString('en-GB')} characters; its limit is ${MAX_TEXT_CHARS.toLocaleString('en-GB')})`);
    } catch (error) {
      this.onOutcome(seq, failure(error));
      return;
    }
    const bytes = Buffer.byteLength(JSON.stringify(text)) + 32;
    if (this.buffer.length > 0 && (this.buffer.length >= MAX_BATCH_DOCUMENTS || this.bufferBytes + bytes > BODY_BUDGET)) await this.flush();
    this.buffer.push({ seq, name: task.name, text, bytes });
    this.bufferBytes += bytes;
    if (this.buffer.length >= MAX_BATCH_DOCUMENTS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const docs = this.buffer;
    this.buffer = [];
    this.bufferBytes = 0;
    while (this.active.size >= this.concurrency) await Promise.race(this.active);
    const p: Promise<void> = this.send(docs).finally(() => this.active.delete(p));
    this.active.add(p);
  }

  async close(): Promise<void> {
    await this.flush();
    while (this.active.size > 0) await Promise.race(this.active);
  }

  private fail(docs: readonly Doc[], message: string): void {
    for (const d of docs) this.onOutcome(d.seq, { ok: false, error: { code: 'remote-failed', message } });
  }

  private async send(docs: Doc[]): Promise<void> {
    const s = this.settings;
    const retries = s.retries ?? 4;
    const sleep = s.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const body = `{"documents":[${docs.map((d) => `{"id":"${d.seq}","text":${JSON.stringify(d.text)}}`).join(',')}],"options":${this.optionsJson}}`;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
    if (s.apiKey) headers['authorization'] = `Bearer ${s.apiKey}`;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      let response: Response;
      try {
        response = await s.fetch(this.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(s.timeoutMs ?? 60_000), redirect: 'error' });
      } catch (error) {
        last = `the service could not be reached (${(error as Error).name}: ${(error as Error).message})`;
        if (attempt < retries) await sleep(this.delay(attempt, undefined));
        continue;
      }
      if (response.ok) {
        let data: { results?: Array<{ id?: string | null; ok?: boolean; report?: Report; error?: RemoteProblem }> };
        try {
          data = (await response.json()) as typeof data;
        } catch {
          this.fail(docs, 'the service answered with something that is not JSON');
          return;
        }
        const bySeq = new Map((data.results ?? []).map((r) => [r.id ?? '', r]));
        for (const d of docs) {
          const r = bySeq.get(String(d.seq));
          let outcome: Outcome;
          if (r?.ok === true && r.report?.schemaVersion === 1 && r.report.summary) {
            try {
              outcome = { ok: true, score: r.report.summary.score, payload: derive(r.report, this.job.format, d.name, this.job.why) };
            } catch (error) {
              outcome = failure(error);
            }
          } else if (r) {
            outcome = { ok: false, error: { code: 'remote-failed', message: `the service could not check it: ${problemText(r.error)}` } };
          } else {
            outcome = { ok: false, error: { code: 'remote-failed', message: 'the service sent no result for it' } };
          }
          this.onOutcome(d.seq, outcome);
        }
        return;
      }
      let problem: RemoteProblem | undefined;
      try {
        problem = (await response.json()) as RemoteProblem;
      } catch {
        problem = undefined;
      }
      last = `the service refused the batch (${response.status}: ${problemText(problem, response.status)})`;
      if (response.status === 413 && docs.length > 1) {
        // Split and try the halves on their own.
        const half = Math.ceil(docs.length / 2);
        await this.send(docs.slice(0, half));
        await this.send(docs.slice(half));
        return;
      }
      if (!RETRYABLE.has(response.status)) break;
      if (attempt < retries) await sleep(this.delay(attempt, response.headers.get('retry-after')));
    }
    this.fail(docs, last);
  }

  private delay(attempt: number, retryAfter: string | null | undefined): number {
    const base = this.settings.backoffMs ?? 500;
    const seconds = retryAfter ? Number(retryAfter) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000);
    return Math.min(base * 2 ** attempt, 30_000) * (0.75 + Math.random() * 0.5);
  }
}

/** Plan text may go over plain HTTP only to this computer. */
export function checkEndpoint(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--endpoint must be a URL such as https://clearplan.example.workers.dev, not "${value}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error('--endpoint must use https:// (plain http:// is allowed only for localhost), because plans are sensitive');
  if (url.username || url.password) throw new Error('--endpoint must not contain a user name or password: use --api-key');
  if (url.search || url.hash) throw new Error('--endpoint must not have a query string or #fragment');
  return url;
}
