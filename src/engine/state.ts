/** Per-check state shared by the plugins through `file.data`. */
import type { VFile } from 'vfile';
import type { CompiledRules } from './compiled.js';
import type { DocumentIndex } from './document.js';
import type { ResolvedOptions } from './options.js';
import type { LineIndex } from './positions.js';
import type { Action } from './types.js';

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
  lines: LineIndex;
  index?: DocumentIndex;
  sentences?: SentenceStat[];
  actions?: Action[];
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
