/**
 * The batch's memory bound: rows that are checked but cannot be written yet
 * (behind a slower plan, or a slow output) are capped, and while they are at
 * the cap no more plans are handed out. Without the cap a run holds every
 * report checked during the wait (~130 KB each as JSON). No timers: each
 * test lets the batch run until it can go no further, then looks.
 */
import { describe, expect, it } from 'vitest';
import { runBatch, type PendingLimits } from '../../src/cli/batch.js';
import type { Outcome } from '../../src/cli/derive.js';
import type { Executor } from '../../src/cli/executor.js';
import type { Source } from '../../src/cli/inputs.js';
import type { BatchTotals, Row, Sink } from '../../src/cli/output.js';
import { Progress } from '../../src/cli/progress.js';
import type { Task } from '../../src/cli/task.js';

const settings = { textColumn: 'text', idColumn: undefined, groupBy: 'folder', minScore: undefined };
const io = { readStdin: async (): Promise<Uint8Array> => new Uint8Array(), onError: (): void => {} };
const quiet = new Progress({ write: () => true }, false);

function files(n: number): Source[] {
  return Array.from({ length: n }, (_, i) => ({ kind: 'file' as const, name: `p${i}.txt`, path: `/nowhere/p${i}.txt`, type: 'text' as const, size: 10 }));
}

function ok(json = '{}'): Outcome {
  return { ok: true, score: 90, payload: { format: 'jsonl', json } };
}

/** Lets every pending promise and I/O callback run until nothing more happens. */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
}

/** Answers each task at once, except those in `hold`, which wait for `release`. */
class FakeExecutor implements Executor {
  submitted = 0;
  held = new Map<number, Task>();
  constructor(
    private readonly onOutcome: (seq: number, outcome: Outcome) => void,
    private readonly hold: Set<number>,
    private readonly outcome: () => Outcome = () => ok(),
  ) {}
  async submit(seq: number, task: Task): Promise<void> {
    this.submitted++;
    if (this.hold.has(seq)) this.held.set(seq, task);
    else this.onOutcome(seq, this.outcome());
  }
  release(): void {
    for (const seq of this.held.keys()) this.onOutcome(seq, this.outcome());
    this.held.clear();
  }
  async close(): Promise<void> {
    this.release();
  }
}

class RecordingSink implements Sink {
  names: string[] = [];
  gate: Promise<void> | undefined;
  async row(row: Row): Promise<void> {
    await this.gate;
    this.names.push(row.name);
  }
  async end(_t: BatchTotals): Promise<void> {}
}

describe('rows waiting to be written are capped', () => {
  it('hands out no more plans while one slow plan holds up the rest', async () => {
    const limits: PendingLimits = { rows: 10, chars: Infinity };
    const sink = new RecordingSink();
    let ex: FakeExecutor | undefined;
    const done = runBatch(files(200), new Map(), settings, (on) => (ex = new FakeExecutor(on, new Set([0]))), sink, quiet, io, limits);
    await settle();
    // Plan 0 is still being checked: 10 rows wait behind it, and no more plans were handed out.
    expect(sink.names).toEqual([]);
    expect(ex?.submitted).toBeLessThanOrEqual(limits.rows + 1);
    ex?.release();
    const totals = await done;
    expect(totals.plans).toBe(200);
    expect(sink.names).toEqual(files(200).map((f) => f.name));
  });

  it('counts the characters the rows hold, not just the rows', async () => {
    const limits: PendingLimits = { rows: 1000, chars: 50_000 };
    const sink = new RecordingSink();
    let ex: FakeExecutor | undefined;
    const big = (): Outcome => ok(`"${'x'.repeat(10_000)}"`);
    const done = runBatch(files(100), new Map(), settings, (on) => (ex = new FakeExecutor(on, new Set([0]), big)), sink, quiet, io, limits);
    await settle();
    expect(ex?.submitted).toBeLessThanOrEqual(6 + 1);
    ex?.release();
    expect((await done).plans).toBe(100);
  });

  it('stops handing out plans while the output is behind', async () => {
    const limits: PendingLimits = { rows: 10, chars: Infinity };
    const sink = new RecordingSink();
    let open!: () => void;
    sink.gate = new Promise((r) => (open = r));
    let ex: FakeExecutor | undefined;
    const done = runBatch(files(200), new Map(), settings, (on) => (ex = new FakeExecutor(on, new Set())), sink, quiet, io, limits);
    await settle();
    // One row is being written (the output is stuck), 10 wait.
    expect(ex?.submitted).toBeLessThanOrEqual(limits.rows + 2);
    open();
    expect((await done).plans).toBe(200);
    expect(sink.names).toHaveLength(200);
  });

  it('does not wait for a row an executor holds back to fill a batch', async () => {
    // Like the remote executor: tasks wait in a part batch until flush(). Rows
    // that need no check (error rows) can fill the cap behind such a task.
    class Batching extends FakeExecutor {
      override async submit(seq: number, task: Task): Promise<void> {
        this.submitted++;
        this.held.set(seq, task);
      }
      async flush(): Promise<void> {
        this.release();
      }
    }
    const limits: PendingLimits = { rows: 5, chars: Infinity };
    const missing: Source[] = Array.from({ length: 20 }, (_, i) => ({ kind: 'error', name: `gone${i}.txt`, error: { code: 'not-found', message: 'no such file' } }));
    const sources = [...files(1), ...missing, ...files(3)];
    const sink = new RecordingSink();
    const totals = await runBatch(sources, new Map(), settings, (on) => new Batching(on, new Set()), sink, quiet, io, limits);
    expect(totals.plans).toBe(24);
    expect(sink.names).toEqual(sources.map((s) => s.name));
  });
});
