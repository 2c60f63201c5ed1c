/**
 * The API's zod schemas: the same objects validate requests and generate
 * `/api/v1/openapi.json`, so the document cannot drift from the code.
 * The report schemas mirror `src/engine/types.ts`; a type-level test keeps
 * them equal.
 */
import { z } from '@hono/zod-openapi';
import { MAX_BATCH_DOCUMENTS, MAX_ID_LENGTH, MAX_TEXT_CHARS } from './limits.js';

// ---- request -------------------------------------------------------------

const CategorySchema = z.enum(['jargon', 'wording', 'readability', 'plan']).openapi('Category');
const SeveritySchema = z.enum(['error', 'warning', 'suggestion']).openapi('Severity');

export const ExtraTermSchema = z
  .strictObject({
    term: z.string().min(1).max(80).openapi({ description: 'A word or phrase your service wants written more plainly.', example: 'MASH' }),
    plain: z.array(z.string().min(1).max(80)).max(20).optional().openapi({ example: ['the team that first looks at worries about a child'] }),
    note: z.string().max(300).optional(),
    caseSensitive: z.boolean().optional().openapi({ description: 'Match case exactly (default: true when the term is all capitals).' }),
  })
  .openapi('ExtraTerm');

export const CheckOptionsSchema = z
  .strictObject({
    targetReadingAge: z.number().min(5).max(21).optional().openapi({ description: 'Target UK reading age in years (default 11).', example: 11 }),
    maxSentenceWords: z.number().int().min(5).max(200).optional().openapi({ description: 'Sentences with more words are flagged (default 25).', example: 25 }),
    categories: z
      .strictObject({
        jargon: z.boolean().optional(),
        wording: z.boolean().optional(),
        readability: z.boolean().optional(),
        plan: z.boolean().optional(),
      })
      .optional()
      .openapi({ description: 'Categories to check (default: all).', example: { readability: false } }),
    ignore: z
      .array(z.string().min(1).max(80))
      .max(2000)
      .optional()
      .openapi({ description: 'Terms or rule ids never flagged, such as local service names.', example: ['contact'] }),
    extraTerms: z.array(ExtraTermSchema).max(2000).optional().openapi({ description: "A council's own jargon, with plainer alternatives." }),
  })
  .openapi('CheckOptions');

const PlanText = z
  .string()
  .max(MAX_TEXT_CHARS)
  .openapi({ description: `The plan text (at most ${MAX_TEXT_CHARS} characters). Never stored or logged.`, example: 'Mum to engage with CAMHS. Core group to monitor.' });

export const CheckRequestSchema = z
  .strictObject({
    text: PlanText,
    options: CheckOptionsSchema.optional(),
  })
  .openapi('CheckRequest');

export const BatchDocumentSchema = z
  .strictObject({
    id: z.string().min(1).max(MAX_ID_LENGTH).openapi({ description: "The client's id for the document, echoed in its result.", example: 'plan-42' }),
    text: PlanText,
    options: CheckOptionsSchema.optional().openapi({ description: 'Options for this document only; they replace the batch options.' }),
  })
  .openapi('BatchDocument');

export const BatchRequestSchema = z
  .strictObject({
    documents: z
      .array(z.union([BatchDocumentSchema, z.unknown()]))
      .min(1)
      .max(MAX_BATCH_DOCUMENTS)
      .openapi({
        description: `1 to ${MAX_BATCH_DOCUMENTS} documents. Each should be a BatchDocument; one that is not (or whose options are wrong) gets an error entry, and the rest are still checked.`,
      }),
    options: CheckOptionsSchema.optional().openapi({ description: 'Options for every document that has none of its own.' }),
  })
  .openapi('BatchRequest');

// ---- response ------------------------------------------------------------

const PointSchema = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() }).openapi('Point');
const PositionSchema = z.object({ start: PointSchema, end: PointSchema }).openapi('Position');

