/**
 * The API's schemas, written with `zod/mini`: the one description of what
 * the API takes and returns. They are not in the deployed Worker. At build
 * time `z.toJSONSchema` turns them into the components of
 * `/api/v1/openapi.json` (src/build/compile-openapi.ts writes it into the
 * Worker's static assets, dist/web/api/v1/openapi.json); at run time the Worker validates with
 * the small hand-written validators in validate.ts, which a test runs side
 * by side with these schemas on generated bodies. The types used at run time
 * (`CheckRequest`, `BatchDocument`, ...) are inferred from here.
 * The report schemas mirror `src/engine/types.ts`; a type-level test keeps
 * them equal.
 */
import * as z from 'zod/mini';
import { MAX_BATCH_DOCUMENTS, MAX_ID_LENGTH, MAX_TEXT_CHARS } from './limits.js';
import { schemaMessage } from './messages.js';

// zod/mini has no messages of its own ("Invalid input"); these say what was wrong.
z.config({ localeError: schemaMessage });

/** What the OpenAPI document says about a schema; `id` makes it a named component. */
export interface SchemaDoc {
  id?: string;
  description?: string;
  example?: unknown;
}

/** Every schema with documentation; those with an `id` are the document's components. */
export const docs = z.registry<SchemaDoc>();

/** Registers documentation for `schema` and returns it. */
function doc<T extends z.ZodMiniType>(schema: T, meta: SchemaDoc): T {
  docs.add(schema as z.core.$ZodType, meta);
  return schema;
}

const int = () => z.int();
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

// ---- request -------------------------------------------------------------

const CategorySchema = doc(z.enum(['jargon', 'wording', 'readability', 'plan']), { id: 'Category' });
const SeveritySchema = doc(z.enum(['error', 'warning', 'suggestion']), { id: 'Severity' });

export const ExtraTermSchema = doc(
  z.strictObject({
    term: doc(text(1, 80), { description: 'A word or phrase your service wants written more plainly.', example: 'MASH' }),
    plain: doc(z.optional(z.array(text(1, 80)).check(z.maxLength(20))), { example: ['the team that first looks at worries about a child'] }),
    note: z.optional(z.string().check(z.maxLength(300))),
    caseSensitive: doc(z.optional(z.boolean()), { description: 'Match case exactly (default: true when the term is all capitals).' }),
  }),
  { id: 'ExtraTerm' },
);

export const CheckOptionsSchema = doc(
  z.strictObject({
    targetReadingAge: doc(z.optional(z.number().check(z.gte(5), z.lte(21))), { description: 'Target UK reading age in years (default 11).', example: 11 }),
    maxSentenceWords: doc(z.optional(int().check(z.gte(5), z.lte(200))), { description: 'Sentences with more words are flagged (default 25).', example: 25 }),
    categories: doc(
      z.optional(
        z.strictObject({
          jargon: z.optional(z.boolean()),
          wording: z.optional(z.boolean()),
          readability: z.optional(z.boolean()),
          plan: z.optional(z.boolean()),
        }),
      ),
      { description: 'Categories to check (default: all).', example: { readability: false } },
    ),
    ignore: doc(z.optional(z.array(text(1, 80)).check(z.maxLength(2000))), {
      description: 'Terms or rule ids never flagged, such as local service names.',
      example: ['contact'],
    }),
    extraTerms: doc(z.optional(z.array(ExtraTermSchema).check(z.maxLength(2000))), { description: "A council's own jargon, with plainer alternatives." }),
  }),
  { id: 'CheckOptions' },
);

const PlanText = doc(z.string().check(z.maxLength(MAX_TEXT_CHARS)), {
  description: `The plan text (at most ${MAX_TEXT_CHARS} characters). Never stored or logged.`,
  example: 'Mum to engage with CAMHS. Core group to monitor.',
});

export const CheckRequestSchema = doc(
  z.strictObject({
    text: PlanText,
    options: z.optional(CheckOptionsSchema),
  }),
  { id: 'CheckRequest' },
);

export const BatchDocumentSchema = doc(
  z.strictObject({
    id: doc(text(1, MAX_ID_LENGTH), { description: "The client's id for the document, echoed in its result.", example: 'plan-42' }),
    text: PlanText,
    options: doc(z.optional(CheckOptionsSchema), { description: 'Options for this document only; they replace the batch options.' }),
  }),
  { id: 'BatchDocument' },
);

export const BatchRequestSchema = doc(
  z.strictObject({
    documents: doc(z.array(z.union([BatchDocumentSchema, z.unknown()])).check(z.minLength(1), z.maxLength(MAX_BATCH_DOCUMENTS)), {
      description: `1 to ${MAX_BATCH_DOCUMENTS} documents. Each should be a BatchDocument; one that is not (or whose options are wrong) gets an error entry, and the rest are still checked.`,
    }),
    options: doc(z.optional(CheckOptionsSchema), { description: 'Options for every document that has none of its own.' }),
  }),
  { id: 'BatchRequest' },
);

// ---- response ------------------------------------------------------------

const PointSchema = doc(z.object({ line: int(), column: int(), offset: int() }), { id: 'Point' });
const PositionSchema = doc(z.object({ start: PointSchema, end: PointSchema }), { id: 'Position' });

