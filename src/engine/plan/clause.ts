/**
 * Clause analysis: sentences, the "Mum will / Dad to / … to be done" shape of
 * an action, its subject (the owner), passive voice and the "by" agent.
 */
import type { Lex } from './lexicon.js';
import { isCapitalised, isJsSpace, spanOf, tokenize, type Span, type Token } from './text.js';

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'e.g', 'i.e', 'etc', 'no', 'approx', 'tel', 'ref', 'vs', 'prof', 'mx', 'miss']);

/** Split text[span] into sentences (offsets into text). */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  const e = span.end;
  // character codes and isJsSpace, not one-character strings and /\s/, in the loops that read every character
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < e && CLOSERS.includes(text[j] as string)) j++;
    if (j < e && !isJsSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < e && isJsSpace(text.charCodeAt(k))) k++;
    if (k >= e) break;
    const nx = text[k] as string;
    const startsNew = nx !== nx.toLowerCase() || /[0-9“"‘(]/.test(nx);
    if (!startsNew) continue;
    if (c === 46) {
      // abbreviation before the full stop? (none is longer than six letters: a longer word is not cut out and looked up)
      let w = i;
      while (w > s && /[A-Za-z.]/.test(text[w - 1] as string)) w--;
      if (i - w < 7 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) continue;
      if (i - w === 1 && /[A-Z]/.test(text[w] as string)) continue; // initial
    }
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  if (s < e) out.push({ start: s, end: e });
  return out;
}

/** Closing quotes and brackets a sentence's last mark may carry. */
const CLOSERS = `"”’)'`;

export interface ClauseInfo {
  tokens: Token[];
  /** Index of the first token of the clause proper (after "It is agreed that"). */
  start: number;
  /** Index of the modal token (will, to, must…), or -1. */
  modal: number;
  /** Number of tokens of the modal. */
  modalLength: number;
  /** Index of the first token of the predicate (after the modal and adverbs; at "be" for passives). */
  predicate: number;
  passive: boolean;
  /** Index of the participle when passive. */
  participle: number;
  subject: Span | null;
  agent: Span | null;
  /** "There will be no contact…", "Someone will ring…": a step or rule with no one named to do it. */
  expletive: boolean;
  /** Who does it: the subject, or for a passive the "by" agent; null when nobody is named. */
  owner: Span | null;
}

const ADVERBS = new Set(['also', 'then', 'not', 'all', 'both', 'each', 'jointly', 'only', 'now', 'still', 'always', 'never', 'together', 'immediately', 'again', 'further', 'usually', 'personally', 'directly', 'first', 'firstly', 'initially', 'urgently', 'regularly']);
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'unless', 'because', 'so', 'that', 'who', 'which', 'where', 'while', 'until', 'once', 'after', 'before', 'as']);
const LINKS = new Set(['at', 'from', 'of']);
const RECORD_LINKS = new Set(['at', 'on', 'in', 'by', 'with', 'during', 'following', 'after']);
const CONNECTORS = new Set(['and', 'or', '&', ',', '/', '–', '-', '—', 'plus', '+']);
/** Words that stand where a subject goes but name nobody ("There will be no contact…", "It will…", "Someone will ring"). */
const NOBODY = new Set(['there', 'it', 'this', 'that', 'these', 'those', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'something', 'nothing', 'what', 'which']);
/** Prepositions: a name straight after one is what the clause is about, not who acts ("A place at Oak Nursery to start…"). */
const PREPOSITIONS = new Set(['with', 'at', 'in', 'for', 'from', 'of', 'to', 'on', 'about', 'into', 'between', 'towards', 'regarding', 're']);
/** Subjects that say a step will be done but name nobody to do it. */
const SOMEONE = new Set(['someone', 'somebody']);
const REQUESTS = new Set(['can', 'could', 'would', 'will']);
const CAUSATIVE = new Set(['have', 'get']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'your', 'my', 'our']);
const CHILD_WORDS = new Set(['baby', 'children']);
/** Back-references to the action before: "Helen will book it." */
const BACK_REFS = new Set(['it', 'this', 'that', 'them', 'these']);

function isParticiple(t: Token | undefined, lex: Lex): boolean {
  if (!t || !t.word) return false;
  const w = t.lower;
  if (lex.notParticiples.hasToken(t)) return false;
  if (lex.irregularParticiples.hasToken(t)) return true;
  return w.length > 3 && (w.endsWith('ed') || w.endsWith('en'));
}

function isTimeWord(t: Token, lex: Lex): boolean {
  return lex.weekdays.hasToken(t) || lex.months.hasToken(t) || /[0-9]/.test(t.text);
}

/** Can this token be part of an owner's name? */
function ownerish(t: Token, lex: Lex): boolean {
  // "**Gareth** will": markdown emphasis around a name is still the name
  if (!t.word) return CONNECTORS.has(t.text) || t.text === '’' || t.text === "'" || t.text === '*' || t.text === '_';
  const w = t.lower;
  if (CONNECTORS.has(w)) return true;
  if (lex.determiners.hasToken(t)) return true;
  if (lex.ownerWords.hasToken(t)) return true;
  const base = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (lex.ownerWords.has(base)) return true;
  if (isCapitalised(t) && !isTimeWord(t, lex)) return true;
  return false;
}

