/**
 * Owner phrasings the fixtures do not use (family titles with names, initials,
 * agencies, job titles and acronyms), each put into the common sentence frames
 * of an action: "X will …", "X to …", "… to be done by X", a heading-like
 * first sentence and then "X will …", and "… – X, by <date>".
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const OWNERS = [
  'Nanna Rose',
  'Grandpa Ted',
  'Auntie Bev',
  'Uncle Raj',
  'Granny Pat',
  'Step-dad Lee',
  'Great-gran Edna',
  'Cousin Tia',
  'Nan',
  'Mum’s partner Carl',
  'JB',
  'KM (SW)',
  'Mohammed',
  'Kerry-Ann Doyle',
  'Dr Malik',
  'PC Shah',
  'Mrs O’Neill',
  'Ms Kaur (DSL)',
  'the school',
  'Oakfield Primary',
  'the YOT',
  'the IDVA',
  'the PAFSS worker',
  'the SENCo',
  'the FGC co-ordinator',
  'the school nurse',
  'the named nurse',
  'the learning mentor',
  'the attendance officer',
  'the family practitioner',
  'the perinatal nurse',
  'the speech and language therapist',
  'the community paediatrician',
  'the drugs worker',
  'the probation officer',
  'the YJS worker',
  'the CAMHS practitioner',
  'the early help worker',
  'Kai’s key worker',
  'Brightwell Family Hub',
  'Harbour Women’s Aid',
  'the housing team',
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const FRAMES: { name: string; line: (o: string) => string; who: (o: string) => string }[] = [
  { name: 'X will …', line: (o) => `${cap(o)} will ring Kai’s dad by Friday 7 May.`, who: cap },
  { name: 'X to …', line: (o) => `${cap(o)} to take Kai to the dentist on Monday 10 May.`, who: cap },
  { name: '… to be done by X', line: (o) => `Kai’s hearing test to be booked by ${o} before 14 May.`, who: (o) => o },
  { name: 'heading, then X will …', line: (o) => `A place at the youth club for Kai. ${cap(o)} will ask about it by 21 May.`, who: cap },
  { name: '… – X, by <date>', line: (o) => `Kai to be offered a young carers group – ${cap(o)}, by 28 May.`, who: cap },
  { name: 'label: X will …', line: (o) => `Who can help: ${cap(o)} will pick Kai up from school every Tuesday at 3pm.`, who: cap },
  { name: 'If …, X will …', line: (o) => `If Kai is not home by 9pm, ${o} will ring the police.`, who: (o) => o },
];

function planWith(line: string): string {
  return ['Child protection plan for Kai Lowe (9)', '', 'What will happen', `• ${line}`, '• Kai’s mum will ring the GP on Monday 3 May.'].join('\n');
}

describe('owner phrasings in common frames', () => {
  for (const frame of FRAMES) {
    describe(frame.name, () => {
      for (const owner of OWNERS) {
        it(owner, () => {
          const line = frame.line(owner);
          const a = actionsOf(planWith(line)).find((x) => x.text.includes(line.slice(0, 12)));
          // the whole owner, or (for "KM (SW)") the role in its bracket
          const who = a?.who ?? '';
          expect(who === frame.who(owner) || (owner.includes('(') && owner.includes(`(${who})`))).toBe(true);
          expect(a?.problems).not.toContain('missing-owner');
        });
      }
    });
  }
});

describe('lines that name nobody', () => {
  const NOBODY = [
    'Someone will ring Kai’s dad by Friday 7 May.',
    'Kai to have a hearing test.',
    'Kai’s hearing test to be booked before 14 May.',
    'There will be no contact with Lee until the review.',
    'The first review meeting will be on Monday 17 May at 10am.',
    'A place at the youth club for Kai.',
  ];
  for (const line of NOBODY) {
    it(line, () => {
      const a = actionsOf(planWith(line)).find((x) => x.text.includes(line.slice(0, 12)));
      expect(a?.problems).toContain('missing-owner');
    });
  }
});
