/**
 * API keys. When the `API_KEYS` secret holds one or more comma-separated
 * keys, every `/api/v1/*` request must send `Authorization: Bearer <key>`.
 * With no keys configured (local `wrangler dev`) the API is open.
 *
 * Comparison is constant-time: the presented key and every configured key
 * are hashed with SHA-256 (so lengths do not leak), and every configured key
 * is compared over all 32 bytes with no early exit.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export function configuredKeys(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

async function sha256(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
}

/** True when `presented` equals one of `keys`; time depends only on the number of keys. */
export async function matchesAnyKey(presented: string, keys: readonly string[]): Promise<boolean> {
  const p = await sha256(presented);
  let matched = 0;
  for (const key of keys) {
    const k = await sha256(key);
    let diff = 0;
    for (let i = 0; i < 32; i++) diff |= (p[i] ?? 0) ^ (k[i] ?? 0);
    matched |= diff === 0 ? 1 : 0;
  }
  return matched === 1;
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="clearplan"' };

export function apiKeyAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const keys = configuredKeys(c.env?.API_KEYS);
    if (keys.length > 0 && c.req.method !== 'OPTIONS') {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
      if (!match) throw new ProblemError('unauthorized', 'Send the API key as `Authorization: Bearer <key>`.', {}, challenge);
      if (!(await matchesAnyKey(match[1]!, keys)))
        throw new ProblemError('unauthorized', 'The API key is not valid.', {}, { 'WWW-Authenticate': 'Bearer realm="clearplan", error="invalid_token"' });
    }
    await next();
  };
}
