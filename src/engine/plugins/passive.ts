/**
 * Passive voice that hides who will act: a form of "to be" followed by a
 * past participle ("was agreed", "will be completed", "a referral will be
 * made"), including regular -ed participles that retext-passive's fixed list
 * misses. A passive that names its actor ("… by the health visitor") is left
 * alone; "by" followed by a time ("by Friday") is not an actor.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { CompiledRules } from '../compiled.js';
import { isQuoted } from '../document.js';
import { emit } from '../message.js';
import { lexicon, state } from '../state.js';

interface Lists {
  be: Set<string>;
  irregular: Set<string>;
  notPassive: Set<string>;
  between: Set<string>;
}

const cache = new WeakMap<CompiledRules, Lists>();

function lists(rules: CompiledRules): Lists {
  let l = cache.get(rules);
  if (!l) {
    const get = (name: string) => new Set(lexicon(rules, 'wording/passive', name).map((w) => w.toLowerCase()));
    l = { be: get('be-forms'), irregular: get('irregular-participles'), notPassive: get('not-passive'), between: get('adverbs-between') };
    cache.set(rules, l);
  }
  return l;
}

/** Words before "be" that belong to the verb group ("will be made", "to be seen"). */
const AUXILIARY = new Set(['will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'to', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Words after "by" that make it a time, not an actor ("by Friday", "by the end of May"). */
const TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'tomorrow', 'tonight', 'then', 'now', 'next', 'end', 'mid', 'early', 'late', 'half', 'week', 'weeks', 'month', 'months',
  'christmas', 'easter', 'summer', 'half-term', 'date', 'time', 'review', 'first', 'second', 'third', 'last', 'start', 'close', 'noon', 'midday',
  'this', 'that', 'conference', 'core', 'rcpc', 'icpc',
]);

const SOURCE = 'clearplan/passive-voice';

export default function retextClearplanPassive() {
  return (_tree: Root, file: VFile): undefined => {
    const s = state(file);
    const index = s.index;
    if (!index || !s.options.categories.wording) return;
    const { be, irregular, notPassive, between } = lists(s.rules);
    if (be.size === 0) return;
    const { tokens, text, quotes } = index;
    const isParticiple = (w: string): boolean =>
      !notPassive.has(w) && (irregular.has(w) || (w.length >= 5 && w.endsWith('ed')));

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !be.has(t.norm)) continue;
      let j = i + 1;
      let skipped = 0;
      while (skipped < 2 && tokens[j]?.linked && tokens[j]?.segment === t.segment && between.has(tokens[j]?.norm ?? '')) {
        j++;
        skipped++;
      }
      const p = tokens[j];
      if (!p || !p.linked || p.segment !== t.segment || !isParticiple(p.norm)) continue;
      // "being" and "been" after "is"/"has" are handled from the first be-form.
      // Actor named?
      const by = tokens[j + 1];
      if (by && by.linked && by.norm === 'by') {
        const who = tokens[j + 2];
        const after = tokens[j + 3];
        const isTime =
          !who ||
          /^\d/.test(who.norm) ||
          TIME.has(who.norm) ||
          (who.norm === 'the' && after !== undefined && TIME.has(after.norm));
        if (!isTime) {
          i = j;
          continue;
        }
      }
      let first = i;
      const prev = tokens[i - 1];
      if (prev && t.linked && prev.segment === t.segment && (AUXILIARY.has(prev.norm) || be.has(prev.norm))) first = i - 1;
      const start = tokens[first]?.start ?? t.start;
      const end = p.end;
      i = j;
      if (isQuoted(quotes, start, end)) continue;
      const actual = text.slice(start, end);
      emit(file, s.lines, {
        category: 'wording',
        ruleId: 'passive-voice',
        source: SOURCE,
        severity: 'suggestion',
        reason: `“${actual.replace(/\s+/g, ' ')}” does not say who will do it: name the person, for example “Mum will…” or “the social worker will…”`,
        start,
        end,
        expected: [],
        note: 'When a plan does not say who will act, a parent cannot tell whether it is their job, and nobody can check it was done.',
      });
    }
  };
}
