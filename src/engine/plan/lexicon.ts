/**
 * The plan lexicons (rules/plan/*.yml) compiled into phrase lists, once per
 * lexicon object.
 */
import { PhraseList, vocabId, vocabSize, vocabWords, WordSet, WordTable } from './text.js';

export type PlanLexicons = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface Lex {
  // owners
  family: PhraseList;
  professional: PhraseList;
  agency: PhraseList;
  collective: PhraseList;
  vagueAgency: PhraseList;
  noOwner: PhraseList;
  pronouns: PhraseList;
  determiners: PhraseList;
  notOwner: PhraseList;
  /** Every word that appears in any owner phrase (for walking over owner names). */
  ownerWords: WordSet;
  /** Single-word owners and the last word of longer ones (worker, visitor, nurse). */
  ownerHeads: WordSet;
  // actions
  vagueFirst: PhraseList;
  vagueUnlessTimed: PhraseList;
  /** Verbs that say nothing without a "with" or "to" ("share any worries"). */
  needsRecipient: PhraseList;
  unlessObject: PhraseList;
  concreteObjects: PhraseList;
  unlessTopic: PhraseList;
  /** Verbs vague unless an amount follows ("reduce", "cut down"). */
  unlessMeasured: PhraseList;
  vaguePassive: PhraseList;
  vaguePhrases: PhraseList;
  concrete: PhraseList;
  continueVerbs: PhraseList;
  /** "help … understand", "put … first": a verb and, a few words on, what makes it an aim, not a step. */
  aimFrames: { head: string; tail: PhraseList }[];
  imperatives: PhraseList;
  modals: PhraseList;
  finite: PhraseList;
  infNonVerbs: PhraseList;
  agreedPrefixes: PhraseList;
  irregularParticiples: PhraseList;
  notParticiples: PhraseList;
  // timescales
  vagueTime: PhraseList;
  vagueInField: PhraseList;
  timeNouns: PhraseList;
  hedges: PhraseList;
  loosePeriods: PhraseList;
  conditionalStarts: PhraseList;
  eventTriggers: PhraseList;
  /** Events a mid-sentence "when" can wait on at once ("answer when Mum rings"). */
  whenEvents: PhraseList;
  judgement: PhraseList;
  openWords: PhraseList;
  activityEvents: PhraseList;
  /** The anchor-group-* lists: words naming the same event (a date for one dates them all), compiled and as written. */
  anchorGroups: PhraseList[];
  anchorGroupEntries: (readonly string[])[];
  frequencies: PhraseList;
  units: PhraseList;
  unitQualifiers: PhraseList;
  events: PhraseList;
  anchors: PhraseList;
  anchorPreps: PhraseList;
  periodPreps: PhraseList;
  immediate: PhraseList;
  months: PhraseList;
  weekdays: PhraseList;
  triggerStarts: PhraseList;
  numberWords: PhraseList;
  // columns
  colWhat: PhraseList;
  colWho: PhraseList;
  colWhen: PhraseList;
  colOutcome: PhraseList;
  colIgnore: PhraseList;
  // sections
  secNotAction: PhraseList;
  secAction: PhraseList;
  /** "Outcome 1:", "Risk area A:", "Priority 2" – group headings with actions under them. */
  secGroup: PhraseList;
  /** "Yours sincerely", "Take care": a letter's sign-off, never an action. */
  signOffs: PhraseList;
  /** "ACTION:", "Actions agreed:": the label that marks a line of minutes as an action. */
  actionMarkers: PhraseList;
  /** "Analysis and plan": a section that mixes analysis with the plan's actions. */
  secMixed: PhraseList;
  /** "Section 7:", "Part B:" – the label before a numbered section's title. */
  secLabels: PhraseList;
  /**
   * Flags by a token's vocabulary number (`Token.id`): TIME_START when it can
   * start a time expression (for a quick skip), TIME_NAME when `weekdays` or `months` holds it as one word.
   * Numbers past the end (words first seen after compiling) have no flags.
   */
  timeFlags: Uint8Array;
}

export const TIME_START = 1;
export const TIME_NAME = 2;
/** Timescale lists whose words are looked for inside or around a timescale, never at its start. */
const NOT_STARTS = new Set(['judgement-words', 'open-words', 'time-nouns', 'activity-events', 'loose-periods']);

const cache = new WeakMap<object, Lex>();

function list(lex: PlanLexicons, file: string, name: string): readonly string[] {
  return lex[file]?.[name] ?? lex[`plan/${file}`]?.[name] ?? [];
}

