/**
 * Owner phrasings written fresh for session 15 (job titles with where they
 * work, names with a role after a comma, initials, acronyms, two or three
 * owners joined, team names), in the frames of
 * owner-variants and owner2-variants; and the shapes that name nobody: a
 * child who receives a service, help "with someone", a passive in a Who cell.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';
import { findLine as find, OWNER_FRAMES, planWith } from './owner-frames.js';

const OWNERS = [
  'the housing officer at Oak Homes',
  'the health visitor from Elm Street Surgery',
  'a worker from the Hope Project',
  'the DSL at Park High',
  'the youth worker at the Den',
  'the midwife at St Anne’s',
  'the manager of Little Stars Nursery',
  'the GP at Fern Lane Surgery',
  'a support worker from Aspire',
  'Mr Cole, head of year at Park High',
  'Sam Ellis, Kai’s teacher',
  'Tariq Hussain, Early Help',
  'Lena Brook, IDVA',
  'Gill Short, team manager',
  'the LADO',
  'the EWO',
  'the ISVA',
  'NSPCC',
  'the MASH',
  'Barnardo’s',
  'Turning Point',
  'Mum & Dad',
  'Nan/Grandad',
  'SW and HV',
  'Dad and the FSW',
  'the school & the school nurse',
  'Mum, Dad and Nan',
  'SW/FSW',
  'HV/GP',
  'Early Help',
  'the Edge of Care team',
  'the Family Safeguarding Team',
  'Youth Justice',
  'the Virtual School',
  'Miss Lee',
  'your social worker',
  'the on-call worker',
  'the school’s pastoral team',
  'DC Akhtar',
  'Sgt Ray Cole',
  'the nursery manager',
  'Kai’s form tutor, Mr Dale',
  'Grandad Bill and Nan Sue',
];

const FRAMES = OWNER_FRAMES;

describe('session 15 owner phrasings in the common frames', () => {
  for (const frame of FRAMES) {
    describe(frame.name, () => {
      for (const owner of OWNERS) {
        it(owner, () => {
          const line = frame.line(owner);
          const a = find(planWith(line), line);
          expect(a?.problems).not.toContain('missing-owner');
          const who = (a?.who ?? '').toLowerCase();
          if (frame.part) expect(who.length > 1 && owner.toLowerCase().includes(who)).toBe(true);
          else expect(who).toBe(frame.who(owner).toLowerCase());
        });
      }
    });
  }
});

describe('initials or a name before a dash own the step after it', () => {
  const CASES: [string, string][] = [
    ['RB – referral to the young carers service to be sent by Tues 4 May.', 'RB'],
    ['Dr Lim – medication to be reviewed at the next clinic.', 'Dr Lim'],
    ['Speech therapy review – chase – KM – this week.', 'KM'],
    ['Hearing test – book – Jo Reed – by 10 May.', 'Jo Reed'],
  ];
  for (const [line, owner] of CASES) {
    it(line, () => {
      const a = find(planWith(line, 'HP – visit Kai at home on Friday 7 May.'), line);
      expect(a?.who).toBe(owner);
      expect(a?.problems).not.toContain('missing-owner');
    });
  }
  it('"TBC – referral to be made" names nobody', () => {
    const line = 'TBC – referral to be made to the wheelchair service.';
    expect(find(planWith(line), line)?.problems).toContain('missing-owner');
  });
  it('"Review conference – date to be set" names nobody', () => {
    const line = 'Review conference – date to be set.';
    expect(find(planWith(line), line)?.problems).toContain('missing-owner');
  });
  it('"– by next core group" after a passive is a time, not an owner', () => {
    const line = 'Debt advice appointment to be booked – by next core group';
    expect(find(planWith(line), line)?.problems).toContain('missing-owner');
  });
});

describe('the one named receives the step; nobody is named to give it', () => {
  const NOBODY = [
    'Kai will see the school nurse every Tuesday.',
    'Kai to see the community paediatrician.',
    'Kai will have some sessions with someone from the youth team.',
    'You will get help from someone at the Hope Project.',
    'Mum will have weekly calls with somebody from the recovery service.',
    'Kai’s hearing test to be arranged by an independent audiologist.',
  ];
  for (const line of NOBODY) {
    it(line, () => {
      expect(find(planWith(line), line)?.problems).toContain('missing-owner');
    });
  }
  const OWNED: [string, string][] = [
    ['Kai will see his dad every Saturday at the contact centre.', 'Kai'],
    ['Mum will see her GP about her sleep by 12 May.', 'Mum'],
    ['Mum will have a session with the parenting worker on Tuesday 4 May.', 'Mum'],
  ];
  for (const [line, owner] of OWNED) {
    it(line, () => {
      expect(find(planWith(line), line)?.who).toBe(owner);
    });
  }
});

describe('a passive step in a Who cell names nobody', () => {
  it('"X to be referred …" in the Who column', () => {
    const plan = [
      'Plan for Kai Lowe (9)',
      '',
      'What\tWho\tWhen',
      'Mum to go to the parenting course\tMum\tEvery Monday from 3 May',
      'Referral to the Freedom Programme\tMum to be referred to the course\tBy 14 May',
    ].join('\n');
    const a = actionsOf(plan).find((x) => x.text.startsWith('Referral'));
    expect(a?.problems).toContain('missing-owner');
  });
});

describe('who is named on a line under the step', () => {
  const plan = [
    'Plan for Kai Lowe (9)',
    '',
    'Tasks',
    '1. Lock the knives and tablets away in the kitchen cupboard',
    '   Ana and Rob - from today',
    '2. Show Kai how to block numbers on his phone',
    '   Jo with Kai - by Mon 10/5',
    '3. Group work with Kai on keeping safe online',
    '   Sal (youth worker) / Mr Dunn - weekly from 4/5',
    '4. A referral to be sent to',
    '   Early Help',
    '5. Write the safety plan down and put it on the fridge',
    '   Ongoing',
  ].join('\n');
  const acts = actionsOf(plan);
  const at = (s: string) => acts.find((a) => a.text.includes(s));
  it('"<names> - <time>" names the owners', () => {
    expect(at('Lock the knives')?.who).toBe('Ana and Rob');
    expect(at('block numbers')?.who).toBe('Jo with Kai');
    expect(at('Group work')?.who).toBe('Sal (youth worker) / Mr Dunn');
  });
  it('the tail of a wrapped sentence or a status word is no owner', () => {
    expect(at('A referral to be sent')?.problems ?? ['missing-owner']).toContain('missing-owner');
    expect(at('Write the safety plan')?.problems).toContain('missing-owner');
  });
});

describe('a Word bullet left as a symbol and a tab', () => {
  it('reads the text after it as the step, with its owner', () => {
    const plan = ['Plan for Kai Lowe (9)', '', 'NEXT STEPS', '\uf0b7\tRob to take Kai to school every day from Monday 3 May.', 'o\tAna to ring the school nurse by Friday 7 May.', '\uf0b7\tA safety plan to be written.'].join('\n');
    const acts = actionsOf(plan);
    expect(acts.find((a) => a.text.includes('Rob to'))?.who).toBe('Rob');
    expect(acts.find((a) => a.text.includes('Ana to'))?.who).toBe('Ana');
    expect(acts.find((a) => a.text.includes('safety plan'))?.problems).toContain('missing-owner');
  });
});
