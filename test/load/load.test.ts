/**
 * The bounded load test (test/load/load.ts): the Worker under `wrangler dev`
 * on loopback, autocannon for 15 seconds with real 1,500-word plans. Every
 * answer must be a 2xx, and workerd's memory must not keep growing.
 */
import { describe, expect, it } from 'vitest';
import { describeLoad, realPlans, runLoad } from './load.js';

describe('load', () => {
  it('uses real plans of 1,500 words, each a different text', () => {
    const texts = realPlans(1500);
    expect(texts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of texts) expect(t.split(/\s+/).filter(Boolean).length).toBe(1500);
  });

  it('answers every request for 15 s with no error and no memory growth', { timeout: 120_000 }, async () => {
    const r = await runLoad({ seconds: 15, connections: 4 });
    console.log(describeLoad(r));
    expect(r.errors).toBe(0);
    expect(r.timeouts).toBe(0);
    expect(r.non2xx).toBe(0);
    // A 1,500-word check costs about 20 ms of CPU; even on a busy 2-core machine that is well over 2 a second.
    expect(r.requests).toBeGreaterThanOrEqual(30);
    expect(r.latencyMs.p50).toBeGreaterThan(0);
    // Memory: the second half of the run may not climb much above the first (a leak grows with every
    // request), and the whole run stays within a generous bound of where the warm-up left it.
    expect(r.rssMiB.secondHalfMax).toBeLessThanOrEqual(r.rssMiB.firstHalfMax * 1.25 + 32);
    expect(r.rssMiB.afterLoad).toBeLessThanOrEqual(r.rssMiB.afterWarmUp + 128);
  });
});
