/**
 * RFC 9457 problem details. Every error the Worker answers is one of these
 * types; `type` is a relative URI that resolves to a short page on the same
 * Worker (`/problems/<slug>`), so it works on any deployment.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ProblemType {
  status: ContentfulStatusCode;
  title: string;
  /** What a client should do about it. */
  help: string;
}

export const PROBLEM_TYPES = {
  'invalid-json': { status: 400, title: 'The request body is not valid JSON', help: 'Send a JSON object encoded as UTF-8.' },
  'invalid-utf8': { status: 400, title: 'The request body is not valid UTF-8', help: 'Encode the body as UTF-8.' },
  'invalid-request': {
    status: 400,
    title: 'The request does not match the schema',
    help: 'See `errors` for each field that is wrong, and /api/v1/openapi.json for the schema.',
  },
  'invalid-options': { status: 400, title: 'The check options are not valid', help: 'See `detail`; the options are described in /api/v1/openapi.json.' },
  'unreadable-body': { status: 400, title: 'The request body could not be read', help: 'Send the whole body again.' },
  unauthorized: {
    status: 401,
    title: 'A valid API key is needed',
    help: 'Send `Authorization: Bearer <key>` with a key the service owner gave you.',
  },
  'forbidden-origin': {
    status: 403,
    title: 'This origin may not send requests here',
    help: 'Cross-site form posts are refused. API calls from a browser need the origin on the CORS allow-list.',
  },
  'not-found': { status: 404, title: 'There is nothing at this address', help: 'See /api/v1/openapi.json for the routes.' },
  'method-not-allowed': { status: 405, title: 'This method is not allowed here', help: 'Use a method listed in the `Allow` header.' },
  'body-too-large': { status: 413, title: 'The request body is too large', help: 'See `limit` and `unit` for the largest body (bytes) or text (characters) accepted; split the text or the batch.' },
  'unsupported-media-type': {
    status: 415,
    title: 'The content type is not supported',
    help: 'Send `Content-Type: application/json` (UTF-8) to the API, or submit the web form.',
  },
  'internal-error': { status: 500, title: 'Something went wrong', help: 'Try again. Nothing you sent was kept.' },
} as const satisfies Record<string, ProblemType>;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** Thrown anywhere in a request; `app.onError` turns it into a response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly slug: ProblemSlug;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(slug: ProblemSlug, detail?: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(detail ?? PROBLEM_TYPES[slug].title);
    this.slug = slug;
    this.extensions = extensions;
    this.headers = headers;
  }
  get status(): ContentfulStatusCode {
    return PROBLEM_TYPES[this.slug].status;
  }
}

export function problemBody(slug: ProblemSlug, detail: string | undefined, extensions: Record<string, unknown> = {}): Problem {
  const t = PROBLEM_TYPES[slug];
  const body: Problem = { type: `/problems/${slug}`, title: t.title, status: t.status };
  if (detail !== undefined) body.detail = detail;
  return { ...extensions, ...body };
}

export function problemResponse(error: ProblemError): Response {
  const body = problemBody(error.slug, error.message, error.extensions);
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...error.headers },
  });
}
