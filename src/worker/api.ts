/**
 * The JSON API under `/api/v1`. Requests are validated by validate.ts (the
 * hand-written equivalent of the zod schemas in schemas.ts), and
 * `/openapi.json` is the document generated from those schemas at build time:
 * a static file of the assets (src/build/compile-openapi.ts), read through the
 * ASSETS binding after the API-key check (wrangler.toml runs the Worker first
 * for `/api/*`, so the file is never served without that check).
 */
import { Hono } from 'hono/tiny';
import { check, InputError, OptionsError, RULES, type CheckOptions } from '../engine/index.js';
import { apiKeyAuth } from './auth.js';
import { readJson } from './body.js';
import { CATEGORY_INFO } from './categories.js';
import { apiCors } from './cors.js';
import { familiarWords } from './familiar-words.js';
import type { AppEnv } from './env.js';
import { MAX_BATCH_BODY_BYTES, MAX_BODY_BYTES, MAX_TEXT_CHARS } from './limits.js';
import { problemBody, ProblemError } from './problem.js';
import type { RulesResponse } from './schemas.js';
import { validateBatchDocument, validateBatchRequest, validateCheckRequest, type Issue, type Validation } from './validate.js';

/** `a.b[2].c` from an issue path. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function issuesToErrors(issues: readonly Issue[]): { path: string; message: string }[] {
  return issues.slice(0, 50).map((i) => ({ path: issuePath(i.path), message: i.message }));
}

/** A text over the limit is a 413 (as a body over the limit is); any other schema failure is a 400. */
export function problemFromIssues(issues: readonly Issue[], detail: string): ProblemError {
  const tooLong = issues.some((i) => i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'text');
  if (tooLong) return new ProblemError('body-too-large', `The text is longer than ${MAX_TEXT_CHARS} characters.`, { limit: MAX_TEXT_CHARS, unit: 'characters' });
  return new ProblemError('invalid-request', detail, { errors: issuesToErrors(issues) });
}

/** Reads the JSON body within `limit` bytes and validates it. */
async function validBody<T>(req: Request, limit: number, validate: (value: unknown) => Validation<T>): Promise<T> {
  const { value } = await readJson(req, limit);
  const parsed = validate(value);
  if (!parsed.success) throw problemFromIssues(parsed.issues, 'The request does not match the schema.');
  return parsed.data;
}

/** The OpenAPI document as served from `origin`: the built file's `document` (compact JSON), with `servers` last. */
export function openApiJson(document: string, origin: string): string {
  return `${document.slice(0, -1)},"servers":[{"url":${JSON.stringify(origin)}}]}`;
}

function runCheck(text: string, options: CheckOptions | undefined) {
  try {
    return check(text, options);
  } catch (error) {
    if (error instanceof OptionsError) throw new ProblemError('invalid-options', error.message);
    if (error instanceof InputError) throw new ProblemError('body-too-large', error.message, { limit: MAX_TEXT_CHARS, unit: 'characters' });
    throw error;
  }
}

/** The rules as the API serves them, built on the first request for them (not at isolate start-up). */
let rulesDocumentCache: RulesResponse | undefined;
export function rulesDocument(): RulesResponse {
  return (rulesDocumentCache ??= buildRulesDocument());
}

function buildRulesDocument(): RulesResponse {
  return {
  name: RULES.name,
  version: RULES.version,
  settings: { ...RULES.settings },
  categories: CATEGORY_INFO.map(({ id, label, description }) => ({ id, label, description })),
  terms: RULES.terms.map((t) => {
    const out: RulesResponse['terms'][number] = {
      id: t.id,
      term: t.term,
      plain: t.plain,
      note: t.note,
      category: t.category,
      severity: t.severity,
      source: t.source,
      explain: t.explain,
    };
    if (t.url !== undefined) out.url = t.url;
    return out;
  }),
  };
}

export function createApi() {
  const api = new Hono<AppEnv>().basePath('/api/v1');

  api.use('*', apiCors());
  api.use('*', apiKeyAuth());

  api.post('/check', familiarWords, async (c) => {
    const { text, options } = await validBody(c.req.raw, MAX_BODY_BYTES, validateCheckRequest);
    return c.json(runCheck(text, options as CheckOptions | undefined), 200, { 'Cache-Control': 'no-store' });
  });

  api.post('/check/batch', familiarWords, async (c) => {
    const { documents, options } = await validBody(c.req.raw, MAX_BATCH_BODY_BYTES, validateBatchRequest);
    const seen = new Set<string>();
    let ok = 0;
    const results = documents.map((raw, index) => {
      const parsed = validateBatchDocument(raw);
      const rawId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
      if (!parsed.success) {
        const problem = problemFromIssues(parsed.issues, `Document ${index} does not match the schema.`);
        return { index, id: rawId, ok: false as const, error: problemBody(problem.slug, problem.message, problem.extensions) };
      }
      const doc = parsed.data;
      if (seen.has(doc.id)) {
        return { index, id: doc.id, ok: false as const, error: problemBody('invalid-request', `The id "${doc.id}" is used by an earlier document.`) };
      }
      seen.add(doc.id);
      try {
        const report = runCheck(doc.text, (doc.options ?? options) as CheckOptions | undefined);
        ok++;
        return { index, id: doc.id, ok: true as const, report };
      } catch (error) {
        if (error instanceof ProblemError) return { index, id: doc.id, ok: false as const, error: problemBody(error.slug, error.message, error.extensions) };
        throw error;
      }
    });
    return c.json({ results, summary: { documents: documents.length, ok, failed: documents.length - ok } }, 200, { 'Cache-Control': 'no-store' });
  });

  api.get('/rules', (c) => c.json(rulesDocument(), 200, { 'Cache-Control': 'public, max-age=300' }));

  api.get('/openapi.json', async (c) => {
    const url = new URL('/api/v1/openapi.json', c.req.url);
    const file = await c.env?.ASSETS?.fetch(url);
    if (!file?.ok) throw new ProblemError('not-found');
    return c.body(openApiJson(await file.text(), url.origin), 200, { 'Content-Type': 'application/json' });
  });

  return api;
}