export const MessageSchema = doc(
  z.object({
    category: CategorySchema,
    ruleId: z.string(),
    source: z.string(),
    severity: SeveritySchema,
    reason: z.string(),
    actual: doc(z.string(), { description: 'Exactly `text.slice(position.start.offset, position.end.offset)`.' }),
    expected: z.array(z.string()),
    note: z.string(),
    url: z.optional(z.string()),
    position: PositionSchema,
  }),
  { id: 'Message' },
);

const ActionProblemSchema = doc(z.enum(['missing-action', 'vague-action', 'missing-owner', 'vague-owner', 'missing-timescale', 'vague-timescale']), {
  id: 'ActionProblem',
});

export const ActionSchema = doc(
  z.object({
    text: z.string(),
    position: PositionSchema,
    what: z.nullable(z.string()),
    who: z.nullable(z.string()),
    when: z.nullable(z.string()),
    problems: z.array(ActionProblemSchema),
  }),
  { id: 'Action' },
);

const categoryCounts = () => z.object({ jargon: z.number(), wording: z.number(), readability: z.number(), plan: z.number() });

export const SummarySchema = doc(
  z.object({
    score: doc(z.number(), { description: '0–100, higher is clearer.' }),
    scores: categoryCounts(),
    words: int(),
    sentences: int(),
    readingAge: doc(z.nullable(z.number()), { description: 'UK reading age in years, or null when there is no prose.' }),
    targetReadingAge: z.number(),
    fleschReadingEase: z.nullable(z.number()),
    fleschKincaidGrade: z.nullable(z.number()),
    averageSentenceLength: z.nullable(z.number()),
    counts: categoryCounts(),
    severities: z.object({ error: int(), warning: int(), suggestion: int() }),
    actions: z.object({
      total: int(),
      'missing-action': int(),
      'vague-action': int(),
      'missing-owner': int(),
      'vague-owner': int(),
      'missing-timescale': int(),
      'vague-timescale': int(),
      clear: int(),
    }),
  }),
  { id: 'Summary' },
);

export const ReportSchema = doc(
  z.object({
    schemaVersion: z.literal(1),
    rulesVersion: z.string(),
    summary: SummarySchema,
    actions: z.array(ActionSchema),
    messages: z.array(MessageSchema),
  }),
  { id: 'Report' },
);

export const ProblemSchema = doc(
  z.object({
    type: doc(z.string(), { description: 'A URI reference naming the problem; resolves to a page explaining it.', example: '/problems/invalid-json' }),
    title: z.string(),
    status: int(),
    detail: z.optional(z.string()),
    errors: doc(z.optional(z.array(z.object({ path: z.string(), message: z.string() }))), { description: 'For `invalid-request`: each field that is wrong.' }),
    limit: doc(z.optional(int()), { description: 'For `body-too-large`: the limit that was passed.' }),
    unit: doc(z.optional(z.enum(['bytes', 'characters'])), {
      description: 'For `body-too-large`: whether `limit` counts body bytes or text characters (UTF-16 code units).',
    }),
  }),
  { id: 'Problem' },
);

export const BatchResultSchema = doc(
  z.union([
    z.object({ index: int(), id: z.string(), ok: z.literal(true), report: ReportSchema }),
    z.object({ index: int(), id: z.nullable(z.string()), ok: z.literal(false), error: ProblemSchema }),
  ]),
  { id: 'BatchResult' },
);

export const BatchResponseSchema = doc(
  z.object({
    results: doc(z.array(BatchResultSchema), { description: 'One result per document, in the order sent.' }),
    summary: z.object({ documents: int(), ok: int(), failed: int() }),
  }),
  { id: 'BatchResponse' },
);

export const RuleTermSchema = doc(
  z.object({
    id: z.string(),
    term: z.string(),
    plain: z.array(z.string()),
    note: z.string(),
    category: z.enum(['jargon', 'wording']),
    severity: SeveritySchema,
    source: z.string(),
    url: z.optional(z.string()),
    explain: doc(z.boolean(), { description: 'True when the term should be explained on first use rather than replaced.' }),
  }),
  { id: 'RuleTerm' },
);

export const RulesResponseSchema = doc(
  z.object({
    name: z.string(),
    version: z.string(),
    settings: z.object({
      targetReadingAge: z.number(),
      maxSentenceWords: z.number(),
      minSentenceWords: z.number(),
      hardSentenceThreshold: z.number(),
    }),
    categories: z.array(z.object({ id: CategorySchema, label: z.string(), description: z.string() })),
    terms: z.array(RuleTermSchema),
  }),
  { id: 'Rules' },
);

// ---- the web form (not part of the API document) --------------------------

/** The web form's fields (all strings, as posted); validate.ts `validateForm` does the same by hand. */
export const FormSchema = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT_CHARS, `Your plan is too long to check here. Check it in parts of up to ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters.`)),
  targetReadingAge: z.optional(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((v: string, ctx) => {
        if (v === '') return undefined;
        const n = Number(v);
        if (!/^\d{1,2}(\.\d)?$/.test(v) || n < 5 || n > 21) {
          ctx.issues.push({ code: 'custom', message: 'Target reading age must be a number from 5 to 21, like 11', input: v });
          return z.NEVER;
        }
        return n;
      }),
    ),
  ),
  apply: z.optional(z.string().check(z.maxLength(40))),
});

export type CheckRequest = z.infer<typeof CheckRequestSchema>;
export type BatchRequest = z.infer<typeof BatchRequestSchema>;
export type BatchDocument = z.infer<typeof BatchDocumentSchema>;
export type RulesResponse = z.infer<typeof RulesResponseSchema>;
