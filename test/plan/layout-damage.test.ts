/**
 * Pasted plans arrive damaged: tabs turned into spaces or pipes, bullets into
 * "?" or "o", headers split over two lines, lines hard-wrapped by an e-mail
 * program, CRLF, no-break spaces, straight quotes, "1.1" numbering, headings
 * in capitals with a colon. Seven layouts the checker reads are written here
 * clean, then damaged each way that can happen to them; every damaged copy
 * must give the same actions with the same owner and time as the clean one.
 *
 * In the clean sources "# " marks a heading, "• " a bullet, "N. " a numbered
 * item; a tab parts table cells.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

type Src = readonly string[];

// ---- rendering and damage -------------------------------------------------

const heading = (l: string): boolean => l.startsWith('# ');
const render = (src: Src, h: (t: string) => string = (t) => t): string => src.map((l) => (heading(l) ? h(l.slice(2)) : l)).join('\n');

/** Hard-wrap every line longer than `w` at a space, the rest going to a new unindented line (an e-mail client). */
function wrap(text: string, w = 70): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > w) {
      const cut = rest.lastIndexOf(' ', w);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out.join('\n');
}

/** Pad tab-separated cells to fixed columns (a PDF or a fixed-width e-mail). */
function columns(text: string): string {
  const lines = text.split('\n');
  const widths: number[] = [];
  for (const l of lines) if (l.includes('\t')) l.split('\t').forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
  return lines.map((l) => (l.includes('\t') ? l.split('\t').map((c, k, a) => (k < a.length - 1 ? c.padEnd((widths[k] as number) + 3) : c)).join('').trimEnd() : l)).join('\n');
}

/** The header row of a column table broken over two lines, each heading cut at its middle word and kept in its column. */
function splitHeader(text: string): string {
  const lines = text.split('\n');
  const h = lines.findIndex((l) => l.includes('\t'));
  const cells = (lines[h] as string).split('\t');
  const widths: number[] = [];
  for (const l of lines) if (l.includes('\t')) l.split('\t').forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
  const top: string[] = [];
  const bottom: string[] = [];
  cells.forEach((c, k) => {
    const words = c.split(' ');
    const half = Math.ceil(words.length / 2);
    const pad = (s: string): string => (k < cells.length - 1 ? s.padEnd((widths[k] as number) + 3) : s);
    top.push(pad(words.slice(0, half).join(' ')));
    bottom.push(pad(words.slice(half).join(' ')));
  });
  const body = columns(lines.filter((_, k) => k !== h).join('\n')).split('\n');
  body.splice(h, 0, top.join('').trimEnd(), bottom.join('').trimEnd());
  return body.join('\n');
}

const nbsp = (t: string): string => t.replace(/(?<=[0-9:,]) /g, '\u00a0').replace(/ (?=[0-9])/g, '\u00a0');
const straight = (t: string): string => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const crlf = (t: string): string => t.replace(/\n/g, '\r\n');
const bullets = (b: string) => (t: string): string => t.replace(/^• /gm, b === '' ? '' : `${b} `);
const caps = (src: Src): string => render(src, (t) => `${t.toUpperCase()}:`);
const moreBlanks = (t: string): string => t.replace(/\n(?!\n)/g, '\n\n').replace(/\n{3,}/g, '\n\n');
const noBlanks = (t: string): string => t.replace(/\n{2,}/g, '\n');
/** Items numbered "2.1", "2.2" under heading "2." (or "1.1", "1.2" when the headings carry no number). */
function subNumbers(src: Src): string {
  let sec = 1;
  return render(
    src.map((l) => {
      const h = /^# ([0-9]+)\. /.exec(l);
      if (h) sec = Number(h[1]);
      const m = /^([0-9]+)\. /.exec(l);
      return m ? `${sec}.${m[1]} ${l.slice(m[0].length)}` : l;
    }),
  );
}

// ---- comparison -----------------------------------------------------------

const norm = (s: string | null): string | null => (s === null ? null : straight(s).replace(/[\s\u00a0]+/g, ' ').replace(/^[•?*·o-] /, '').trim());
/** Each action as its first four words, its owner and its time. */
function reading(text: string): Array<[string, string | null, string | null]> {
  return actionsOf(text).map((a) => {
    const what = (norm(a.what ?? a.text) as string).replace(/^[^A-Za-z]+/, '');
    return [what.split(' ').slice(0, 4).join(' '), norm(a.who), norm(a.when)];
  });
}

function damaged(name: string, src: Src, expected: Array<[string | null, string | null]>, damages: Record<string, (src: Src) => string>): void {
  describe(name, () => {
    const clean = reading(render(src));
    it('clean: the owners and times read as written', () => expect(clean.map((r) => [r[1], r[2]])).toEqual(expected.map(([w, t]) => [norm(w), norm(t)])));
    for (const [how, fn] of Object.entries(damages)) it(how, () => expect(reading(fn(src))).toEqual(clean));
  });
}