function isOwnerCore(t: Token, lex: Lex): boolean {
  if (!t.word) return false;
  const w = t.lower;
  if (lex.determiners.hasToken(t) || CONNECTORS.has(w)) return false;
  if (lex.ownerHeads.hasToken(t) || lex.ownerHeads.has(w.replace(/'s$/, ''))) return true;
  if (w === 'i' && t.text === 'I') return true;
  return isCapitalised(t) && !isTimeWord(t, lex);
}

/** Walk back from tokens[end-1] over an owner name; returns the token range or null. */
function subjectBefore(tokens: readonly Token[], from: number, end: number, lex: Lex): [number, number] | null {
  let j = end - 1;
  let first = end;
  while (j >= from) {
    const t = tokens[j] as Token;
    if (t.text === ')') {
      // a bracket: take everything back to "("
      let k = j - 1;
      while (k >= from && (tokens[k] as Token).text !== '(') k--;
      if (k < from) break;
      first = k;
      j = k - 1;
      continue;
    }
    // "Mum and baby", "Kelly and the children": a child who goes along with the one who acts
    if (!ownerish(t, lex) && CHILD_WORDS.has(t.lower) && j > from && CONNECTORS.has(tokens[j - (lex.determiners.hasToken(tokens[j - 1] as Token) ? 2 : 1)]?.lower ?? '')) {
      first = j;
      j--;
      continue;
    }
    if (!ownerish(t, lex)) {
      // "Ms Reid, family worker, Oak Lodge": a role between commas after a name
      let c = j;
      while (c > from && c > j - 4 && (tokens[c] as Token).word && !lex.finite.hasToken(tokens[c] as Token)) c--;
      if (tokens[c]?.text === ',' && c > from && isCapitalised(tokens[c - 1] as Token) && tokens.slice(c + 1, j + 1).some((u) => lex.ownerHeads.hasToken(u))) {
        j = c;
        continue;
      }
      // "Mrs Hughes at school", "Sam from the Ember Project": a person and where they work
      const before = tokens[j - 1];
      // ("the housing officer at Oak Homes": a role and where they work)
      if (LINKS.has(t.lower) && j > from && before && ((isCapitalised(before) && !isTimeWord(before, lex)) || lex.ownerHeads.hasToken(before)) && j + 1 < end) {
        first = j;
        j--;
        continue;
      }
      // "the outreach team will": up to two lower-case words between an opening determiner and the role
      let d = j;
      while (d > from && d > j - 2 && (tokens[d] as Token).word && !lex.determiners.hasToken(tokens[d] as Token) && !isCapitalised(tokens[d] as Token)) d--;
      // (or after a label's colon or a clause's comma: "Who can help: the named nurse will …")
      if ((d === from || tokens[d - 1]?.text === ':' || tokens[d - 1]?.text === ',') && first < end && lex.determiners.hasToken(tokens[d] as Token)) first = d;
      break;
    }
    first = j;
    j--;
  }
  // trim leading connectors and trailing ones
  let a = first;
  let b = end;
  while (a < b && !(tokens[a] as Token).word && (tokens[a] as Token).text !== '(') a++;
  while (a < b && CONNECTORS.has((tokens[a] as Token).lower)) a++;
  while (b > a && (CONNECTORS.has((tokens[b - 1] as Token).lower) || (!(tokens[b - 1] as Token).word && (tokens[b - 1] as Token).text !== ')'))) b--;
  if (b <= a) return null;
  // must hold an owner word and must not end in a thing ("Home visits", "Contact")
  let core = false;
  let head: Token | undefined;
  let depth = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    // ("Carers from Bay Care": a role, not the place it comes from, is the head)
    if (depth === 0 && head && LINKS.has(t.lower) && lex.ownerHeads.hasToken(head)) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.word) {
      if (isOwnerCore(t, lex)) core = true;
      if (!CONNECTORS.has(t.lower)) head = t;
    }
  }
  if (!core || !head) return null;
  // ("Adult Social Care", "Early Help": an agency whose last word is also a thing)
  if (lex.notOwner.hasToken(head) && !tokens.slice(a, b).some((_, k) => roleLength(tokens, a + k, lex) === b - a - k)) return null;
  if (lex.determiners.hasToken(head)) return null;
  // a lone capitalised first word that is a thing ("Referral", "Respite") is not an owner
  if (b - a === 1 && a === from && !lex.ownerWords.hasToken(head) && !lex.ownerWords.has(head.lower.replace(/'s$/, '')) && lex.imperatives.hasToken(head)) return null;
  return [a, b];
}

/** The owner span ending just before tokens[end], or null. */
export function subjectSpan(tokens: readonly Token[], from: number, end: number, lex: Lex): Span | null {
  const r = subjectBefore(tokens, from, end, lex);
  return r ? spanOf(tokens, r[0], r[1]) : null;
}

/** Length of the owner phrase ("core group", "social worker") at tokens[k], or 0. */
function roleLength(tokens: readonly Token[], k: number, lex: Lex): number {
  return Math.max(lex.collective.matchAt(tokens, k), lex.professional.matchAt(tokens, k), lex.agency.matchAt(tokens, k), lex.family.matchAt(tokens, k));
}

/** Words after which a "by" belongs to another clause ("… until it has been seen by the GP"). */
const AGENT_STOPS = new Set(['if', 'until', 'unless', 'when', 'whenever', 'once', 'so', 'because', 'and', 'or', 'but', 'while', 'who', 'which', 'that']);

/**
 * The "by" agent of a passive: "to be seen by the GP", and further on in the
 * same clause, "will be taken to the dentist at Market Street by her dad".
 * A "by" that gives a time ("by Friday", "by the review") is skipped.
 */
function agentAfter(tokens: readonly Token[], from: number, lex: Lex): [number, number] | null {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?') return null;
    // near the verb a comma may come before the agent; further on it ends the clause
    if ((t.text === ',' || AGENT_STOPS.has(t.lower)) && k >= from + 4) return null;
    if (t.lower !== 'by') continue;
    const nx = tokens[k + 1];
    if (!nx || isTimeWord(nx, lex)) continue;
    // "by the core group" after a passive is who does it; "by the next core group" is when
    const role = nx.lower === 'the' ? roleLength(tokens, k + 2, lex) : roleLength(tokens, k + 1, lex);
    if (lex.anchors.matchAt(tokens, k + 1) > role) continue;
    let e = k + 1;
    if (nx.lower === 'the' && lex.anchors.matchAt(tokens, k + 2) > role) continue;
    if (nx.lower === 'the' && (tokens[k + 2]?.lower === 'end' || tokens[k + 2]?.lower === 'next' || tokens[k + 2]?.lower === 'first')) continue;
    // "by the named nurse", "by ward staff": up to two lower-case words before the role, after a determiner or none
    {
      const d = lex.determiners.hasToken(nx) ? k + 2 : k + 1;
      let q = d;
      while (q < d + 2 && tokens[q]?.word && !ownerish(tokens[q] as Token, lex)) q++;
      if (q > d && tokens[q] && lex.ownerHeads.hasToken(tokens[q] as Token)) e = q;
    }
    while (e < tokens.length) {
      const te = tokens[e] as Token;
      if (te.text === '(') {
        let q = e + 1;
        while (q < tokens.length && (tokens[q] as Token).text !== ')') q++;
        if (q >= tokens.length) break;
        e = q + 1;
        continue;
      }
      if (te.text === ',' || !ownerish(te, lex) || isTimeWord(te, lex)) break;
      // "by Nan every Saturday": a determiner straight after a name starts the next phrase
      if (e > k + 1 && lex.determiners.hasToken(te) && !CONNECTORS.has((tokens[e - 1] as Token).lower)) break;
      e++;
    }
    while (e > k + 1 && CONNECTORS.has((tokens[e - 1] as Token).lower)) e--;
    for (let q = k + 1; q < e; q++) if (isOwnerCore(tokens[q] as Token, lex)) return [k + 1, e];
  }
  return null;
}

/**
 * The bare verb of a that-clause with no modal ("… that the school offer a
 * place", "… that a referral be made"), before the modal found (if any) and
 * only when that modal has no subject of its own; -1 if none. A bare "be"
 * followed by a participle needs no named subject; any other verb does.
 */
function subjunctiveVerb(tokens: readonly Token[], start: number, modal: number, lex: Lex): number {
  if (modal >= 0) {
    const own = subjectBefore(tokens, start, modal, lex);
    if (own && own[0] === start) return -1;
  }
  const limit = modal >= 0 ? modal : Math.min(tokens.length, start + 12);
  for (let k = start + 1; k < limit; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === '.') return -1;
      continue;
    }
    if (isCapitalised(t) || SUBORDINATORS.has(t.lower) || lex.finite.hasToken(t)) continue;
    if (t.lower === 'be') return isParticiple(tokens[k + 1], lex) || isParticiple(tokens[k + 2], lex) ? k : -1;
    if (!lex.imperatives.hasToken(t)) continue;
    // "support" in "the family support worker" is part of the role
    const nx = tokens[k + 1];
    if (nx && nx.word && lex.ownerWords.hasToken(t) && lex.ownerWords.hasToken(nx)) continue;
    return subjectBefore(tokens, start, k, lex) ? k : -1;
  }
  return -1;
}

/** "Me, you, Mum and Mrs Kay (school) meet again on …": people joined by "and" before a plain verb do it together; their span, or null. */
function groupOwner(tokens: readonly Token[], from: number, lex: Lex): Span | null {
  let k = from + 2;
  let depth = 0;
  for (; k < tokens.length && k < from + 14; k++) {
    const t = tokens[k] as Token;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.word && !isCapitalised(t) && lex.imperatives.hasToken(t)) break;
  }
  const r = k < tokens.length && k < from + 14 ? subjectBefore(tokens, from, k, lex) : null;
  return r && r[0] === from && r[1] === k && tokens.slice(from, k).some((t) => t.lower === 'and' || t.text === '&') ? spanOf(tokens, from, k) : null;
}

