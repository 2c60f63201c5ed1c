/**
 * The JSON API under `/api/v1`. Routes are declared with `createRoute` so the
 * zod schemas that validate each request also generate `/openapi.json`.
 */
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { check, InputError, OptionsError, RULES, type CheckOptions } from '../engine/index.js';
import { apiKeyAuth } from './auth.js';
import { readJson } from './body.js';
import { apiCors } from './cors.js';
import type { AppEnv } from './env.js';
import { MAX_BATCH_BODY_BYTES, MAX_BATCH_DOCUMENTS, MAX_BODY_BYTES, MAX_TEXT_CHARS } from './limits.js';
import { problemBody, ProblemError } from './problem.js';
import {
  BatchDocumentSchema,
  BatchRequestSchema,
  BatchResponseSchema,
  CheckRequestSchema,
  ProblemSchema,
  ReportSchema,
  RulesResponseSchema,
} from './schemas.js';
import { CATEGORY_INFO } from './categories.js';

/** `a.b[2].c` from a zod issue path. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.slice(0, 50).map((i) => ({ path: issuePath(i.path), message: i.message }));
}

/** A text over the limit is a 413 (as a body over the limit is); any other schema failure is a 400. */
export function problemFromIssues(issues: readonly z.core.$ZodIssue[], detail: string): ProblemError {
  const tooLong = issues.some((i) => i.code === 'too_big' && i.path.length === 1 && i.path[0] === 'text');
  if (tooLong) return new ProblemError('body-too-large', `The text is longer than ${MAX_TEXT_CHARS} characters.`, { limit: MAX_TEXT_CHARS, unit: 'characters' });
  return new ProblemError('invalid-request', detail, { errors: issuesToErrors(issues) });
}

/** Reads the JSON body within `limit` bytes and hands it to the route's validator. */
function jsonBody(limit: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { text } = await readJson(c.req.raw, limit);
    // The zod validator reads the body through Hono's body cache (a promise per
    // body type); giving it the text we already checked avoids a second read.
    (c.req.bodyCache as Record<string, unknown>)['text'] = Promise.resolve(text);
    await next();
  };
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

const problemResponses = (statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description:
          { 400: 'Malformed JSON, invalid UTF-8, or a request that does not match the schema', 401: 'Missing or wrong API key', 413: 'Body over the size limit', 415: 'Content-Type is not application/json' }[s] ??
          'Problem',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );

const checkRoute = createRoute({
  method: 'post',
  path: '/check',
  summary: 'Check one plan',
  description: `Returns the report for one plan. The body may be at most ${MAX_BODY_BYTES} bytes. The text is checked in memory and never stored or logged.`,
  security: [{ bearer: [] }],
  middleware: [jsonBody(MAX_BODY_BYTES)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: CheckRequestSchema } } } },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: ReportSchema } } },
    ...problemResponses([400, 401, 413, 415]),
  },
});

const batchRoute = createRoute({
  method: 'post',
  path: '/check/batch',
  summary: 'Check several plans',
  description: `Checks up to ${MAX_BATCH_DOCUMENTS} documents; the body may be at most ${MAX_BATCH_BODY_BYTES} bytes. A document that is not valid gets an error entry with its id; the others are still checked.`,
  security: [{ bearer: [] }],
  middleware: [jsonBody(MAX_BATCH_BODY_BYTES)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: BatchRequestSchema } } } },
  responses: {
    200: { description: 'One result per document', content: { 'application/json': { schema: BatchResponseSchema } } },
    ...problemResponses([400, 401, 413, 415]),
  },
});

const rulesRoute = createRoute({
  method: 'get',
  path: '/rules',
  summary: 'The rules and their version',
  description: 'Every term the checker looks for, with its plainer alternatives and explanation, for clients that show explanations.',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The rules', content: { 'application/json': { schema: RulesResponseSchema } } },
    ...problemResponses([401]),
  },
});

export const rulesDocument: z.infer<typeof RulesResponseSchema> = {
  name: RULES.name,
  version: RULES.version,
  settings: { ...RULES.settings },
  categories: CATEGORY_INFO.map(({ id, label, description }) => ({ id, label, description })),
  terms: RULES.terms.map((t) => {
    const out: z.infer<typeof RulesResponseSchema>['terms'][number] = {
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

export function createApi() {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw problemFromIssues(result.error.issues, 'The request does not match the schema.');
    },
  }).basePath('/api/v1');

  api.use('*', apiCors());
  api.use('*', apiKeyAuth());

  api.openapi(checkRoute, (c) => {
    const { text, options } = c.req.valid('json');
    return c.json(runCheck(text, options as CheckOptions | undefined), 200, { 'Cache-Control': 'no-store' });
  });

  api.openapi(batchRoute, (c) => {
    const { documents, options } = c.req.valid('json');
    const seen = new Set<string>();
    let ok = 0;
    const results = documents.map((raw, index) => {
      const parsed = BatchDocumentSchema.safeParse(raw);
      const rawId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
      if (!parsed.success) {
        const problem = problemFromIssues(parsed.error.issues, `Document ${index} does not match the schema.`);
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

  api.openapi(rulesRoute, (c) => c.json(rulesDocument, 200, { 'Cache-Control': 'public, max-age=300' }));

  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Needed only when the service has API keys configured (the API_KEYS secret).',
  });

  api.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'clearplan API',
      version: '1.0.0',
      description:
        'Plain-language checks for child protection plans in England. Plan text is checked in memory and never stored, logged or sent anywhere. Errors are RFC 9457 `application/problem+json`.',
    },
    servers: [{ url: new URL(c.req.url).origin }],
  }));

  return api;
}