/** Damage every layout can take. */
const common = (extra: Record<string, (src: Src) => string>): Record<string, (src: Src) => string> => ({
  CRLF: (s) => crlf(render(s)),
  'no-break spaces': (s) => nbsp(render(s)),
  'straight quotes': (s) => straight(render(s)),
  'headings in capitals with a colon': caps,
  ...extra,
});

// ---- the layouts ----------------------------------------------------------

damaged(
  'a tab table',
  [
    'Child protection plan for Kian Barker (4)',
    'Review conference: Thursday 11 March 2027',
    '',
    '# Why we are worried',
    'Kian has been left alone in the flat twice, and his mum Shona has told the nursery she is struggling.',
    '',
    '# The plan',
    'What needs to happen\tWho\tBy when',
    'Take Kian to the dentist to have his teeth looked at\tShona (Mum)\tby 5 February 2027',
    'Fit a gate at the top of the stairs\tDev, family support worker\twithin 2 weeks',
    'Kian to start at Little Acorns nursery three mornings a week\tNursery manager\tfrom 1 February 2027',
    'Lee not to stay overnight while he is drinking\tLee (Dad)\tstraight away',
    'Visit Kian at home and see him on his own\tPriya Shah, social worker\tevery 2 weeks',
    '',
    '# If things do not get better',
    'If Kian is left alone again, the social worker will ask for a legal planning meeting.',
  ],
  [
    ['Shona (Mum)', 'by 5 February 2027'],
    ['Dev, family support worker', 'within 2 weeks'],
    ['Nursery manager', 'from 1 February 2027'],
    ['Lee (Dad)', 'straight away'],
    ['Priya Shah, social worker', 'every 2 weeks'],
  ],
  common({
    'tabs as runs of spaces': (s) => render(s).replace(/\t/g, '    '),
    'tabs padded to columns': (s) => columns(render(s)),
    'tabs as " | "': (s) => render(s).replace(/\t/g, ' | '),
    'header split over two lines': (s) => splitHeader(render(s)),
    'blank lines between rows': (s) => moreBlanks(render(s)),
    'blank lines removed': (s) => noBlanks(render(s)),
  }),
);

damaged(
  'a numbered list with wrapped lines',
  [
    '# Child protection plan – Ella Lowe (9)',
    '',
    '# What we are worried about',
    'Ella has missed her asthma reviews and ran out of her inhaler twice this winter.',
    '',
    '# What will happen',
    '1. Mrs Lowe will take Ella to the asthma clinic at Westgate Surgery on 14 April',
    '   and bring the new inhaler home the same day.',
    '2. The school nurse will check that Ella has her inhaler in her bag every Monday',
    '   morning.',
    '3. Tariq (social worker) will visit Ella and her mum at home every three weeks.',
    '4. Mr Lowe will stop smoking in the house from today.',
    '',
    '# Next review',
    'The review conference will be on Tuesday 8 June 2027.',
  ],
  [
    ['Mrs Lowe', 'on 14 April'],
    ['The school nurse', 'every Monday'],
    ['Tariq (social worker)', 'every three weeks'],
    ['Mr Lowe', 'from today'],
    [null, 'on Tuesday 8 June'],
  ],
  common({
    'hard-wrapped at 70': (s) => wrap(render(s).replace(/\n {3}/g, ' ')),
    'blank lines between items': (s) => moreBlanks(render(s)),
    'numbered 1.1 / 1.2': subNumbers,
  }),
);

damaged(
  'owner-first bullets',
  [
    'Plan for Isla (8 months) and Ollie (6)',
    '',
    '# Worries',
    'Isla is not gaining weight and Ollie has come to school hungry on most days this month.',
    '',
    '# Actions',
    '• Mum: ring the GP to book a review of her medication by Friday 9 May.',
    '• Health visitor (Karen Doyle): weigh Isla every week at the baby clinic.',
    '• School: tell the social worker the same day if Ollie is absent.',
    '• Dad: finish the “Being Dad” course at Oak Tree Centre by the end of June.',
    '• Social worker: apply for a food bank voucher and a cooker grant this week.',
  ],
  [
    ['Mum', 'by Friday 9 May'],
    ['Health visitor (Karen Doyle)', 'every week'],
    ['School', 'the same day'],
    ['Dad', 'by the end of June'],
    ['Social worker', 'this week'],
  ],
  common({
    ...Object.fromEntries(['', '?', 'o', '-', '*', '·'].map((b) => [`bullets as "${b}"`, (s: Src) => bullets(b)(render(s))])),
    'hard-wrapped at 70': (s) => wrap(render(s)),
    'blank lines between items': (s) => moreBlanks(render(s)),
  }),
);

