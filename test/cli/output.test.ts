/** The output writer: small writes gathered into large ones, in order, nothing held back for long, 'drain' honoured. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { foldFindings, planStats } from '../../src/cli/derive.js';
import { renderHtml, type HtmlPlan } from '../../src/cli/html.js';
import { createSink, writer, type Row } from '../../src/cli/output.js';

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

describe('html report', () => {
  it('is written in pieces of about the chunk size, never as one string of every plan', async () => {
    const report = check('The LA will monitor via the core group. Mum to engage with CAMHS asap.\nDad will take Amy to the dentist by 3rd March 2026.\n'.repeat(20));
    const stats = planStats(report);
    const findings = foldFindings(report);
    const rows: Row[] = Array.from({ length: 400 }, (_, i) => ({ name: `team-${i % 3}/p${i}.txt`, file: `team-${i % 3}/p${i}.txt`, group: `team-${i % 3}`, outcome: { ok: true, score: stats.score, payload: { format: 'html', stats, findings } } }));
    const s = new Stream();
    const out = writer(s, 64 * 1024);
    const settings = { format: 'html' as const, single: false, carried: [], withRow: false, withId: false, groupLabel: 'folder', targetReadingAge: 11, version: '1.0.0', rulesVersion: '1.0.0' };
    const sink = createSink(out, settings);
    for (const r of rows) await sink.row(r);
    await sink.end({ plans: 400, checked: 400, failed: 0, belowMinScore: 0, minScore: undefined });
    await out.flush();
    const plans: HtmlPlan[] = rows.map((r) => ({ name: r.name, group: r.group, stats, findings }));
    const whole = renderHtml(plans, { groupLabel: 'folder', targetReadingAge: 11, minScore: undefined, version: '1.0.0', rulesVersion: '1.0.0' });
    expect(s.writes.join('')).toBe(whole);
    expect(whole.length).toBeGreaterThan(500 * 1024);
    // The head (charts, styles) is one piece; after it, pieces of 64 KB and a row.
    expect(Math.max(...s.writes.map((w) => w.length))).toBeLessThan(200 * 1024);
  });
});
