/**
 * Owner phrasings the fixtures do not use (family titles with names, initials,
 * agencies, job titles and acronyms), each put into the common sentence frames
 * of an action: "X will …", "X to …", "… to be done by X", a heading-like
 * first sentence and then "X will …", and "… – X, by <date>".
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';
import { OWNER_FRAMES, planWith } from './owner-frames.js';

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

const FRAMES = OWNER_FRAMES.slice(0, 7);

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
