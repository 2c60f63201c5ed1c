/** The output writer: small writes gathered into large ones, in order, nothing held back for long, 'drain' honoured. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writer } from '../../src/cli/output.js';

/** A stream that records each write call and says it is full after `room` characters until drained. */
class Stream extends EventEmitter {
  writes: string[] = [];
  held = 0;
  constructor(private readonly room = Infinity) {
    super();
  }
  write(chunk: string): boolean {
    this.writes.push(chunk);
    this.held += chunk.length;
    return this.held < this.room;
  }
  drain(): void {
    this.held = 0;
    this.emit('drain');
  }
}

describe('writer', () => {
  it('turns 10,000 rows into a few writes of about the chunk size, in order', async () => {
    const s = new Stream();
    const w = writer(s, 64 * 1024);
    const rows = Array.from({ length: 10_000 }, (_, i) => `plans/p${i}.txt,ok,,${i % 100}\n`);
    for (const r of rows) await w.write(r);
    await w.flush();
    expect(s.writes.join('')).toBe(rows.join(''));
    expect(s.writes.length).toBeLessThanOrEqual(Math.ceil(rows.join('').length / (64 * 1024)) + 1);
  });

  it('writes a lone row out within the delay, without a flush', async () => {
    const s = new Stream();
    const w = writer(s, 64 * 1024, 20);
    await w.write('one row\n');
    expect(s.writes).toEqual([]);
    await new Promise((r) => setTimeout(r, 80));
    expect(s.writes).toEqual(['one row\n']);
  });

  it('waits for drain when the stream is full', async () => {
    const s = new Stream(10);
    const w = writer(s, 8);
    let resolved = false;
    const p = w.write('0123456789').then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    s.drain();
    await p;
    expect(resolved).toBe(true);
    expect(s.writes).toEqual(['0123456789']);
  });
});