/** "I'll (Sam) ring", "I will (Jo) visit": the index after a short bracketed name at tokens[j], else j. */
function pastAside(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let q = j + 1; q < j + 6 && q < tokens.length; q++) if ((tokens[q] as Token).text === ')') return q + 1;
  return j;
}

/** A particle or object after a verb ("hand over", "hand it in"). */
const PARTICLES = new Set(['over', 'in', 'it']);

/** 1 for "I'll" / "you'll" + verb, 2 for "I'm going to" + verb, else 0. */
function contraction(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const nx = tokens[pastAside(tokens, k + 1)];
  // (the regex only for words ending in l or m: it ran for every word before the modal)
  const last = t.lower.charCodeAt(t.lower.length - 1);
  if (!nx || !nx.word || t.lower.length < 3 || (last !== 108 && last !== 109) || !/^[a-z]+'(?:ll|m)$/.test(t.lower)) return 0;
  if (t.lower.endsWith("'ll")) return isCapitalised(nx) ? 0 : 1;
  const verb = tokens[k + 3];
  return nx.lower === 'going' && tokens[k + 2]?.lower === 'to' && verb && verb.word && !isCapitalised(verb) ? 2 : 0;
}

/** Analyse the clause in text[span]. */
export function analyseClause(text: string, span: Span, lex: Lex): ClauseInfo {
  const tokens = tokenize(text, span.start, span.end);
  const info: ClauseInfo = { tokens, start: 0, modal: -1, modalLength: 0, predicate: 0, passive: false, participle: -1, subject: null, agent: null, owner: null, expletive: false };
  const pre = lex.agreedPrefixes.matchAt(tokens, 0);
  if (pre > 0) info.start = pre;
  // "work with the family to agree a plan": an item that opens with a verb is an
  // instruction, and a later "to" says what for, not who does it
  const t0 = tokens[info.start];
  const t1 = tokens[info.start + 1];
  // "Can u ring the GP by Fri", "Please could you bring his red book": a request puts its doer after the modal
  const rq = info.start + (/^(?:please|pls)$/.test(t0?.lower ?? '') ? 1 : 0);
  if (REQUESTS.has(tokens[rq]?.lower ?? '') && /^(?:you|u)$/.test(tokens[rq + 1]?.lower ?? '')) {
    info.modal = rq;
    info.modalLength = 1;
    info.predicate = rq + 2 + (tokens[rq + 2]?.lower === 'please' ? 1 : 0);
    info.subject = info.owner = spanOf(tokens, rq + 1, rq + 2);
    return info;
  }
  // ("Visit to be arranged", "Contact to be supervised" are nouns with a modal "to")
  let sawFinite = !!t0 && lex.imperatives.hasToken(t0) && !!t1 && t1.word && t1.lower !== 'to' && !lex.ownerHeads.hasToken(t1) && !lex.ownerWords.hasToken(t1);
  // ("Support for Natalie to be explored", "Help with the rent to be arranged": a noun, a
  // preposition, then a passive "to be done")
  if (sawFinite && t1 && PREPOSITIONS.has(t1.lower) && passiveToAhead(tokens, info.start + 2, lex)) sawFinite = false;
  // "Try to be kinder", "Aim to get up by 8": a verb that takes "to" opens an instruction; its "to" is no modal
  // ("Continue to support" keeps its "to": the continue-verbs are read through it)
  if (!sawFinite && t0 && t1?.lower === 'to' && lex.imperatives.hasToken(t0) && lex.vagueFirst.matchAt(tokens, info.start) === 2 && lex.continueVerbs.matchAt(tokens, info.start) === 0) sawFinite = true;
  let contracted: Span | null = null;
  let depth = 0;
  let mainVerb = false;
  for (let k = info.start; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.text === '.' || t.text === ';' || t.text === '?') break;
      if (t.text === '(') depth++;
      else if (t.text === ')' && depth > 0) depth--;
      // "If Jay is late, youth worker to ring …": the main clause starts after the comma
      else if (t.text === ',' && SUBORDINATORS.has(t0?.lower ?? '') && tokens[k + 1] && !lex.imperatives.hasToken(tokens[k + 1] as Token)) sawFinite = false;
      continue;
    }
    // "Dad (lives in Leeds, no contact for a year) to be updated": words in brackets describe the owner
    if (depth > 0) continue;
    // "Dad is away, so no one is at home if Mum has to go into hospital": once the main clause has its
    // verb, a modal inside a later condition is part of the worry, not a step
    if (mainVerb && (t.lower === 'if' || t.lower === 'unless')) break;
    // "I'll ring", "You'll keep", "I'm going to leave": the doer and the modal in one word
    const c = contraction(tokens, k);
    if (c > 0) {
      info.modal = c === 1 ? k : k + 1;
      info.modalLength = c === 1 ? 1 : 2;
      contracted = { start: t.start, end: t.end - (c === 1 ? 3 : 2) };
      break;
    }
    const m = lex.modals.matchAt(tokens, k) || (pre > 0 && t.lower === 'would' ? 1 : 0);
    if (m > 0 && k > info.start) {
      const nx = tokens[pastAside(tokens, k + m)];
      if (nx && nx.word && !isCapitalised(nx)) {
        info.modal = k;
        info.modalLength = m;
        break;
      }
    }
    if (t.lower === 'to' && k > info.start && !sawFinite) {
      const nx = tokens[k + 1];
      // ("to hand", "up to date" are no verbs, but "to hand the phone to…" is)
      if (nx && nx.word && !isCapitalised(nx) && (!lex.infNonVerbs.hasToken(nx) || (nx.lower === 'hand' && !!tokens[k + 2]?.word && (lex.determiners.hasToken(tokens[k + 2] as Token) || PARTICLES.has((tokens[k + 2] as Token).lower)))) && !/[0-9]/.test(nx.text)) {
        info.modal = k;
        info.modalLength = 1;
        break;
      }
    }
    // ("By Friday 7 May, Nan to …": the month is no verb)
    if ((lex.finite.hasToken(t) && t.text !== 'May') || SUBORDINATORS.has(t.lower) || (m > 0 && k === info.start)) sawFinite = true;
    if (lex.finite.hasToken(t) && t.text !== 'May' && k > info.start && !SUBORDINATORS.has(t0?.lower ?? '')) mainVerb = true;
  }
  // "We asked that CMHT hold a meeting", "We recommended that an assessment be
  // completed": after a reported decision the verb may stand bare (subjunctive)
  if (pre > 0 && (tokens[pre - 1] as Token).lower === 'that') {
    const k = subjunctiveVerb(tokens, info.start, info.modal, lex);
    if (k > 0) {
      info.modal = k;
      info.modalLength = 0;
    }
  }
  if (info.modal < 0) {
    // "to look at the bid" after an owner's label: the verb follows the bare "to"
    info.predicate = info.start + (t0?.lower === 'to' && t1?.word && !isCapitalised(t1) ? 1 : 0);
    info.owner = dashOwner(text, tokens, info.start, lex) ?? passiveAgent(tokens, info.start, lex) ?? ableOwner(tokens, info.start, lex) ?? laterOwner(text, tokens, info.start, lex, true) ?? groupOwner(tokens, info.start, lex);
    return info;
  }
  let p = pastAside(tokens, info.modal + info.modalLength);
  while (p < tokens.length && ADVERBS.has((tokens[p] as Token).lower)) p++;
  info.predicate = p;
  if ((tokens[p] as Token | undefined)?.lower === 'be') {
    let q = p + 1;
    if ((tokens[q] as Token | undefined)?.lower.endsWith('ly')) q++;
    if (isParticiple(tokens[q], lex)) {
      info.passive = true;
      info.participle = q;
      let ag = agentAfter(tokens, q + 1, lex);
      // "kept in the cupboard and given out by Jo": the agent of a second participle joined by "and"
      for (let k = q + 1; !ag && k < tokens.length && (tokens[k] as Token).text !== '.'; k++) {
        if ((tokens[k] as Token).lower === 'and' && isParticiple(tokens[k + 1], lex)) ag = agentAfter(tokens, k + 2, lex);
      }
      if (ag) info.agent = spanOf(tokens, ag[0], ag[1]);
    }
  }
  // "Both children to have their views heard", "Mum to get her needs met": a causative that names what the
  // subject receives, not a step the subject takes (so read like a passive with no doer)
  if (!info.passive && CAUSATIVE.has((tokens[p] as Token | undefined)?.lower ?? '') && POSSESSIVES.has((tokens[p + 1] as Token | undefined)?.lower ?? '')) {
    for (let q = p + 2; q < tokens.length && q < p + 5 && (tokens[q] as Token).word; q++) {
      if (lex.vaguePassive.matchAt(tokens, q) === 0) continue;
      info.passive = true;
      info.participle = q;
      const ag = agentAfter(tokens, q + 1, lex);
      if (ag) info.agent = spanOf(tokens, ag[0], ag[1]);
      break;
    }
  }
  if (contracted) {
    info.subject = contracted;
    info.owner = contracted;
    return info;
  }
  // "Darren not to drive", "Mum also to ring"
  let subjEnd = info.modal;
  while (subjEnd - 1 > info.start && ADVERBS.has((tokens[subjEnd - 1] as Token).lower)) subjEnd--;
  let subj = subjectBefore(tokens, info.start, subjEnd, lex);
  // "No one is to tell …": a rule laid on everyone
  if (!subj && subjEnd === info.start + 2 && tokens[info.start]?.lower === 'no' && tokens[info.start + 1]?.lower === 'one') subj = [info.start, subjEnd];
  // "work with the family to agree a plan": the family is who it is done with, not the doer
  if (subj && subj[0] > info.start && (tokens[subj[0] - 1] as Token).lower === 'with') subj = null;
  // "Martin said at the meeting that he will drive …": the pronoun stands for the one who said it
  if (subj) subj = reporter(tokens, info.start, subj, lex) ?? subj;
  if (subj) info.subject = spanOf(tokens, subj[0], subj[1]);
  // who does it: the subject, unless it names nobody ("There will be…", "Someone will…")
  // or is where, not who ("A funded place at Oak Nursery to start…")
  const lone = subj && subj[1] - subj[0] === 1 ? (tokens[subj[0]] as Token).lower : '';
  // ("Someone from the housing team will ring": a team is where they come from, not who; but "Someone from
  // school", "Someone from Elm Academy" names the one place that sends them)
  const org = tokens[info.start + 2];
  const some = !!subj && SOMEONE.has((tokens[info.start] as Token).lower) && tokens[info.start + 1]?.lower === 'from' && (!org || lex.determiners.hasToken(org) || POSSESSIVES.has(org.lower));
  info.expletive = (lone === 'there' && (tokens[info.predicate] as Token | undefined)?.lower === 'be') || some;
  const doer = subj && !NOBODY.has(lone) && !some && !(subj[0] > info.start && afterPreposition(tokens, info.start, subj[0], lex)) && !(tokens[p]?.lower === 'be' && meetingNamed(tokens, subj, lex));
  if (info.passive) {
    // "A room will be booked. Dee will book it.": a later sentence of the same item names the doer
    info.owner = info.agent ?? dashOwner(text, tokens, info.participle, lex) ?? laterOwner(text, tokens, info.participle, lex, false) ?? leadOwner(text, tokens, info.start, lex);
  } else if (doer) {
    info.owner = info.subject;
  } else if (!subj) {
    // "Attendance to improve, with the school to ring on any day she is not in": the with-clause names the doer
    info.owner = withOwner(tokens, info.modal + info.modalLength, lex);
  }
  // "Swimming lessons for Ruby – Simon to ask about funding": a doer after a dash takes the step on
  if (!info.owner && !info.expletive) info.owner = dashOwner(text, tokens, info.start, lex) ?? (info.passive ? null : laterOwner(text, tokens, info.start, lex, true));
  return info;
}


