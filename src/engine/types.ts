/**
 * The report contract (schema version 1) and the engine's option types.
 *
 * These types are the public API: the Worker, the web page and the CLI all
 * send or show exactly this shape. `report.schema.json` in the repository
 * root describes the same contract for non-TypeScript clients; a test keeps
 * the two in step.
 */

export type Category = 'jargon' | 'wording' | 'readability' | 'plan';
export const CATEGORIES: readonly Category[] = ['jargon', 'wording', 'readability', 'plan'];

export type Severity = 'error' | 'warning' | 'suggestion';

/** 1-based line and column, 0-based UTF-16 offset into the submitted text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** One finding. Field names follow vfile-message. */
export interface Message {
  category: Category;
  ruleId: string;
  source: string;
  severity: Severity;
  /** One line that quotes the text. */
  reason: string;
  /** The exact flagged text: `text.slice(start.offset, end.offset)`. */
  actual: string;
  /** Suggested replacements; may be empty. */
  expected: string[];
  /** Why it matters to a family reading the plan. */
  note: string;
  /** Guidance, when there is any. */
  url?: string;
  position: Position;
}

export type ActionProblem =
  | 'missing-action'
  | 'vague-action'
  | 'missing-owner'
  | 'vague-owner'
  | 'missing-timescale'
  | 'vague-timescale';

export const ACTION_PROBLEMS: readonly ActionProblem[] = [
  'missing-action',
  'vague-action',
  'missing-owner',
  'vague-owner',
  'missing-timescale',
  'vague-timescale',
];

export interface Action {
  /** The whole item, row, sentence or block. */
  text: string;
  position: Position;
  /** The action phrase, or null when there is none. */
  what: string | null;
  /** Exact text naming who will do it, or null. */
  who: string | null;
  /** Exact text giving when or how often, or null. */
  when: string | null;
  problems: ActionProblem[];
}

export interface CategoryCounts {
  jargon: number;
  wording: number;
  readability: number;
  plan: number;
}

export interface ActionCounts {
  total: number;
  'missing-action': number;
  'vague-action': number;
  'missing-owner': number;
  'vague-owner': number;
  'missing-timescale': number;
  'vague-timescale': number;
  /** Actions with no problem at all. */
  clear: number;
}

export interface Summary {
  /** 0–100, higher is better. See README "Score". */
  score: number;
  /** 0–100 per category. */
  scores: CategoryCounts;
  words: number;
  sentences: number;
  /** UK reading age in years (Flesch–Kincaid grade + 5), or null for no prose. */
  readingAge: number | null;
  targetReadingAge: number;
  fleschReadingEase: number | null;
  fleschKincaidGrade: number | null;
  /** Mean words per sentence. */
  averageSentenceLength: number | null;
  /** Number of messages per category. */
  counts: CategoryCounts;
  /** Number of messages per severity. */
  severities: { error: number; warning: number; suggestion: number };
  actions: ActionCounts;
}

export interface Report {
  schemaVersion: 1;
  /** Version of the rule data that produced the report. */
  rulesVersion: string;
  summary: Summary;
  actions: Action[];
  messages: Message[];
}

/** A council's own term, added through options. */
export interface ExtraTerm {
  term: string;
  plain?: string[];
  note?: string;
  /** Match case exactly (default: true when the term is all capitals). */
  caseSensitive?: boolean;
}

export interface CheckOptions {
  /** Target UK reading age in years (default: 11). */
  targetReadingAge?: number;
  /** Sentences with more words than this are flagged (default: 25). */
  maxSentenceWords?: number;
  /** Categories to check (default: all true). */
  categories?: Partial<Record<Category, boolean>>;
  /** Terms or rule ids never flagged (local service names, terms kept on purpose). */
  ignore?: string[];
  /** A council's own jargon, with plainer alternatives. */
  extraTerms?: ExtraTerm[];
}
