/**
 * Jargon with an everyday twin: the drug-service "script", a county "line", the council's
 * "Legal", child protection "enquiries" and "consequential thinking"
 * are flagged in their care-work sense, and left alone in the everyday one.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';

/** The jargon found in `text`, as the text each message covers. */
function jargon(text: string): string[] {
  return check(text)
    .messages.filter((m) => m.category === 'jargon')
    .map((m) => text.slice(m.position.start.offset, m.position.end.offset));
}

describe('jargon in its care-work sense', () => {
  it('a parent on a prescribed drug "script", and script pick-ups', () => {
    expect(jargon('Uncle Sean is on a script from the recovery team.')).toContain('on a script');
    expect(jargon('Stacey has been on a script since the spring.')).toContain('on a script');
    expect(jargon('Sean has not missed a script collection in six weeks.')).toContain('script collection');
    expect(jargon('Every script pick-up is at the Hollins Road chemist.').join(' ')).toMatch(/script pick-up/i);
  });

  it('a drug-dealing county line, singular too', () => {
    expect(jargon('The house on Mill Lane is believed to be run by a county line.')).toContain('county line');
  });

  it('consequential thinking', () => {
    expect(jargon('Keyworker to do four sessions with Jordan on consequential thinking.')).toContain('consequential thinking');
  });

  it('child protection enquiries that are still going on', () => {
    expect(jargon('Noor will stay with her grandparents while enquiries continue.')).toContain('enquiries');
    expect(jargon('When the police enquiries are complete, the group will meet again.')).toContain('enquiries');
  });

  it('the council’s Legal team, written as "Legal"', () => {
    expect(jargon('Legal to advise on an emergency order by Monday.')).toContain('Legal');
    expect(jargon('Legal have confirmed the meeting date.')).toContain('Legal');
  });
});

describe('the same words in their everyday sense are not flagged', () => {
  const plain = [
    'Ellie is working on a script for the school play.',
    'Her drama group read a script together on Saturday.',
    'Mum will ring the chemist to check the prescription is ready.',
    'Grandma lives just over the county line in Shropshire.',
    'Please send enquiries to the school office.',
    'Dad made enquiries about a bigger flat.',
    'The leisure centre enquiries desk opens at nine.',
    'Legal advice is free for parents at this stage.',
    'Legal proceedings will not start while the plan is working.',
    'Callum thought about the consequences and said sorry.',
    'Mum has had a short break in Wales with her sister.',
    'Maisie may have more overnight short breaks at Birch Lodge.',
  ];
  for (const sentence of plain) {
    it(sentence, () => {
      expect(jargon(sentence)).toEqual([]);
    });
  }
});
