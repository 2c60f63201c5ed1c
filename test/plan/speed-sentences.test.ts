import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/plan/clause.js';

/** splitSentences as it was before it read character codes (regex tests and lower-cased copies): the reference. */
function reference(text: string, start: number, end: number): { start: number; end: number }[] {
  const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'e.g', 'i.e', 'etc', 'no', 'approx', 'tel', 'ref', 'vs', 'prof', 'mx', 'miss']);
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = s; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === ')' || text[j] === "'")) j++;
    if (j < end && !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k] as string)) k++;
    if (k >= end) break;
    const nx = text[k] as string;
    if (!(nx !== nx.toLowerCase() || /[0-9“"‘(]/.test(nx))) continue;
    if (c === '.') {
      let w = i;
      while (w > s && /[A-Za-z.]/.test(text[w - 1] as string)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (abbreviations.has(word)) continue;
      if (word.length === 1 && /[A-Z]/.test(text[w] as string)) continue;
    }
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

const TEXTS = [
  'Nan will collect Ellis from nursery. She will ring the school by noon.',
  'Dr. Okafor will see Ruby. Mr. Hale will drive her there.',
  'Ask Prof. Lind (the consultant) to write. Then Mx. Rae will book it.',
  'The plan was read by J. Patel. Everyone agreed.',
  'Approx. three visits a week. Tel. 01234 567890 for the duty desk.',
  'He said “I will go.” Then he left! Was it agreed? Yes.',
  'She will call (daily.) After that: review.',
  'Bring the letter e.g. the one from the GP. Étienne will scan it.',
  'Visit on 3.4.26. 2 workers will attend.',
  'No. 4 on the list is done. Ref. AB12 is open.',
  'Keep it up!\tÖzlem will check.\u00a0Then stop.',
  'The social worker will visit.\u2003Ümit will ring.\u3000Done.',
  "It's done.' Next the HV will weigh her. ‘Fine,’ said Mum.",
  'ends with a stop.',
  'a.b.c. Dee will go. e.g. Fran will not.',
  '',
];

describe('splitSentences reads character codes and splits as before', () => {
  it.each(TEXTS)('%j', (text) => {
    expect(splitSentences(text, { start: 0, end: text.length })).toEqual(reference(text, 0, text.length));
    // and from inside the text, as items ask
    if (text.length > 8) expect(splitSentences(text, { start: 3, end: text.length - 2 })).toEqual(reference(text, 3, text.length - 2));
  });
});