damaged(
  'Action / Responsible / Target date blocks',
  [
    '# Child protection plan: Sam Price (14)',
    '',
    '# Actions agreed',
    '',
    'Action: Refer Sam to CAMHS for an assessment of his low mood and self-harm.',
    'Responsible: Dr Okafor (GP)',
    'Target date: 20 May 2027',
    '',
    'Action: Sam’s mum to lock away all medicines in the house, including paracetamol.',
    'Responsible: Mum (Lorraine)',
    'Target date: From today',
    '',
    'Action: Set up a weekly check-in with Sam at school with a named adult.',
    'Responsible: Mr Hale, head of year',
    'Target date: Every Friday',
    '',
    'Action: See Sam on his own to hear what he wants to happen.',
    'Responsible: Social worker (Nadia Ross)',
    'Target date: Within 10 working days',
  ],
  [
    ['Dr Okafor (GP)', '20 May 2027'],
    ['Mum (Lorraine)', 'From today'],
    ['Mr Hale, head of year', 'Every Friday'],
    ['Social worker (Nadia Ross)', 'Within 10 working days'],
  ],
  common({
    'blank lines removed between blocks': (s) => noBlanks(render(s)),
    'blank lines between fields': (s) => moreBlanks(render(s)),
    'hard-wrapped at 70': (s) => wrap(render(s)),
    'fields as "Action:<tab>…"': (s) => render(s).replace(/: /g, ':\t'),
  }),
);

damaged(
  'Signs of Safety next steps',
  [
    'Safety plan for Jake and Millie Turner',
    '',
    '# What are we worried about?',
    'Jake and Millie have seen their dad hit their mum, and the police were called to the house three times in January.',
    '',
    '# What is working well?',
    'Millie’s nan, Bev, has the children after school and they feel safe with her.',
    '',
    '# Next steps',
    '• Mum will go to the Freedom Programme at the Riverside Centre every Wednesday from 3 March.',
    '• Bev will collect Jake and Millie from school every day until the review.',
    '• The police will serve Dad with a non-molestation order by 26 February.',
    '• Anna (social worker) will do direct work with Jake about what he saw, starting next week.',
  ],
  [
    ['Mum', 'every Wednesday from 3 March'],
    ['Bev', 'every day until the review'],
    ['The police', 'by 26 February'],
    ['Anna (social worker)', 'next week'],
  ],
  common({
    ...Object.fromEntries(['', '?', 'o', '-', '*', '·'].map((b) => [`bullets as "${b}"`, (s: Src) => bullets(b)(render(s))])),
    'hard-wrapped at 70': (s) => wrap(render(s)),
    'blank lines removed': (s) => noBlanks(render(s)),
  }),
);

damaged(
  'a letter',
  [
    'Dear Ms Carter,',
    '',
    'Thank you for meeting me on Monday. This letter sets out the plan we agreed for Leo.',
    '',
    'I will visit you and Leo at home every Tuesday afternoon.',
    '',
    'You will take Leo to nursery every weekday by 9.30am.',
    '',
    'Leo’s nursery will ring me the same day if he is not there.',
    '',
    'You will go to the “Small Steps” group at the children’s centre on Thursday 4 March.',
    '',
    'Kind regards,',
    '',
    'Hannah Wells',
    'Social worker',
  ],
  [
    ['I', 'every Tuesday'],
    ['You', 'every weekday by 9.30am'],
    ['Leo’s nursery', 'the same day'],
    ['You', 'on Thursday 4 March'],
  ],
  common({
    'hard-wrapped at 70': (s) => wrap(render(s)),
    'blank lines removed': (s) => noBlanks(render(s)),
  }),
);

damaged(
  'numbered topics with numbered actions',
  [
    'Child protection plan – Noor Aziz (3)',
    '',
    '# 1. Noor’s health',
    '1. Mum to take Noor to her hearing test at the Audiology Unit on 17 March.',
    '2. Health visitor to check Noor’s weight at home every month.',
    '',
    '# 2. Home conditions',
    '1. Dad to clear the rubbish from the back garden by 31 March.',
    '2. Family support worker to help Mum make a cleaning rota within 2 weeks.',
  ],
  [
    ['Mum', 'on 17 March'],
    ['Health visitor', 'every month'],
    ['Dad', 'by 31 March'],
    ['Family support worker', 'within 2 weeks'],
  ],
  common({
    'numbered 1.1 / 1.2': subNumbers,
    'blank lines removed': (s) => noBlanks(render(s)),
    'blank lines between items': (s) => moreBlanks(render(s)),
  }),
);
