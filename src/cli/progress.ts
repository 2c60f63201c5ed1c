/**
 * A one-line progress bar for a terminal: plans done, rate, time left.
 * Shown only when stderr is a TTY; silent when piped or with --quiet.
 */
export interface TtyLike {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressState {
  done: number;
  /** Total plans, when known before the end (not when a CSV or stdin is still being read). */
  total: number | undefined;
  bytesDone: number;
  bytesTotal: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '…';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m < 60 ? `${m} min ${s} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The line shown, without control characters. Pure. */
export function progressLine(p: ProgressState, elapsedMs: number, width: number): string {
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : p.total ? p.done / p.total : 0;
  const left = fraction > 0.01 && secs > 0.5 ? formatDuration((secs * (1 - fraction)) / fraction) : '…';
  const count = p.total === undefined ? `${p.done.toLocaleString('en-GB')} plans` : `${p.done.toLocaleString('en-GB')}/${p.total.toLocaleString('en-GB')} plans`;
  const text = ` ${Math.floor(fraction * 100)}% ${count} · ${rate.toFixed(rate < 10 ? 1 : 0)}/s · ${left} left`;
  const barWidth = Math.max(10, Math.min(30, width - text.length - 3));
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`.slice(0, Math.max(20, width - 1));
}

export class Progress {
  private last = 0;
  private readonly start: number;
  private shown = false;
  constructor(
    private readonly tty: TtyLike,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }
  update(p: ProgressState, force = false): void {
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.last < 100) return;
    this.last = t;
    this.shown = true;
    this.tty.write(`\r${progressLine(p, t - this.start, this.tty.columns ?? 80)}\u001b[K`);
  }
  /** Clears the line so other messages print cleanly. */
  clear(): void {
    if (this.enabled && this.shown) this.tty.write('\r\u001b[K');
    this.shown = false;
  }
}
