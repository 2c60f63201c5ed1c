/**
 * Every hostile or broken request (hostile-cases.ts) through `app.request`:
 * a 4xx problem+json with `no-store`, never a 500, nothing logged or
 * fetched, and a normal check answered right after each one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BINDINGS, HOSTILE_CASES, normalInit, withOrigin } from './hostile-cases.js';
import { app, expectProblem, ORIGIN } from './helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('hostile and broken requests (app.request)', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ${c.status} ${c.slug}, and the Worker keeps serving`, async () => {
      const logged: unknown[] = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const res = await app.request(c.path, withOrigin(c.init(), ORIGIN), BINDINGS);
      await expectProblem(res, c.status, c.slug);
      const next = await app.request('/api/v1/check', normalInit(), BINDINGS);
      expect(next.status).toBe(200);
      expect(((await next.json()) as { summary: { words: number } }).summary.words).toBeGreaterThan(10);
      expect(logged).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    });
  }
});
