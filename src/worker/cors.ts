/**
 * CORS for the API, off unless `CORS_ORIGINS` lists origins
 * (comma-separated, e.g. `https://cms.example.gov.uk`). A preflight from an
 * origin not on the list gets a 403 problem; other cross-origin requests get
 * no CORS headers, so the browser does not let the page read the answer.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export function allowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((o) => {
      let origin = o.trim();
      while (origin.endsWith('/')) origin = origin.slice(0, -1);
      return origin;
    })
    .filter((o) => o !== '');
}

export function apiCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const isPreflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (origin === undefined) {
      await next();
      return;
    }
    const allowed = allowedOrigins(c.env?.CORS_ORIGINS);
    const ok = allowed.includes(origin) || allowed.includes('*');
    if (isPreflight) {
      if (!ok) throw new ProblemError('forbidden-origin', 'This origin is not on the CORS allow-list.', {}, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Content-Type');
    }
  };
}
