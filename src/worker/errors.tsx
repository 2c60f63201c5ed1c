/** @jsxImportSource #jsx */
/**
 * One place turns every failure into a response: RFC 9457 problem+json for
 * the API and for clients that do not ask for HTML, a plain HTML page for a
 * browser. Nothing is logged: an error could carry plan text.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Hono } from 'hono';
import { MessagePage } from '../../web/views/MessagePage.js';
import type { AppEnv } from './env.js';
import { PROBLEM_TYPES, problemResponse, ProblemError, type ProblemSlug } from './problem.js';

const SLUG_BY_STATUS: Record<number, ProblemSlug> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden-origin',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'body-too-large',
  415: 'unsupported-media-type',
};

function wantsHtml(c: Context): boolean {
  if (c.req.path.startsWith('/api/')) return false;
  return /\btext\/html\b/i.test(c.req.header('accept') ?? '');
}

export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof HTTPException) {
    const slug = SLUG_BY_STATUS[error.status];
    if (slug === 'forbidden-origin') return new ProblemError(slug, 'Cross-site form posts are not accepted.');
    if (slug !== undefined) return new ProblemError(slug);
  }
  return new ProblemError('internal-error');
}

export function respond(c: Context<AppEnv>, error: ProblemError): Response | Promise<Response> {
  if (wantsHtml(c)) {
    const t = PROBLEM_TYPES[error.slug];
    const page = (
      <MessagePage title={t.title} heading={t.title}>
        <p class="cp-body">{error.slug === 'internal-error' ? t.help : error.message}</p>
      </MessagePage>
    );
    return c.html(String(page), error.status, { 'Cache-Control': 'no-store', ...error.headers });
  }
  return problemResponse(error);
}

/** The methods the app has routes for at `path` (empty when the path is unknown). */
export function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const pattern = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/:[^/]+/g, '/[^/]+')}$`);
    if (pattern.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

export function installErrorHandling(app: Hono<AppEnv>): void {
  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.path);
    if (allow.length > 0 && !allow.includes(c.req.method)) {
      return respond(c, new ProblemError('method-not-allowed', `${c.req.method} is not allowed here; use ${allow.join(', ')}.`, {}, { Allow: allow.join(', ') }));
    }
    return respond(c, new ProblemError('not-found', `There is nothing at ${c.req.path.slice(0, 200)}.`));
  });
  app.onError((error, c) => respond(c, toProblem(error)));
}
