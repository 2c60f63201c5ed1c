/**
 * Schemas for the rule files in `rules/`. Build-time only: the engine imports
 * the compiled output (`src/engine/rules.generated.ts`), never YAML.
 *
 * Unknown keys are rejected everywhere (`z.strictObject`), so a typo in a
 * practitioner's file is an error that names the file and the key.
 */
import { z } from 'zod';

const phrase = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((s) => !/[\n\t]/.test(s), 'must be on one line');

const url = z.url({ protocol: /^https?$/ });

export const severitySchema = z.enum(['error', 'warning', 'suggestion']);

const examplesSchema = z.strictObject({
  bad: z.array(z.string().min(1)).min(1),
  good: z.array(z.string().min(1)).min(1),
});

export const termSchema = z.strictObject({
  /** Stable rule id; default: the term, lower-cased, spaces to dashes. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes')
    .optional(),
  term: phrase,
  /** Other spellings or forms with the same meaning (matched as the term). */
  variants: z.array(phrase).default([]),
  /** Plainer ways to say it, best first. May be empty when the fix is to explain. */
  plain: z.array(phrase).default([]),
  /** Legal or necessary terms: explain on first use, do not replace; flagged once per document. */
  explain: z.boolean().default(false),
  /** One line, for a parent: what it means or why it can hurt. */
  note: z.string().trim().min(10).max(300),
  /** Where the meaning or the advice comes from: a URL or a citation. */
  source: z.string().trim().min(3).max(300),
  severity: severitySchema.optional(),
  /** Match inflected forms (plurals, -ed, -ing, -s). Default: true unless case-sensitive. */
  inflect: z.boolean().optional(),
  /** Do not flag when the next word is one of these (lower case). */
  'not-before': z.array(phrase).default([]),
  /** Do not flag when the previous word is one of these (lower case). */
  'not-after': z.array(phrase).default([]),
  /** Flag only when the next word is one of these (lower case). */
  'only-before': z.array(phrase).default([]),
  /** Flag only when the previous word is one of these (lower case). */
  'only-after': z.array(phrase).default([]),
  examples: examplesSchema,
});

export const termsFileSchema = z.strictObject({
  kind: z.literal('terms'),
  /** What this list is, for the generated table. */
  description: z.string().trim().min(10),
  category: z.enum(['jargon', 'wording']),
  /** Default severity of the terms in this file. */
  severity: severitySchema.default('warning'),
  /** `sensitive` for acronyms (CO, SO, LA have other meanings in lower case). */
  case: z.enum(['sensitive', 'insensitive']).default('insensitive'),
  /** One-line reason; {actual} is the flagged text, {expected} the first suggestion. */
  reason: z.string().trim().min(5).max(200),
  /** Reason used when a term has no plain alternative (explain-only terms). */
  'reason-explain': z.string().trim().min(5).max(200).optional(),
  url: url.optional(),
  terms: z.array(termSchema).min(1),
});

/** Named word and phrase lists used by code (plan analysis, passive voice, everyday words). */
export const lexiconFileSchema = z.strictObject({
  kind: z.literal('lexicon'),
  description: z.string().trim().min(10),
  lists: z.record(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    z.array(z.string().trim().min(1).max(120)).min(1),
  ),
});

/** Phrases taken from retext-simplify's list, minus everyday words families know. */
export const simplifyFileSchema = z.strictObject({
  kind: z.literal('simplify'),
  description: z.string().trim().min(10),
  severity: severitySchema.default('suggestion'),
  reason: z.string().trim().min(5).max(200),
  note: z.string().trim().min(10).max(300),
  /** Phrases from the upstream list that are not flagged, each an everyday word. */
  skip: z.array(phrase).default([]),
});

export const settingsFileSchema = z.strictObject({
  kind: z.literal('settings'),
  description: z.string().trim().min(10),
  'target-reading-age': z.number().min(5).max(21),
  'max-sentence-words': z.number().int().min(5).max(200),
  /** Sentences shorter than this are not scored by the formulas (they skew them). */
  'min-sentence-words': z.number().int().min(1).max(50),
  /** Sentences shorter than this are never called hard: single-sentence formulas swing wildly on a few words. */
  'min-hard-sentence-words': z.number().int().min(1).max(50),
  /** Fraction of the readability formulas that must agree a sentence is too hard. */
  'hard-sentence-threshold': z.number().gt(0).max(1),
});

export const packSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  description: z.string().min(10),
  licence: z.string().min(2),
});

export const ruleFileSchema = z.discriminatedUnion('kind', [
  termsFileSchema,
  lexiconFileSchema,
  simplifyFileSchema,
  settingsFileSchema,
]);

export type TermsFile = z.output<typeof termsFileSchema>;
export type Term = z.output<typeof termSchema>;
export type LexiconFile = z.output<typeof lexiconFileSchema>;
export type SimplifyFile = z.output<typeof simplifyFileSchema>;
export type SettingsFile = z.output<typeof settingsFileSchema>;
export type RuleFile = z.output<typeof ruleFileSchema>;
