/**
 * Items marked with any arrow, shape or symbol glyph at the line start, the
 * owner in square brackets ("[Tom]  by 34 weeks", "[Tom – by 34 weeks]"),
 * under stage headings that name no kind ("UNTIL THE BIRTH", "ON THE LABOUR WARD").
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

type Style = 'gap' | 'dash';

function plan(mark: string, style: Style = 'gap', nl = '\n', title = 'PLAN FOR UNBORN BABY'): string {
  const item = (what: string, who: string | null, when: string | null): string => {
    if (!who) return `${mark}  ${what}${when ? `   ${when}` : ''}`;
    if (style === 'dash') return `${mark}  ${what} [${who}${when ? ` – ${when}` : ''}]`;
    return `${mark}  ${what}   [${who}]${when ? `  ${when}` : ''}`;
  };
  return [
    'NORTHGATE BOROUGH CHILDREN’S SERVICES',
    title,
    'Mother: Kerry DALE (19)',
    'Due: 02/06/2027',
    'Social worker: Tom Reeve',
    '',
    'Why we are worried',
    "Kerry's partner has hurt her before. Kerry has used cocaine at weekends.",
    '',
    'What is going on well',
    'Kerry goes to every midwife appointment.',
    '',
    '=================================',
    'UNTIL THE BIRTH',
    item('Drug test at each antenatal clinic', 'Community midwife', 'fortnightly'),
    item('Kerry to go to the young mums group every Monday', 'Kerry', null),
    item("Kerry's partner to be referred to the Turning Point programme", null, null),
    item('Pre-birth assessment with Kerry, 5 sessions at home', 'Tom', 'by 34 weeks'),
    item('Housing application for a flat of her own', 'Kerry & Tom', 'by 1st May'),
    '',
    'ON THE LABOUR WARD',
    item('Alert to be sent to the maternity unit', 'Midwife', 'by 34 weeks'),
    item('Tom to see Kerry and the baby on the ward', null, 'within 2 days of the birth'),
    '',
    'AFTER THE BIRTH',
    item('New birth visit and safe sleep talk', 'Health visitor Ann Cole', 'within 14 days'),
    item('Home visits by the social worker', 'Tom', 'every week for 6 weeks'),
    '',
    '=================================',
    'If Kerry uses drugs, Tom will call a meeting with his manager.',
    'Next core group: 10 March 2027 at the family centre',
  ].join(nl);
}

const MARKS = ['→', '➔', '➢', '►', '▪', '◦', '–', '•', '>', 'o', '◆', '⮚', '✔', '👉', '\uf0d8', '+', '»'];

describe('arrow and symbol markers', () => {
  it.each(MARKS)('"%s" items under stage headings are the plan, and nothing after it is', (mark) => {
    // a title that names the plan ("CHILD PROTECTION PLAN") makes no difference
    const acts = actionsOf(plan(mark, 'gap', '\n', 'CHILD PROTECTION PLAN'));
    expect(actionsOf(plan(mark)).map((a) => a.text)).toEqual(acts.map((a) => a.text));
    expect(acts.map((a) => a.text.slice(0, 20))).toEqual([
      'Drug test at each an',
      'Kerry to go to the y',
      "Kerry's partner to b",
      'Pre-birth assessment',
      'Housing application ',
      'Alert to be sent to ',
      'Tom to see Kerry and',
      'New birth visit and ',
      'Home visits by the s',
    ]);
  });

  it('an owner in square brackets after a gap is the owner, the words after it the time', () => {
    const a = actionWith(plan('➔'), 'Pre-birth assessment');
    expect(a.who).toBe('Tom');
    expect(a.when).toBe('by 34 weeks');
    expect(a.problems).toEqual([]);
    expect(actionWith(plan('➔'), 'Drug test').who).toBe('Community midwife');
  });

  it('"[owner – time]" at the end of the line reads like "(owner – time)"', () => {
    const text = plan('►', 'dash');
    expect(actionsOf(text)).toHaveLength(9);
    const a = actionWith(text, 'Housing application');
    expect(a.who).toBe('Kerry & Tom');
    expect(a.when).toBe('by 1st May');
    expect(actionWith(text, 'Drug test').when).toBe('fortnightly');
  });

  it('CRLF line ends change nothing', () => {
    for (const style of ['gap', 'dash'] as const) {
      const lf = actionsOf(plan('➢', style));
      const crlf = actionsOf(plan('➢', style, '\r\n'));
      expect(crlf.map((a) => [a.what, a.who, a.when, a.problems])).toEqual(lf.map((a) => [a.what, a.who, a.when, a.problems]));
      expect(crlf).toHaveLength(9);
    }
  });

  it('the glyph is not part of the action under an action heading', () => {
    for (const mark of ['◆', '👉', '⇒']) {
      const text = ['ACTIONS', `${mark} Mum to take Leo to the dentist by 4 June.`, `${mark} Dad to fix the stair gate this week.`, `${mark} School to ring Mum if Leo is absent.`].join('\n');
      expect(actionsOf(text).map((a) => a.text)).toEqual(['Mum to take Leo to the dentist by 4 June.', 'Dad to fix the stair gate this week.', 'School to ring Mum if Leo is absent.']);
    }
  });
});