export const MessageSchema = z
  .object({
    category: CategorySchema,
    ruleId: z.string(),
    source: z.string(),
    severity: SeveritySchema,
    reason: z.string(),
    actual: z.string().openapi({ description: 'Exactly `text.slice(position.start.offset, position.end.offset)`.' }),
    expected: z.array(z.string()),
    note: z.string(),
    url: z.string().optional(),
    position: PositionSchema,
  })
  .openapi('Message');

const ActionProblemSchema = z
  .enum(['missing-action', 'vague-action', 'missing-owner', 'vague-owner', 'missing-timescale', 'vague-timescale'])
  .openapi('ActionProblem');

export const ActionSchema = z
  .object({
    text: z.string(),
    position: PositionSchema,
    what: z.string().nullable(),
    who: z.string().nullable(),
    when: z.string().nullable(),
    problems: z.array(ActionProblemSchema),
  })
  .openapi('Action');

const CategoryCountsSchema = z.object({ jargon: z.number(), wording: z.number(), readability: z.number(), plan: z.number() });

export const SummarySchema = z
  .object({
    score: z.number().openapi({ description: '0–100, higher is clearer.' }),
    scores: CategoryCountsSchema,
    words: z.number().int(),
    sentences: z.number().int(),
    readingAge: z.number().nullable().openapi({ description: 'UK reading age in years, or null when there is no prose.' }),
    targetReadingAge: z.number(),
    fleschReadingEase: z.number().nullable(),
    fleschKincaidGrade: z.number().nullable(),
    averageSentenceLength: z.number().nullable(),
    counts: CategoryCountsSchema,
    severities: z.object({ error: z.number().int(), warning: z.number().int(), suggestion: z.number().int() }),
    actions: z.object({
      total: z.number().int(),
      'missing-action': z.number().int(),
      'vague-action': z.number().int(),
      'missing-owner': z.number().int(),
      'vague-owner': z.number().int(),
      'missing-timescale': z.number().int(),
      'vague-timescale': z.number().int(),
      clear: z.number().int(),
    }),
  })
  .openapi('Summary');

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    rulesVersion: z.string(),
    summary: SummarySchema,
    actions: z.array(ActionSchema),
    messages: z.array(MessageSchema),
  })
  .openapi('Report');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ description: 'A URI reference naming the problem; resolves to a page explaining it.', example: '/problems/invalid-json' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'For `invalid-request`: each field that is wrong.' }),
    limit: z.number().int().optional().openapi({ description: 'For `body-too-large`: the limit that was passed.' }),
    unit: z.enum(['bytes', 'characters']).optional().openapi({ description: 'For `body-too-large`: whether `limit` counts body bytes or text characters (UTF-16 code units).' }),
  })
  .openapi('Problem');

export const BatchResultSchema = z
  .union([
    z.object({ index: z.number().int(), id: z.string(), ok: z.literal(true), report: ReportSchema }),
    z.object({ index: z.number().int(), id: z.string().nullable(), ok: z.literal(false), error: ProblemSchema }),
  ])
  .openapi('BatchResult');

export const BatchResponseSchema = z
  .object({
    results: z.array(BatchResultSchema).openapi({ description: 'One result per document, in the order sent.' }),
    summary: z.object({ documents: z.number().int(), ok: z.number().int(), failed: z.number().int() }),
  })
  .openapi('BatchResponse');

export const RuleTermSchema = z
  .object({
    id: z.string(),
    term: z.string(),
    plain: z.array(z.string()),
    note: z.string(),
    category: z.enum(['jargon', 'wording']),
    severity: SeveritySchema,
    source: z.string(),
    url: z.string().optional(),
    explain: z.boolean().openapi({ description: 'True when the term should be explained on first use rather than replaced.' }),
  })
  .openapi('RuleTerm');

export const RulesResponseSchema = z
  .object({
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
  })
  .openapi('Rules');

export const HealthSchema = z.object({ status: z.literal('ok'), rulesVersion: z.string() }).openapi('Health');

export type CheckOptionsInput = z.infer<typeof CheckOptionsSchema>;
export type BatchDocument = z.infer<typeof BatchDocumentSchema>;
