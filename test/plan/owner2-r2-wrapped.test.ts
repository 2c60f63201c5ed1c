import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

// A plan typed on a phone: short lines, each item wrapped, owners written as contractions,
// lists of people and "someone from" a place.
const B = '\u27a1\ufe0f';
const phone = [
  'Ollie’s plan',
  '(typed after our chat at the park - Priya)',
  '',
  'Tue 3rd Mar',
  '',
  'Hi Ollie, this is what we',
  'agreed.',
  '',
  'WHAT HAPPENS NEXT',
  '',
  `${B} Dad will lock the shed`,
  'at night from 9pm.',
  '',
  `${B} I'll (Priya) pop round to see you`,
  'every Monday after college.',
  '',
  `${B} We'll fill in the bus pass form`,
  'together. Priya + Ollie - Fri 6th',
  '',
  `${B} You'll get a gym card`,
  'and give it a go - by Easter',
  '',
  `${B} They'll text you on`,
  'Friday 13th March.',
  '',
  `${B} Someone from college will`,
  'phone you every Friday at 10am',
  '',
  `${B} Dad and Uncle Lee to go to the`,
  'parenting group at the Hub - date tbc',
  '',
  `${B} Me, you, Dad and Mr Okafor`,
  '(college) meet again Wed 18th March 4pm',
  '',
].join('\n');

describe('owners on wrapped phone-typed items (session 15, round 2)', () => {
  for (const [name, plan] of [
    ['LF', phone],
    ['CRLF', phone.replace(/\n/g, '\r\n')],
  ] as const) {
    it(`reads a doer and modal in one word, past a bracketed name (${name})`, () => {
      expect(actionWith(plan, 'pop round').who).toBe('I');
      expect(actionWith(plan, 'bus pass').who).toBe('We');
      expect(actionWith(plan, 'gym card').who).toBe('You');
      expect(actionWith(plan, 'text you').who).toBe('They');
    });

    it(`keeps the first line of a wrapped item as its start, not a title (${name})`, () => {
      expect(actionWith(plan, 'parenting group').who).toMatch(/^Dad and Uncle Lee/);
      expect(actionWith(plan, 'parenting group').problems).not.toContain('missing-owner');
    });

    it(`reads people joined by "and" before a plain verb as the doers (${name})`, () => {
      expect(actionWith(plan, 'meet again').who).toMatch(/^Me, you, Dad and Mr Okafor/);
    });

    it(`reads "someone from" a named place as that place (${name})`, () => {
      expect(actionWith(plan, 'Someone from college').who).toBe('Someone from college');
    });
  }

  it('reads the same items unwrapped', () => {
    const plan = [
      'Actions',
      '1. I will (Priya) visit you every Monday after college.',
      '2. Mum will (if she can) ring the GP by Friday.',
      '3. Dad and Mr Okafor meet every Friday at 3pm.',
      '4. Somebody from CAMHS will ring you on 2 June.',
      '5. Someone from the housing team will visit you about the damp on 2 June.',
      '6. Someone from your school will ring you on 2 June.',
      '7. Home visits and school checks every Friday.',
    ].join('\n');
    expect(actionWith(plan, 'visit you every Monday').who).toBe('I');
    expect(actionWith(plan, 'ring the GP').who).toBe('Mum');
    expect(actionWith(plan, 'Okafor meet').who).toBe('Dad and Mr Okafor');
    expect(actionWith(plan, 'CAMHS').who).toBe('Somebody from CAMHS');
    expect(actionWith(plan, 'housing team').problems).toContain('missing-owner');
    expect(actionWith(plan, 'your school').problems).toContain('missing-owner');
    expect(actionWith(plan, 'Home visits').problems).toContain('missing-owner');
  });
});
