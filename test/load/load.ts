/**
 * A bounded local load test: the built Worker under `wrangler dev` on
 * loopback, driven by autocannon with real plans of about 1,500 words
 * (POST /api/v1/check), for at most 30 seconds. Reports requests per second,
 * latency percentiles, errors and non-2xx answers, and workerd's resident
 * memory after a warm-up and after the load.
 *
 * Run: `npx tsx test/load/load.ts [--seconds 20] [--connections 4]`;
 * test/load/load.test.ts runs it with the figures checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startWranglerDev } from './wrangler-dev.js';

export const ASSETS = 'test-results/load-web';
const PLAN_DIRS = ['test/fixtures/plans', '../shared/dev-plans'];

/** Real plans (our labelled fixtures and, when present, the development plans), joined into texts of about `words` words each. */
export function realPlans(words: number): string[] {
  const plans = PLAN_DIRS.filter((d) => existsSync(d)).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(`${d}/${f}`, 'utf8')),
  );
  if (plans.length === 0) throw new Error('no plans found in test/fixtures/plans');
  const out: string[] = [];
  // Each text starts at a different plan (so the bodies differ) and runs on
  // through the next ones, cut after `words` words, line breaks kept.
  for (let start = 0; start < plans.length; start++) {
    const tokens = [...plans.slice(start), ...plans.slice(0, start)].join('\n\n').split(/(?<=\s)(?=\S)/);
    const text: string[] = [];
    for (let i = 0; text.length < words; i++) text.push(tokens[i % tokens.length]!);
    out.push(text.join('').trimEnd());
  }
  return out;
}

export interface LoadResult {
  seconds: number;
  connections: number;
  plans: number;
  wordsPerPlan: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** workerd's resident memory (all its processes), sampled every half second during the load. */
  rssMiB: { afterWarmUp: number; firstHalfMax: number; secondHalfMax: number; afterLoad: number };
}

export async function runLoad(options: { seconds?: number; connections?: number } = {}): Promise<LoadResult> {
  const seconds = Math.min(options.seconds ?? 20, 30);
  const connections = options.connections ?? 4;
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--out', ASSETS], { stdio: 'ignore' });
  const texts = realPlans(1500);
  const wordsPerPlan = Math.round(texts.reduce((s, t) => s + t.split(/\s+/).filter(Boolean).length, 0) / texts.length);
  const requests = texts.map((text) => ({ method: 'POST' as const, path: '/api/v1/check', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }));
  const dev = await startWranglerDev({ assets: ASSETS });
  try {
    // Warm up: every plan a few times, each answer checked.
    for (let round = 0; round < 3; round++) {
      for (const r of requests) {
        const res = await fetch(`${dev.base}${r.path}`, { method: 'POST', headers: r.headers, body: r.body });
        const report = (await res.json()) as { summary?: { words: number } };
        if (res.status !== 200 || !report.summary || report.summary.words < 1000) throw new Error(`warm-up answer ${res.status}`);
      }
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const afterWarmUp = sum(dev.workerdRssMiB());
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(sum(dev.workerdRssMiB())), 500);
    const result = await autocannon({ url: dev.base, connections, duration: seconds, requests, timeout: 10 });
    clearInterval(sampler);
    // Let workerd settle, then read memory again.
    await new Promise((r) => setTimeout(r, 1000));
    const afterLoad = sum(dev.workerdRssMiB());
    const half = Math.floor(samples.length / 2);
    const firstHalfMax = Math.max(...samples.slice(0, half));
    const secondHalfMax = Math.max(...samples.slice(half));
    return {
      seconds,
      connections,
      plans: texts.length,
      wordsPerPlan,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssMiB: { afterWarmUp: Math.round(afterWarmUp), firstHalfMax: Math.round(firstHalfMax), secondHalfMax: Math.round(secondHalfMax), afterLoad: Math.round(afterLoad) },
    };
  } finally {
    await dev.stop();
  }
}

export function describeLoad(r: LoadResult): string {
  return [
    `${r.requests} requests in ${r.seconds} s over ${r.connections} connections (${r.plans} real plans of about ${r.wordsPerPlan} words)`,
    `${r.requestsPerSecond.toFixed(1)} requests/s; latency p50 ${r.latencyMs.p50} ms, p97.5 ${r.latencyMs.p97_5} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`,
    `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
    `workerd RSS ${r.rssMiB.afterWarmUp} MiB after warm-up; peak ${r.rssMiB.firstHalfMax} MiB in the first half of the load, ${r.rssMiB.secondHalfMax} MiB in the second; ${r.rssMiB.afterLoad} MiB after`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : undefined;
  };
  const seconds = arg('--seconds');
  const connections = arg('--connections');
  const result = await runLoad({ ...(seconds === undefined ? {} : { seconds }), ...(connections === undefined ? {} : { connections }) });
  console.log(describeLoad(result));
}
