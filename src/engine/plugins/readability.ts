/**
 * Readability: counts every sentence once, flags sentences that are long or
 * that most formulas put above the target reading age, and keeps the counts
 * for the document metrics.
 *
 * The formulas are the same packages retext-readability uses. What differs:
 * word lists are Sets (retext-readability scans arrays for every word), one
 * walk instead of two, and SMOG's grade is turned into an age once (+5, like
 * every other grade formula). retext-readability 8.0.0 passes SMOG's grade
 * through its square-root formula a second time, so SMOG almost never votes
 * "too hard"; see test/engine/readability.test.ts.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import { emit, quote } from '../message.js';
import { familiarLists } from '../familiar-words.js';
import { state, type SentenceStat } from '../state.js';

/**
 * Whether a word is on a familiar-word list, counting its plural, -ed, -ing
 * and possessive forms as the word itself (the lists hold base forms only:
 * "tablet" is familiar, so "tablets" is too).
 */
export function familiar(list: ReadonlySet<string>, lower: string): boolean {
  if (list.has(lower)) return true;
  const w = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  if (w !== lower && list.has(w)) return true;
  if (w.endsWith('s')) {
    if (list.has(w.slice(0, -1))) return true;
    if (w.endsWith('es') && list.has(w.slice(0, -2))) return true;
    if (w.endsWith('ies') && list.has(`${w.slice(0, -3)}y`)) return true;
  }
  if (w.endsWith('ed') || w.endsWith('ing')) {
    const stem = w.endsWith('ed') ? w.slice(0, -2) : w.slice(0, -3);
    if (list.has(stem) || list.has(`${stem}e`)) return true;
    if (stem.length > 2 && stem.at(-1) === stem.at(-2) && list.has(stem.slice(0, -1))) return true;
    if (w.endsWith('ied') && list.has(`${w.slice(0, -3)}y`)) return true;
  }
  return false;
}

const syllables = new Map<string, number>();
function syllablesOf(word: string): number {
  let n = syllables.get(word);
  if (n === undefined) {
    // No English word is longer than about 30 letters; for longer runs (pasted
    // codes, a held-down key) estimate, because the syllable counter's
    // patterns slow down sharply on very long strings.
    n =
      word.length <= 40 && /\p{L}/u.test(word) ? Math.max(1, syllable(word)) : Math.max(1, Math.ceil(word.length / 3));
    if (syllables.size > 50_000) syllables.clear();
    syllables.set(word, n);
  }
  return n;
}

const familiarities = new Map<string, number>();
/** Bit 1: on the Dale–Chall list; bit 2: on the Spache list. Cached per word. */
function familiarity(word: string): number {
  let bits = familiarities.get(word);
  if (bits === undefined) {
    const lower = word.toLowerCase();
    const [daleChall, spache] = familiarLists();
    bits = (familiar(daleChall, lower) ? 1 : 0) | (familiar(spache, lower) ? 2 : 0);
    if (familiarities.size > 50_000) familiarities.clear();
    familiarities.set(word, bits);
  }
  return bits;
}

export type SentenceCounts = {
  word: number;
  sentence: number;
  syllable: number;
  polysillabicWord: number;
  complexPolysillabicWord: number;
  character: number;
  letter: number;
  difficultWord: number;
  unfamiliarWord: number;
};

/** A US grade as a UK reading age: grade 1 is roughly Year 2, age 6–7. */
export const gradeToAge = (grade: number): number => grade + 5;

/** Flesch reading ease as an age, the banding retext-readability uses (90+ → 11, 60–70 → 14). */
export const fleschToAge = (score: number): number => 20 - Math.floor(score / 10);

/** The seven formula ages for one sentence's counts, each converted once. */
export function formulaAges(c: SentenceCounts): number[] {
  return [
    gradeToAge(automatedReadability(c)),
    gradeToAge(colemanLiau(c)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(c))[1]),
    fleschToAge(flesch(c)),
    gradeToAge(gunningFog(c)),
    gradeToAge(smogFormula(c)),
    gradeToAge(spacheFormula(c)),
  ];
}

