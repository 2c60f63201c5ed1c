/**
 * The shape of the compiled rule data (`rules.generated.ts`), written by
 * `src/build/compile-rules.ts` from the YAML in `rules/`.
 */
import type { Severity } from './types.js';

export interface CompiledTerm {
  /** Stable rule id, unique across all packs. */
  id: string;
  /** `clearplan/<file>` or `retext-simplify`. */
  source: string;
  category: 'jargon' | 'wording';
  severity: Severity;
  term: string;
  plain: string[];
  /** Explain on first use rather than replace; flagged once per document. */
  explain: boolean;
  note: string;
  url?: string;
  /** Reason template with {actual} and {expected}. */
  reason: string;
  caseSensitive: boolean;
  /** Word sequences matched, each joined by single spaces (normalised unless case-sensitive). */
  forms: string[];
  notBefore: string[];
  notAfter: string[];
  onlyBefore: string[];
  onlyAfter: string[];
  examples?: { bad: string[]; good: string[] };
}

export interface CompiledSettings {
  targetReadingAge: number;
  maxSentenceWords: number;
  minSentenceWords: number;
  minHardSentenceWords: number;
  hardSentenceThreshold: number;
}

export interface CompiledRules {
  name: string;
  version: string;
  terms: CompiledTerm[];
  /** File path stem under rules/ (e.g. `plan/owners`) → list name → entries. */
  lexicons: Record<string, Record<string, string[]>>;
  settings: CompiledSettings;
}
