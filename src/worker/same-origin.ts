/**
 * Cross-site form posts are refused, as Hono's `csrf()` middleware with its
 * default options does (and with the same 403 HTTPException), in a few lines
 * instead of its configurable version: a request that is not GET, HEAD or
 * OPTIONS and whose content type a form can send (none counts as text/plain)
 * must come with `Sec-Fetch-Site: same-origin` or an `Origin` equal to the
 * request's own. test/worker/same-origin.test.ts compares the two.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

const FORM_TYPE = /^\b(?:application\/x-www-form-urlencoded|multipart\/form-data|text\/(?:plain|ping))\b/i;

export const sameOriginForms: MiddlewareHandler = async (c, next) => {
  if (
    !/^(?:GET|HEAD|OPTIONS)$/.test(c.req.method) &&
    FORM_TYPE.test(c.req.header('content-type') || 'text/plain') &&
    c.req.header('sec-fetch-site') !== 'same-origin' &&
    c.req.header('origin') !== new URL(c.req.url).origin
  ) {
    throw new HTTPException(403, { res: new Response('Forbidden', { status: 403 }) });
  }
  await next();
};