export default function retextClearplanReadability() {
  return (_tree: Root, file: VFile): undefined => {
    const s = state(file);
    const index = s.index;
    if (!index) return;
    const { options } = s;
    const { tokens, segments, text } = index;
    const stats: SentenceStat[] = s.sentences;
    for (const seg of segments) {
      let words = 0;
      let syl = 0;
      let letters = 0;
      let complexPoly = 0;
      let familiarDc = 0;
      let familiarSp = 0;
      let wordSyl = 0;
      let wordText = '';
      const close = (): void => {
        if (wordText === '') return;
        // A capitalised word after the first is a name (Amira, Mrs Patel, Hillside
        // Family Hub): not a hard word for anyone who knows the family.
        const c = wordText.charCodeAt(0);
        const name = words > 0 && c >= 65 && c <= 90 && wordText !== wordText.toUpperCase();
        const number = c >= 48 && c <= 57;
        words++;
        syl += wordSyl;
        letters += wordText.length;
        if (wordSyl >= 3 && !name && !(c >= 65 && c <= 90)) complexPoly++;
        if (name || number) {
          familiarDc++;
          familiarSp++;
        } else {
          const known = familiarity(wordText);
          if (known & 1) familiarDc++;
          if (known & 2) familiarSp++;
        }
        wordText = '';
        wordSyl = 0;
      };
      for (let i = seg.firstToken; i < seg.endToken; i++) {
        const t = tokens[i];
        if (!t) continue;
        if (!t.hyphenated) close();
        wordText = wordText === '' ? t.raw : `${wordText}-${t.raw}`;
        wordSyl += syllablesOf(t.norm);
      }
      close();
      if (words === 0) continue;
      const stat: SentenceStat = { start: seg.start, end: seg.end, words, syllables: syl, hard: false, long: false };
      stats.push(stat);
      if (!options.categories.readability) continue;
      if (words > options.maxSentenceWords) {
        stat.long = true;
        emit(file, s.lines, {
          category: 'readability',
          ruleId: 'long-sentence',
          source: 'clearplan/readability',
          severity: 'warning',
          reason: `This sentence has ${words} words (aim for ${options.maxSentenceWords} or fewer): ${quote(text.slice(seg.start, seg.end))}`,
          start: seg.start,
          end: seg.end,
          expected: [],
          note: 'Long sentences are hard to follow, especially for someone reading under stress. Split it into shorter sentences, one idea each.',
          url: 'https://www.plainenglish.co.uk/how-to-write-in-plain-english.html',
        });
        continue;
      }
      if (words < Math.max(options.minSentenceWords, options.minHardSentenceWords)) continue;
      const ages = formulaAges({
        word: words,
        sentence: 1,
        syllable: syl,
        // SMOG counts polysyllables; names are left out, as Gunning fog leaves them out.
        polysillabicWord: complexPoly,
        complexPolysillabicWord: complexPoly,
        character: letters,
        letter: letters,
        difficultWord: words - familiarDc,
        unfamiliarWord: words - familiarSp,
      });
      const over = ages.filter((age) => age > options.targetReadingAge).length;
      if (over / ages.length >= options.hardSentenceThreshold) {
        stat.hard = true;
        emit(file, s.lines, {
          category: 'readability',
          ruleId: 'hard-sentence',
          source: 'clearplan/readability',
          severity: 'warning',
          reason: `${over} of ${ages.length} reading measures put this sentence above a reading age of ${options.targetReadingAge}: ${quote(text.slice(seg.start, seg.end))}`,
          start: seg.start,
          end: seg.end,
          expected: [],
          note: 'Many parents read at the level of a 9 to 11 year old, and less well when worried. Use shorter words and fewer of them.',
          url: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
        });
      }
    }
  };
}