/**
 * Does the name at tokens[at] follow a preposition that hangs on a thing
 * ("A place at Oak Nursery to start…", "work with the family to…")? Not when
 * the preposition hangs on a role ("a worker from Safe Steps will…") or sits
 * in an aside between commas ("Mr Cole, head of year at Park High, will…").
 */
function afterPreposition(tokens: readonly Token[], start: number, at: number, lex: Lex): boolean {
  const prep = tokens[at - 1] as Token;
  if (!PREPOSITIONS.has(prep.lower)) return false;
  // ("… for Leah to have art therapy": who it is for)
  if (prep.lower === 'with' || prep.lower === 'for') return true;
  for (let k = start; k < at; k++) if ((tokens[k] as Token).text === ',') return false;
  const before = tokens[at - 2];
  return !!before && before.word && !lex.ownerWords.hasToken(before) && !lex.ownerHeads.hasToken(before);
}

/**
 * "Work with Zac on what he saw to be done by the FSW": a long subject that
 * opens like a verb hides the modal, but a "to be <participle> by <owner>"
 * in the sentence still names who does it; so does a bare participle and
 * "by" ("Dentist appointment, booked by Dad — w/c 3 May").
 */
function passiveAgent(tokens: readonly Token[], from: number, lex: Lex): Span | null {
  for (let k = from; k < tokens.length - 3; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';') return null;
    // "… to be done by X", and "Dentist appointment, booked by X": a participle straight before "by"
    const full = t.lower === 'to' && (tokens[k + 1] as Token).lower === 'be' && isParticiple(tokens[k + 2], lex);
    if (!full && !(k > from && isParticiple(t, lex) && (tokens[k + 1] as Token).lower === 'by')) continue;
    const ag = agentAfter(tokens, full ? k + 3 : k + 1, lex);
    if (ag || full) return ag ? spanOf(tokens, ag[0], ag[1]) : null;
  }
  return null;
}

