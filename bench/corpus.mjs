// Reproducible synthetic plans for benchmarks: the same seed gives the same
// text on every machine. Plans mix the shapes social workers paste: headings,
// Word tables (tabs), bullets, numbered items, prose, a letter, and a share
// of jargon, passive voice and long sentences. All of it is invented.

const NAMES = ['Amy', 'Jack', 'Leah', 'Noah', 'Ruby', 'Kai', 'Mia', 'Theo'];
const FAMILY = ['Mum', 'Dad', 'Nan', 'Grandad', 'Aunt Sue', 'Lee (stepdad)', 'Sarah (Mum)', 'maternal grandmother'];
const PROS = ['The social worker', 'SW – Priya Shah', 'The health visitor', 'HV', 'School DSL', 'The GP', 'Family support worker', 'All professionals'];
const WHEN = ['by Friday 13 March', 'every Monday', 'within 10 working days', 'by the next core group', 'ongoing', 'ASAP', 'TBC', 'fortnightly', '03/04/2026', 'before the review conference', 'as and when', 'by 30th April'];
const DO = [
  'take {c} to nursery every weekday morning',
  'attend the parenting group at the family hub',
  'engage with services',
  'monitor home conditions',
  'complete the Freedom Programme',
  'book a dental check-up for {c}',
  'liaise with the school regarding attendance',
  'facilitate supervised contact with Dad',
  'undertake direct work with {c} using words and pictures',
  'make sure there is food in the house',
  'share the safety plan with the safety network',
  'refer the family to Early Help',
];
const PROSE = [
  'Concerns were raised by the school in relation to {c} presenting as hungry and unkempt on a number of occasions.',
  'It was agreed at the ICPC that the children would be made subject to a child protection plan under the category of neglect.',
  '{c} told me “I like it when Nan picks me up from school”.',
  'The core group will review the plan and consider whether the threshold for PLO has been met.',
  'Mum has said that she wants to get help with her drinking and has already been to see the GP.',
  'In order to ascertain whether the home conditions have improved, unannounced visits will be undertaken.',
  'Dad failed to engage with the assessment and was non-compliant with the written agreement.',
  'We are worried that when Mum and Dad argue the children are frightened and cannot sleep.',
  'The health visitor will weigh {c} every two weeks at the clinic and tell the social worker the same day if she has lost weight, so that everyone knows straight away and a plan can be made together with Mum and Dad.',
];

export function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const fill = (r, s) => s.replaceAll('{c}', pick(r, NAMES));
const countWords = (s) => (s.match(/\S+/g) ?? []).length;

/** A plan of about `words` words (CRLF line ends when `crlf`). */
export function plan(words, seed = 1, crlf = false) {
  const r = rng(seed);
  const out = [];
  let n = 0;
  const add = (s) => {
    out.push(s);
    n += countWords(s);
  };
  add(`CHILD PROTECTION PLAN FOR ${pick(r, NAMES).toUpperCase()}`);
  add('');
  while (n < words) {
    const shape = Math.floor(r() * 5);
    if (shape === 0) {
      add('What needs to happen\tWho\tBy when\tHow we will know');
      for (let i = 0; i < 4; i++)
        add(`${fill(r, pick(r, DO))}\t${r() < 0.15 ? '' : pick(r, r() < 0.5 ? FAMILY : PROS)}\t${r() < 0.15 ? '' : pick(r, WHEN)}\tThe home is safe`);
    } else if (shape === 1) {
      add('Actions');
      for (let i = 0; i < 4; i++) add(`• ${pick(r, FAMILY)} will ${fill(r, pick(r, DO))} ${pick(r, WHEN)}.`);
    } else if (shape === 2) {
      add('What we are worried about');
      add([0, 1, 2].map(() => fill(r, pick(r, PROSE))).join(' '));
    } else if (shape === 3) {
      for (let i = 1; i <= 3; i++) add(`${i}. ${pick(r, PROS)} to ${fill(r, pick(r, DO))} – ${pick(r, WHEN)}`);
    } else {
      add(`Dear ${pick(r, ['Kelly', 'Sam', 'Jo'])},`);
      add(`You will ${fill(r, pick(r, DO))} ${pick(r, WHEN)}. I will ${fill(r, pick(r, DO))} ${pick(r, WHEN)}.`);
    }
    add('');
  }
  return out.join(crlf ? '\r\n' : '\n');
}

export { countWords };
