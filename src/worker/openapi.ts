/**
 * The API's routes as data, and the OpenAPI 3.1 document built from them.
 * Build time only: src/build/compile-openapi.ts writes the document into the
 * Worker's static assets (dist/web/api/v1/openapi.json), which the Worker
 * serves through its ASSETS binding (with its own origin as the server). The components are the zod schemas of schemas.ts
 * turned into JSON Schema by `z.toJSONSchema`; tests check that the served
 * document is the one these schemas give, that it names exactly the routes
 * api.ts serves, and that the run-time validators agree with the schemas.
 */
import * as z from 'zod/mini';
import { MAX_BATCH_BODY_BYTES, MAX_BATCH_DOCUMENTS, MAX_BODY_BYTES } from './limits.js';
import { BatchRequestSchema, BatchResponseSchema, CheckRequestSchema, docs, ProblemSchema, ReportSchema, RulesResponseSchema } from './schemas.js';

export interface RouteSpec {
  method: 'get' | 'post';
  /** Under /api/v1. */
  path: string;
  summary: string;
  description: string;
  /** The schema of the JSON body (validate.ts checks the same by hand). */
  request?: z.ZodMiniType;
  response: { description: string; schema: z.ZodMiniType };
  /** The problem statuses the route can answer besides 404/405. */
  problems: readonly (400 | 401 | 413 | 415)[];
}

export const ROUTES = {
  check: {
    method: 'post',
    path: '/check',
    summary: 'Check one plan',
    description: `Returns the report for one plan. The body may be at most ${MAX_BODY_BYTES} bytes. The text is checked in memory and never stored or logged.`,
    request: CheckRequestSchema,
    response: { description: 'The report', schema: ReportSchema },
    problems: [400, 401, 413, 415],
  },
  batch: {
    method: 'post',
    path: '/check/batch',
    summary: 'Check several plans',
    description: `Checks up to ${MAX_BATCH_DOCUMENTS} documents; the body may be at most ${MAX_BATCH_BODY_BYTES} bytes. A document that is not valid gets an error entry with its id; the others are still checked.`,
    request: BatchRequestSchema,
    response: { description: 'One result per document', schema: BatchResponseSchema },
    problems: [400, 401, 413, 415],
  },
  rules: {
    method: 'get',
    path: '/rules',
    summary: 'The rules and their version',
    description: 'Every term the checker looks for, with its plainer alternatives and explanation, for clients that show explanations.',
    response: { description: 'The rules', schema: RulesResponseSchema },
    problems: [401],
  },
} as const satisfies Record<string, RouteSpec>;

const PROBLEM_DESCRIPTIONS = {
  400: 'Malformed JSON, invalid UTF-8, or a request that does not match the schema',
  401: 'Missing or wrong API key',
  413: 'Body over the size limit',
  415: 'Content-Type is not application/json',
} as const;

function ref(schema: z.ZodMiniType): { $ref: string } {
  const id = docs.get(schema)?.id;
  if (id === undefined) throw new Error('a route schema has no component id');
  return { $ref: `#/components/schemas/${id}` };
}

type Json = Record<string, unknown>;

/** Every schema registered with an id, as OpenAPI 3.1 components (JSON Schema 2020-12). */
function components(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(docs, { metadata: docs, io: 'input', uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Each is emitted as a stand-alone document; inside OpenAPI they are fragments of one.
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}

function operation(route: RouteSpec): Json {
  const op: Json = { summary: route.summary, description: route.description, security: [{ bearer: [] }] };
  if (route.request) op['requestBody'] = { required: true, content: { 'application/json': { schema: ref(route.request) } } };
  const responses: Json = { 200: { description: route.response.description, content: { 'application/json': { schema: ref(route.response.schema) } } } };
  for (const status of route.problems) {
    responses[status] = { description: PROBLEM_DESCRIPTIONS[status], content: { 'application/problem+json': { schema: ref(ProblemSchema) } } };
  }
  op['responses'] = responses;
  return op;
}

/** The OpenAPI document, without `servers` (the Worker adds its own origin). */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'clearplan API',
      version: '1.0.0',
      description:
        'Plain-language checks for child protection plans in England. Plan text is checked in memory and never stored, logged or sent anywhere. Errors are RFC 9457 `application/problem+json`.',
    },
    paths: Object.fromEntries(Object.values(ROUTES).map((r: RouteSpec) => [`/api/v1${r.path}`, { [r.method]: operation(r) }])),
    components: {
      schemas: components(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Needed only when the service has API keys configured (the API_KEYS secret).' },
      },
    },
  };
}