/** "The first core group (will be on …)": the subject ends in a meeting, which takes place but does nothing. */
function meetingNamed(tokens: readonly Token[], subj: readonly [number, number], lex: Lex): boolean {
  const m = lex.anchors.find(tokens, subj[0], subj[1]);
  return !!m && m.index + m.length === subj[1];
}

/** Is there a "to be <participle>" within the next few tokens (before the clause ends)? */
function passiveToAhead(tokens: readonly Token[], from: number, lex: Lex): boolean {
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';' || t.text === ',') return false;
    if (t.lower === 'to' && tokens[k + 1]?.lower === 'be' && isParticiple(tokens[k + 2], lex)) return true;
  }
  return false;
}

/** ", with <owner> to <verb>" or ", with <owner> there" later in the clause: the owner span, or null. */
function withOwner(tokens: readonly Token[], from: number, lex: Lex): Span | null {
  for (let k = from; k < tokens.length - 3; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';') return null;
    if (t.text !== ',' || (tokens[k + 1] as Token).lower !== 'with') continue;
    for (let m = k + 3; m < tokens.length && m < k + 10; m++) {
      const tm = tokens[m] as Token;
      if (!tm.word && !ownerish(tm, lex)) break;
      // (", with Nan there", ", with the SW present": who is there is who sees it done)
      const there = tm.lower === 'there' || tm.lower === 'present';
      if (tm.lower !== 'to' && !there) continue;
      const nx = tokens[m + 1];
      if (!there && (!nx || !nx.word || isCapitalised(nx) || lex.infNonVerbs.hasToken(nx))) break;
      const r = subjectBefore(tokens, k + 2, m, lex);
      if (r && r[0] === k + 2) return spanOf(tokens, r[0], r[1]);
      break;
    }
  }
  return null;
}

/** Does a word of tokens[a, b) come again after "the" in later[from…] ("the locked box … the box")? */
function sharesNoun(tokens: readonly Token[], a: number, b: number, later: readonly Token[], from: number): boolean {
  for (let q = a; q < b; q++) {
    const t = tokens[q] as Token;
    if (t.word && t.lower.length > 2 && later.some((u, k) => k >= from && u.lower === t.lower && later[k - 1]?.lower === 'the')) return true;
  }
  return false;
}

