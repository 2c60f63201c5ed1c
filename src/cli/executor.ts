/**
 * Executors run tasks and report outcomes by sequence number, in any order.
 * `submit` resolves when there is room for more, which is what keeps memory
 * flat however many plans there are.
 *
 * - `InlineExecutor` checks in this thread (`--jobs 1`, tests).
 * - `PoolExecutor` sends batches of tasks to worker threads, at most two
 *   batches outstanding per worker so none sits idle, and re-runs the tasks
 *   of a crashed worker one by one so one bad plan cannot take others down.
 */
import { Worker } from 'node:worker_threads';
import type { Outcome } from './derive.js';
import { runTask, type Job, type Task } from './task.js';
import type { BatchRequest, BatchResponse } from './worker.js';

export type OutcomeHandler = (seq: number, outcome: Outcome) => void;

export interface Executor {
  submit(seq: number, task: Task): Promise<void>;
  /** Sends on any tasks held back to fill a batch (the batch waits for their rows). */
  flush?(): Promise<void>;
  /** Waits for every submitted task's outcome, then frees resources. */
  close(): Promise<void>;
}

export class InlineExecutor implements Executor {
  constructor(
    private readonly job: Job,
    private readonly onOutcome: OutcomeHandler,
  ) {}
  async submit(seq: number, task: Task): Promise<void> {
    this.onOutcome(seq, await runTask(task, this.job));
  }
  async close(): Promise<void> {}
}

interface Item {
  seq: number;
  task: Task;
  retried: boolean;
}

interface Slot {
  worker: Worker;
  batches: Map<number, Item[]>;
  dead: boolean;
}

export class PoolExecutor implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Item[] = [];
  private nextBatch = 0;
  private waiters: Array<() => void> = [];
  private closing = false;
  private idle: (() => void) | undefined;
  private fatal: Error | undefined;

  constructor(
    private readonly url: URL,
    size: number,
    private readonly job: Job,
    private readonly onOutcome: OutcomeHandler,
    private readonly batchSize = 8,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { workerData: this.job });
    const slot: Slot = { worker, batches: new Map(), dead: false };
    worker.on('message', (response: BatchResponse) => {
      const items = slot.batches.get(response.id);
      slot.batches.delete(response.id);
      items?.forEach((item, i) => this.onOutcome(item.seq, response.outcomes[i] ?? { ok: false, error: { code: 'check-failed', message: 'no result came back' } }));
      this.progress();
    });
    const lost = (error: Error | undefined): void => {
      if (slot.dead) return;
      slot.dead = true;
      const index = this.slots.indexOf(slot);
      const orphans = [...slot.batches.values()].flat();
      slot.batches.clear();
      for (const item of orphans) {
        if (item.retried || orphans.length === 1) {
          this.onOutcome(item.seq, {
            ok: false,
            error: { code: 'check-failed', message: `the checker stopped while checking this plan${error ? ` (${error.name}: ${error.message.slice(0, 160)})` : ''}` },
          });
        } else {
          this.queue.unshift({ ...item, retried: true });
        }
      }
      if (index >= 0) {
        if (this.closing && this.queue.length === 0) this.slots.splice(index, 1);
        else {
          try {
            this.slots[index] = this.spawn();
          } catch (spawnError) {
            this.fatal = spawnError as Error;
            this.slots.splice(index, 1);
          }
        }
      }
      this.progress();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => {
      if (!slot.dead && (code !== 0 || slot.batches.size > 0)) lost(new Error(`worker exited with code ${code}`));
      slot.dead = true;
    });
    return slot;
  }

  private outstanding(): number {
    let n = 0;
    for (const s of this.slots) n += s.batches.size;
    return n;
  }

  private dispatch(): void {
    for (;;) {
      if (this.queue.length === 0) return;
      const free = this.slots
        .filter((s) => !s.dead && s.batches.size < 2)
        .sort((a, b) => a.batches.size - b.batches.size)[0];
      if (!free) return;
      const first = this.queue[0];
      // Send a part batch only to an idle worker, or at the end.
      const size = first?.retried ? 1 : this.batchSize;
      if (this.queue.length < size && free.batches.size > 0 && !this.closing) return;
      const items = first?.retried ? this.queue.splice(0, 1) : this.queue.splice(0, Math.min(size, this.queue.length));
      const id = this.nextBatch++;
      free.batches.set(id, items);
      const request: BatchRequest = { id, tasks: items.map((i) => i.task) };
      free.worker.postMessage(request);
    }
  }

  private progress(): void {
    this.dispatch();
    if (this.queue.length < this.batchSize * this.slots.length * 2) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
    if (this.closing && this.queue.length === 0 && this.outstanding() === 0) this.idle?.();
    if (this.fatal && this.slots.length === 0) {
      // No worker can be started: fail what is left rather than hang.
      for (const item of this.queue.splice(0)) this.onOutcome(item.seq, { ok: false, error: { code: 'check-failed', message: `no checker could be started (${this.fatal.message})` } });
      this.idle?.();
    }
  }

  async submit(seq: number, task: Task): Promise<void> {
    this.queue.push({ seq, task, retried: false });
    this.dispatch();
    if (this.queue.length >= this.batchSize * this.slots.length * 2) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closing = true;
    await new Promise<void>((resolve) => {
      this.idle = resolve;
      this.progress();
    });
    const slots = this.slots.splice(0);
    for (const s of slots) s.dead = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
