/**
 * Security headers on every response, and `Cache-Control: no-store` on every
 * response that has not chosen its own caching (so anything carrying plan
 * text is never cached by a browser or proxy).
 *
 * The CSP allows scripts and styles from this origin only: no inline script
 * or style, no third-party anything, and `connect-src 'none'`, so the page's
 * own script cannot send the text anywhere. Trusted Types restrict HTML
 * insertion to the one policy in app.js.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'none'"],
  fontSrc: ["'none'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ['clearplan'],
};

/** `defaultSrc: ["'none'"]` as `default-src 'none'`, and so on. */
const csp = Object.entries(CONTENT_SECURITY_POLICY)
  .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
  .join('; ');

/**
 * Set on every response, replacing any a handler set. These are the headers
 * Hono's `secureHeaders` middleware gave with this policy (its defaults plus
 * DENY framing, no referrer, a year of HSTS and no powerful features),
 * written out because the middleware's option handling cost about 1 KB of
 * the Worker's gzip budget; test/worker/security.test.ts compares the two.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', csp],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-read=(), browsing-topics=()'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
    for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    headers.delete('X-Powered-By');
  };
}