/** "– the next core group" after a dash is a time. */
const ORDINALS = new Set(['next', 'first', 'last']);

export const REPORTS = new Set(['said', 'says', 'told', 'promised', 'offered', 'agreed', 'confirmed']);

/** For a subject ending "… he", "she" after "X said (at the meeting) that": X's token range, else null. */
function reporter(tokens: readonly Token[], from: number, subj: [number, number], lex: Lex): [number, number] | null {
  const a = subj[1] - 1;
  if (!['he', 'she', 'they'].includes((tokens[a] as Token).lower)) return null;
  for (let v = a - 1; v > from && v >= a - 6; v--) {
    if (!REPORTS.has((tokens[v] as Token).lower)) continue;
    const aux = (tokens[v - 1] as Token).lower;
    const who = subjectBefore(tokens, from, aux === 'has' || aux === 'have' ? v - 1 : v, lex);
    return who && who[0] === from ? who : null;
  }
  return null;
}

/** "You can ring the clinic …", "Jo can collect them …" in an item of the plan: the one who is offered the step owns it. */
function ableOwner(tokens: readonly Token[], from: number, lex: Lex): Span | null {
  for (let k = from + 1; k < tokens.length && k < from + 6; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'can') continue;
    const nx = tokens[k + 1];
    const subj = nx?.word && !isCapitalised(nx) ? subjectBefore(tokens, from, k, lex) : null;
    return subj && subj[0] === from && !NOBODY.has((tokens[from] as Token).lower) ? spanOf(tokens, subj[0], subj[1]) : null;
  }
  return null;
}

/** "The application to be made – legal team to advise by 3 May": a role after a dash, in the same sentence, takes the step on. */
function dashOwner(text: string, tokens: readonly Token[], from: number, lex: Lex): Span | null {
  for (let k = from; k < tokens.length && (tokens[k] as Token).text !== '.'; k++) {
    if (!spacedDash(text, tokens, k) || !tokens[k + 1]?.word) continue;
    let e = k + 1;
    while (e < tokens.length && (tokens[e] as Token).text !== '.') e++;
    // "Referral to the carers' service – SW, by 17 March", "… – the school", "… – Hope Street Project, by 3 May":
    // a role, or a name of two words (one when "by" follows, or initials in a dash chain: "… – chase – JT – asap"),
    // and then the time, another dash or nothing
    let c = k + 1;
    while (c < e && (tokens[c] as Token).text !== ',' && !spacedDash(text, tokens, c)) c++;
    const r = roleLength(tokens, k + 1, lex);
    const name = r === c - k - 1 ? [k + 1, c] : subjectBefore(tokens, k + 1, c, lex);
    if (name?.[0] === k + 1 && name[1] === c && (c - k > 2 || r > 0 || tokens[c + 1]?.lower === 'by' || /^[A-Z]{2,3}$/.test((tokens[k + 1] as Token).text)) && !lex.vagueTime.hasToken(tokens[k + 1] as Token) && !tokens.slice(k + 1, c).some((t) => ORDINALS.has(t.lower))) return spanOf(tokens, k + 1, c);
    const info = analyseClause(text, spanOf(tokens, k + 1, e), lex);
    const subj = info.subject ? tokenize(text, info.subject.start, info.subject.end).filter((t) => t.word) : [];
    if (info.modal > 0 && !info.passive && subj.length > 0 && subj.every((t) => ownerish(t, lex))) return info.subject;
  }
  return null;
}

/** An en or em dash, or a hyphen with a space each side ("Safe Apps - Dad to …"). */
function spacedDash(text: string, tokens: readonly Token[], k: number): boolean {
  const d = tokens[k] as Token;
  return d.text === '–' || d.text === '—' || (d.text === '-' && text[d.start - 1] === ' ' && text[d.end] === ' ');
}

/** "JT – referral to be sent by 5 May": a name, initials or a role before a dash that opens the line owns the passive step after it. */
function leadOwner(text: string, tokens: readonly Token[], from: number, lex: Lex): Span | null {
  for (let d = from + 1; d < tokens.length && d < from + 5; d++) {
    if (!spacedDash(text, tokens, d)) continue;
    const r = subjectBefore(tokens, from, d, lex);
    return r?.[0] === from && r[1] === d && !lex.noOwner.hasToken(tokens[from] as Token) && !meetingNamed(tokens, r, lex) ? spanOf(tokens, from, d) : null;
  }
  return null;
}

/**
 * "Kim and Steve - from tonight", "Erin (school nurse) / Mrs Patel - weekly",
 * "Hollie with Mia": a line of an item under its step that holds only who
 * does it, before a dash and a time or alone; the owners' span, or null. Not
 * the tail of a wrapped sentence ("… a referral to ⏎ Early Help"): the line
 * before must not end on a word that needs more after it; and one word alone
 * ("Ongoing") must be an owner word.
 */
export function lineOwner(text: string, before: Span, seg: Span, lex: Lex): Span | null {
  const prev = tokenize(text, before.start, before.end);
  const last = prev[prev.length - 1];
  if (!last || PREPOSITIONS.has(last.lower) || CONNECTORS.has(last.lower) || lex.determiners.hasToken(last)) return null;
  const tokens = tokenize(text, seg.start, seg.end);
  if (tokens.length === 1 && !lex.ownerWords.hasToken(tokens[0] as Token)) return null;
  let cut = 0;
  while (cut < tokens.length && !spacedDash(text, tokens, cut)) cut++;
  let r = subjectBefore(tokens, 0, cut, lex);
  // ("Hollie with Mia": who leads, and who it is done with)
  if (r && tokens[r[0] - 1]?.lower === 'with' && subjectBefore(tokens, 0, r[0] - 1, lex)?.[0] === 0) r = [0, r[1]];
  return r?.[0] === 0 && r[1] === cut ? spanOf(tokens, 0, cut) : null;
}

