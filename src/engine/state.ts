/** Per-check state shared by the plugins through `file.data`. */
import type { VFile } from 'vfile';
import type { CompiledRules } from './compiled.js';
import type { DocumentIndex } from './document.js';
import type { ResolvedOptions } from './options.js';
import type { LineIndex } from './positions.js';
import type { Action, Message } from './types.js';

export interface SentenceStat {
  start: number;
  end: number;
  words: number;
  syllables: number;
  hard: boolean;
  long: boolean;
}

export interface CheckState {
  rules: CompiledRules;
  options: ResolvedOptions;
  /** The whole submitted text; offsets everywhere are into it. */
  text: string;
  lines: LineIndex;
  /** Offset of the part being processed (long texts are parsed in parts to keep memory flat). */
  base: number;
  /** Quoted ranges of the whole text. */
  quotes: Array<[number, number]>;
  /** Explain-only terms already flagged in this text. */
  explained: Set<string>;
  index?: DocumentIndex;
  sentences: SentenceStat[];
  actions: Action[];
  /** Plan findings, made as report messages (they never go through vfile). */
  planMessages: Message[];
}

declare module 'vfile' {
  interface DataMap {
    clearplan: CheckState;
  }
}

export function state(file: VFile): CheckState {
  const s = file.data.clearplan;
  if (!s) throw new Error('clearplan: the check state is missing; run the processor through check()');
  return s;
}

export function lexicon(rules: CompiledRules, stem: string, list: string): readonly string[] {
  return rules.lexicons[stem]?.[list] ?? [];
}