export function compileLexicons(lex: PlanLexicons): Lex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const table = new WordTable();
  const pl = (file: string, name: string): PhraseList => new PhraseList(list(lex, file, name), table);
  const ownerWords = new Set<string>();
  const ownerHeads = new Set<string>();
  for (const name of ['family', 'professional', 'agency', 'collective']) {
    for (const entry of list(lex, 'owners', name)) {
      const ws = entry.toLowerCase().replace(/’/g, "'").split(/[\s/]/).filter((w) => w.length > 0);
      for (const w of ws) ownerWords.add(w);
      const last = ws[ws.length - 1];
      if (last) ownerHeads.add(last);
    }
  }
  const out: Lex = {
    family: pl('owners', 'family'),
    professional: pl('owners', 'professional'),
    agency: pl('owners', 'agency'),
    collective: pl('owners', 'collective'),
    vagueAgency: pl('owners', 'vague-agency'),
    noOwner: pl('owners', 'none'),
    pronouns: pl('owners', 'pronouns'),
    determiners: pl('owners', 'determiners'),
    notOwner: pl('owners', 'not-owner'),
    ownerWords: new WordSet(ownerWords, table),
    ownerHeads: new WordSet(ownerHeads, table),
    vagueFirst: pl('actions', 'vague-first-verbs'),
    vagueUnlessTimed: pl('actions', 'vague-unless-timed'),
    needsRecipient: pl('actions', 'needs-recipient'),
    unlessObject: pl('actions', 'vague-unless-object'),
    concreteObjects: pl('actions', 'concrete-objects'),
    unlessTopic: pl('actions', 'vague-unless-topic'),
    unlessMeasured: pl('actions', 'vague-unless-measured'),
    vaguePassive: pl('actions', 'vague-passive'),
    vaguePhrases: pl('actions', 'vague-phrases'),
    concrete: pl('actions', 'concrete-signals'),
    continueVerbs: pl('actions', 'continue-verbs'),
    aimFrames: list(lex, 'actions', 'aim-frames').map((e) => {
      const cut = e.indexOf(' ');
      return { head: e.slice(0, cut), tail: new PhraseList([e.slice(cut + 1)], table) };
    }),
    imperatives: pl('actions', 'imperative-verbs'),
    modals: pl('actions', 'modals'),
    finite: pl('actions', 'finite-verbs'),
    infNonVerbs: pl('actions', 'infinitive-non-verbs'),
    agreedPrefixes: pl('actions', 'agreed-prefixes'),
    irregularParticiples: pl('actions', 'irregular-participles'),
    notParticiples: pl('actions', 'not-participles'),
    vagueTime: pl('timescales', 'vague'),
    vagueInField: pl('timescales', 'vague-in-field'),
    timeNouns: pl('timescales', 'time-nouns'),
    hedges: pl('timescales', 'hedges'),
    loosePeriods: pl('timescales', 'loose-periods'),
    conditionalStarts: pl('timescales', 'conditional-starts'),
    eventTriggers: pl('timescales', 'event-triggers'),
    whenEvents: pl('timescales', 'when-events'),
    judgement: pl('timescales', 'judgement-words'),
    openWords: pl('timescales', 'open-words'),
    activityEvents: pl('timescales', 'activity-events'),
    anchorGroups: [],
    anchorGroupEntries: [],
    frequencies: pl('timescales', 'frequencies'),
    units: pl('timescales', 'units'),
    unitQualifiers: pl('timescales', 'unit-qualifiers'),
    events: pl('timescales', 'events'),
    anchors: pl('timescales', 'anchors'),
    anchorPreps: pl('timescales', 'anchor-prepositions'),
    periodPreps: pl('timescales', 'period-prepositions'),
    immediate: pl('timescales', 'immediate'),
    months: pl('timescales', 'months'),
    weekdays: pl('timescales', 'weekdays'),
    triggerStarts: pl('timescales', 'trigger-starts'),
    numberWords: pl('timescales', 'number-words'),
    colWhat: pl('columns', 'what'),
    colWho: pl('columns', 'who'),
    colWhen: pl('columns', 'when'),
    colOutcome: pl('columns', 'outcome'),
    colIgnore: pl('columns', 'ignore'),
    secNotAction: pl('sections', 'not-action'),
    secAction: pl('sections', 'action'),
    secGroup: pl('sections', 'group-headings'),
    signOffs: pl('sections', 'sign-offs'),
    actionMarkers: pl('sections', 'action-markers'),
    secMixed: pl('sections', 'mixed'),
    secLabels: pl('sections', 'section-labels'),
    timeFlags: new Uint8Array(0),
  };
  const timeStarts = new Set<string>();
  for (const name of Object.keys(lex['plan/timescales'] ?? lex['timescales'] ?? {})) {
    if (name.startsWith('anchor-group-')) {
      out.anchorGroups.push(pl('timescales', name));
      out.anchorGroupEntries.push(list(lex, 'timescales', name));
    }
    if (name.startsWith('anchor-group-') || NOT_STARTS.has(name)) continue;
    for (const entry of list(lex, 'timescales', name)) {
      const first = entry.toLowerCase().replace(/’/g, "'").split(/[\s]/)[0];
      if (first) timeStarts.add(first);
    }
  }
  for (const w of ['every', 'each', 'end', 'start', 'beginning', 'middle', 'this', 'next', 'first', 'initial', 'following', 'second', 'final', 'last', 'third', 'upcoming', 'once', 'twice']) timeStarts.add(w);
  // every word that can set a flag gets a number, so a token with none (-1) has no flags
  for (const w of timeStarts) vocabId(w);
  const flags = new Uint8Array(vocabSize());
  for (const w of timeStarts) flags[vocabId(w)] = TIME_START;
  for (const w of vocabWords()) {
    if (out.weekdays.has(w) || out.months.has(w)) flags[vocabId(w)] = (flags[vocabId(w)] as number) | TIME_NAME;
  }
  out.timeFlags = flags;
  table.seal();
  cache.set(lex, out);
  return out;
}