/**
 * The doer named in a later sentence of the same item. After a passive
 * ("An interpreter will be booked for every meeting. Helen will book it."),
 * one who "will <verb> it/this/them" or acts on the same thing ("Needles to
 * be kept in the locked box. Leanne to show SW the box at every visit.").
 * With `any` ("Counselling for Amy. Dee will ask the school.", "I have rung
 * the court. The hearing is on 3 May. I will ring you after it.", "Who in the
 * family will help: Aunt Di will …"): after a first sentence or label that
 * names no doer, the doer who opens the next sentence with a modal.
 */
function laterOwner(text: string, tokens: readonly Token[], from: number, lex: Lex, any: boolean): Span | null {
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).text !== '.' && !(any && (tokens[k] as Token).text === ':')) k++;
  for (let s = k + 1; s < tokens.length; s++) {
    let e = s;
    while (e < tokens.length && (tokens[e] as Token).text !== '.') e++;
    if (e > s) {
      const info = analyseClause(text, spanOf(tokens, s, e), lex);
      const doer = info.modal > 0 && !info.passive ? info.owner : null;
      if (any) {
        if (info.modal >= 0) return doer && info.subject?.start === (tokens[s] as Token).start ? doer : null;
      } else if (doer && ((info.tokens[info.modal]?.lower !== 'to' && BACK_REFS.has(info.tokens[info.predicate + 1]?.lower ?? '')) || sharesNoun(tokens, from, s, info.tokens, info.predicate + 1))) return doer;
    }
    s = e;
  }
  return null;
}

/** Does the clause read as an action? */
export function isActionClause(info: ClauseInfo, mode: 'action' | 'strong', lex: Lex): boolean {
  const t0 = info.tokens[info.start];
  if (!t0) return false;
  const last = info.tokens[info.tokens.length - 1];
  if (last && last.text === '?') return false;
  if (info.modal >= 0) {
    if (info.subject) return true;
    if (info.passive) return true;
    // "Kai to be at school" with a name we did not know, or a thing
    return mode === 'action' && info.tokens[info.modal]?.lower !== 'to' ? false : mode === 'action';
  }
  if (info.start > 0) return true;
  // imperative: "Book the dentist", "Ring the GP"; not a record line ("Plan updated at…", "Review held on…")
  if (mode === 'action' && isCapitalised(t0) && lex.imperatives.hasToken(t0)) return !(isParticiple(info.tokens[info.start + 1], lex) && RECORD_LINKS.has(info.tokens[info.start + 2]?.lower ?? ''));
  return false;
}

