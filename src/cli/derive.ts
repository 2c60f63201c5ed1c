/**
 * What each output format needs from one report, computed where the check
 * ran (a worker thread, this thread, or after a remote call) so the main
 * thread only writes. Pure.
 */
import type { ActionCounts, Category, CategoryCounts, Report } from '../engine/index.js';
import type { Format } from './flags.js';
import { formatText } from './format-text.js';

/** Why a plan could not be checked. `message` never quotes plan text. */
export interface PlanError {
  code:
    | 'not-found'
    | 'permission-denied'
    | 'symlink-loop'
    | 'folder-unreadable'
    | 'too-large'
    | 'empty'
    | 'not-text'
    | 'corrupt-docx'
    | 'unsupported-type'
    | 'duplicate'
    | 'csv-error'
    | 'no-text-column'
    | 'no-match'
    | 'too-long'
    | 'check-failed'
    | 'remote-failed';
  message: string;
}

export class PlanFailure extends Error {
  override name = 'PlanFailure';
  constructor(
    readonly code: PlanError['code'],
    message: string,
  ) {
    super(message);
  }
  toJSON(): PlanError {
    return { code: this.code, message: this.message };
  }
}

export interface TermCount {
  ruleId: string;
  /** The words as first written in the plan. */
  term: string;
  count: number;
}

/** The numbers a CSV row or the HTML report shows for one plan. */
export interface PlanStats {
  score: number;
  scores: CategoryCounts;
  readingAge: number | null;
  targetReadingAge: number;
  words: number;
  sentences: number;
  counts: CategoryCounts;
  actions: ActionCounts;
  /** Every jargon term found, most frequent first. */
  jargon: TermCount[];
}

/** One finding line in the HTML report: repeated findings are folded. */
export interface FoldedFinding {
  category: Category;
  ruleId: string;
  line: number;
  reason: string;
  count: number;
}

export type Payload =
  | { format: 'json' | 'jsonl'; json: string }
  | { format: 'text'; text: string }
  | { format: 'csv'; stats: PlanStats }
  | { format: 'html'; stats: PlanStats; findings: FoldedFinding[] };

export type Outcome = { ok: true; score: number; payload: Payload } | { ok: false; error: PlanError };

export function jargonTerms(report: Report): TermCount[] {
  const byRule = new Map<string, TermCount>();
  for (const m of report.messages) {
    if (m.category !== 'jargon') continue;
    const t = byRule.get(m.ruleId);
    if (t) t.count++;
    else byRule.set(m.ruleId, { ruleId: m.ruleId, term: m.actual, count: 1 });
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

export function planStats(report: Report): PlanStats {
  const s = report.summary;
  return {
    score: s.score,
    scores: s.scores,
    readingAge: s.readingAge,
    targetReadingAge: s.targetReadingAge,
    words: s.words,
    sentences: s.sentences,
    counts: s.counts,
    actions: s.actions,
    jargon: jargonTerms(report),
  };
}

export function foldFindings(report: Report): FoldedFinding[] {
  const byKey = new Map<string, FoldedFinding>();
  for (const m of report.messages) {
    const key = `${m.category}\u0000${m.ruleId}\u0000${m.actual.toLowerCase()}`;
    const f = byKey.get(key);
    if (f) f.count++;
    else byKey.set(key, { category: m.category, ruleId: m.ruleId, line: m.position.start.line, reason: m.reason, count: 1 });
  }
  return [...byKey.values()];
}

export function derive(report: Report, format: Format, name: string, why: boolean): Payload {
  switch (format) {
    case 'json':
    case 'jsonl':
      return { format, json: JSON.stringify(report) };
    case 'text':
      return { format, text: formatText(name, report, why) };
    case 'csv':
      return { format, stats: planStats(report) };
    case 'html':
      return { format, stats: planStats(report), findings: foldFindings(report) };
  }
}