/** Split text[span] at semicolons; drops a leading "and" / "or" / "then" from each piece. */
function semicolonPieces(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  let depth = 0;
  for (let i = span.start; i <= span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    if (i === span.end || (c === 59 && depth === 0)) {
      let a = s;
      while (a < i && /\s/.test(text[a] as string)) a++;
      for (const w of ['and ', 'or ', 'then ', 'plus ']) {
        if (text.slice(a, a + w.length).toLowerCase() === w) {
          a += w.length;
          break;
        }
      }
      let b = i;
      while (b > a && /\s/.test(text[b - 1] as string)) b--;
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

/**
 * Action clauses in a prose sentence. Splits a semicolon list of actions
 * ("A will X; B will Y; and C to be done") and "A will X, and B will Y". A
 * piece that does not read as an action stays with the action before it.
 */
export function proseActions(text: string, sentence: Span, mode: 'action' | 'strong', lex: Lex): Span[] {
  const pieces = semicolonPieces(text, sentence);
  if (pieces.length <= 1) return commaActions(text, sentence, mode, lex);
  const out: Span[] = [];
  let lastWasAction = false;
  for (const p of pieces) {
    const found = commaActions(text, p, mode, lex);
    if (found.length > 0) {
      out.push(...found);
      lastWasAction = true;
    } else if (lastWasAction) {
      const last = out[out.length - 1] as Span;
      last.end = p.end;
    }
  }
  return out;
}

function commaActions(text: string, sentence: Span, mode: 'action' | 'strong', lex: Lex): Span[] {
  const info = analyseClause(text, sentence, lex);
  if (!isActionClause(info, mode, lex)) return [];
  const toks = info.tokens;
  // look for ", and <owner> will" after the first predicate
  for (let k = info.predicate + 1; k < toks.length - 2; k++) {
    const t = toks[k] as Token;
    if (t.text !== ',') continue;
    let s = k + 1;
    if ((toks[s] as Token).lower === 'and' || (toks[s] as Token).lower === 'but' || (toks[s] as Token).lower === 'while') s++;
    const rest: Span = { start: (toks[s] as Token).start, end: sentence.end };
    const second = analyseClause(text, rest, lex);
    if (second.modal >= 0 && second.subject && second.subject.start === rest.start && (second.tokens[second.modal] as Token).lower !== 'to') {
      const firstSpan: Span = { start: sentence.start, end: t.start };
      return [firstSpan, ...commaActions(text, rest, mode, lex)];
    }
  }
  return [sentence];
}

/** A list item outside an action section counts only when it clearly reads as an action. */
export function strongAction(text: string, what: Span[], lex: Lex): boolean {
  const w = what[0];
  if (!w) return false;
  const info = analyseClause(text, w, lex);
  if (info.modal >= 0 && (info.subject || info.passive)) return true;
  const t0 = info.tokens[info.start];
  return !!t0 && isCapitalised(t0) && lex.imperatives.hasToken(t0) && info.tokens.length > 2;
}

/**
 * A vague verb that the rest of the clause makes concrete: "work on a sleep
 * chart with Mum" (a thing that will exist), "liaise with the GP about any
 * missed dose" (one named person told one named thing). `hit` is the token
 * index of the vague words.
 */
export function vagueExcused(toks: readonly Token[], hit: number, lex: Lex): boolean {
  // "cut down to 10 cigarettes a day", "reduce her drinking by half": an amount that can be checked
  const ms = lex.unlessMeasured.matchAt(toks, hit);
  if (ms > 0) {
    for (let k = hit + ms; k < toks.length; k++) {
      const t = toks[k] as Token;
      if (t.text === '.' || t.text === ';') break;
      if (AMOUNTS.has(t.lower) || lex.frequencies.hasToken(t)) return true;
      // a count of something ("14 units", "two cans"), not a date or a time ("by 12 May", "within 4 weeks")
      const count = /^[0-9]+%?$/.test(t.text) || (lex.numberWords.hasToken(t) && !LOOSE_COUNTS.has(t.lower));
      const nx = toks[k + 1];
      if (count && nx && nx.word && !lex.units.hasToken(nx) && !lex.months.hasToken(nx) && !/^(?:am|pm)$/.test(nx.lower)) return true;
    }
    return false;
  }
  const o = lex.unlessObject.matchAt(toks, hit);
  if (o > 0) {
    for (let k = hit + o; k < toks.length && k < hit + o + 6; k++) {
      const t = toks[k] as Token;
      if (!t.word || t.lower === 'with' || t.lower === 'for') break;
      if (lex.concreteObjects.hasToken(t)) return true;
    }
    return false;
  }
  const r = lex.unlessTopic.matchAt(toks, hit);
  if (r === 0) return false;
  let k = hit + r;
  if (toks[k] && lex.determiners.hasToken(toks[k] as Token)) k++;
  const start = k;
  while (k < toks.length && k < start + 5 && (toks[k] as Token).word && ownerish(toks[k] as Token, lex) && !TOPIC_WORDS.has((toks[k] as Token).lower) && !TRIGGER_WORDS.has((toks[k] as Token).lower)) k++;
  // a group ("all professionals", "the network") is not one person to tell
  if (k === start || lex.collective.matchAt(toks, start) > 0) return false;
  // a report on a change ("about any missed dose", "if Mum is unwell"), not a topic to talk over ("about attendance")
  const next = toks[k];
  if (!next) return false;
  if (TRIGGER_WORDS.has(next.lower)) return true;
  const after = toks[k + 1];
  return TOPIC_WORDS.has(next.lower) && !!after && (after.lower === 'any' || after.lower === 'every');
}

/** Words that give an amount without a digit. */
const AMOUNTS = new Set(['half', 'none', 'zero', 'nothing', 'units', 'unit']);
/** Number words that are no count ("a few"). */
const LOOSE_COUNTS = new Set(['a', 'an', 'few', 'several']);
const TOPIC_WORDS = new Set(['about', 'regarding', 're', 'over', 'on']);
const TRIGGER_WORDS = new Set(['if', 'when', 'whenever']);

/** The segment of an item's what to read as its clause: the first one that is more than a bare list number ("4."). */
export function clauseSegment(text: string, what: readonly Span[]): Span | undefined {
  for (const w of what) if (!/^\s*(?:[0-9]{1,2}|[a-z])[.)]?\s*$/i.test(text.slice(w.start, w.end))) return w;
  return what[0];
}

/** Participles that leave a step undecided when a sentence of their own says so ("To be discussed with her manager."). */
const UNSETTLED = new Set(['discussed', 'decided', 'agreed', 'confirmed']);
const STOPS = new Set(['.', ';']);

/**
 * An aim with no step in it, that the vague verbs miss: a frame ("help Sam
 * understand why…", "put the children first"), a "to be considered" the clause
 * reading took for a noun phrase, or a later sentence that leaves the step
 * undecided ("To be discussed with the manager."). Returns the vague words as
 * token indexes.
 */
export function aimHit(toks: readonly Token[], info: ClauseInfo, lex: Lex): { index: number; length: number } | null {
  const p = info.predicate;
  for (const f of lex.aimFrames) {
    if (toks[p]?.lower !== f.head) continue;
    for (let k = p + 1; k < toks.length && k < p + 8 && !STOPS.has((toks[k] as Token).text); k++) {
      const n = f.tail.matchAt(toks, k);
      if (n > 0) return { index: p, length: k + n - p };
    }
  }
  // "will help Toni with her mornings", "to help Ruby soon": help that names whom, but no step of its own
  if (toks[p]?.lower === 'help' && info.modal >= 0) {
    let k = p + 1;
    if (toks[k] && lex.determiners.hasToken(toks[k] as Token)) k++;
    if (toks[k]?.word && toks[k]?.lower !== 'with') k++;
    const t = toks[k];
    if (!t || STOPS.has(t.text) || t.lower === 'with' || lex.vagueTime.matchAt(toks, k) > 0 || lex.anchorPreps.hasToken(t) || lex.periodPreps.hasToken(t)) return { index: p, length: 1 };
  }
  // "Keep you safe.", "keep Zara safe": an aim when "safe" ends the clause (not "keep the safe phone on", "keep it safe")
  if (toks[p]?.lower === 'keep') {
    let k = p + 1;
    while (k < p + 5 && toks[k]?.word && toks[k]?.lower !== 'safe') k++;
    if (toks[k]?.lower === 'safe' && (!toks[k + 1] || STOPS.has((toks[k + 1] as Token).text)) && toks[k - 1]?.lower !== 'it') return { index: p, length: k + 1 - p };
  }
  for (let k = info.start; k + 2 < toks.length; k++) {
    if ((toks[k] as Token).lower !== 'to' || (toks[k + 1] as Token).lower !== 'be') continue;
    const n = lex.vaguePassive.matchAt(toks, k + 2);
    if (STOPS.has(toks[k - 1]?.text ?? '') ? n || UNSETTLED.has((toks[k + 2] as Token).lower) : n && info.modal < 0) return { index: k + 2, length: n || 1 };
  }
  return null;
}

/**
 * Vague words that the rest of the item makes a step: a concrete step before
 * "and" ("register with a GP and engage with the wellbeing service"), or a doer
 * after a dash with a step of their own ("Order to be progressed – legal team
 * to advise by 3 May").
 */
export function stepExcused(toks: readonly Token[], hit: number, info: ClauseInfo, lex: Lex): boolean {
  const p = info.predicate;
  if (hit > p + 1 && toks[hit - 1]?.lower === 'and' && !info.passive && (info.modal >= 0 || lex.imperatives.hasToken(toks[p] as Token)) && !lex.vagueFirst.matchAt(toks, p) && !lex.continueVerbs.matchAt(toks, p)) return true;
  const d = toks.findIndex((t, k) => k > hit && (t.text === '–' || t.text === '—'));
  const m = d < 0 ? -1 : toks.findIndex((t, k) => k > d + 1 && (t.lower === 'to' || t.lower === 'will'));
  const v = toks[m + 1];
  return m > 0 && !!v?.word && v.lower !== 'be' && !lex.vagueFirst.matchAt(toks, m + 1);
}
