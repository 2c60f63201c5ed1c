/**
 * Jargon added in session 12 (round 2): each care-work sense is flagged, and the everyday
 * sense of the same words, where there is one, is left alone.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';

/** The jargon found in `text`, as the text each message covers. */
function jargon(text: string): string[] {
  return check(text)
    .messages.filter((m) => m.category === 'jargon')
    .map((m) => text.slice(m.position.start.offset, m.position.end.offset));
}

/** True when some jargon message covers `word` in `text`. */
function flags(text: string, word: string): boolean {
  return jargon(text).some((found) => found.toLowerCase().includes(word.toLowerCase()));
}

describe('new care-work terms', () => {
  it('formal worry words and vague awareness-raising', () => {
    expect(flags('The nursery has significant concerns about how thin Oscar is.', 'significant concerns')).toBe(true);
    expect(flags('Raise awareness of fire safety with the twins.', 'raise awareness')).toBe(true);
    expect(flags('Staff are raising awareness of knife crime at the youth club.', 'raising awareness')).toBe(true);
  });

  it('things the police have seized', () => {
    expect(flags('The tablet was seized by officers last week.', 'seized')).toBe(true);
    expect(flags("Police seized Tom's phone.", 'seized')).toBe(true);
  });

  it('the council’s lawyers and their gateway meeting', () => {
    expect(flags('Legal dept to say by Monday whether we apply to court.', 'legal dept')).toBe(true);
    expect(flags('Ask the legal department for advice on the order.', 'legal department')).toBe(true);
    expect(flags('Managers to take the case to legal gateway in June.', 'legal gateway')).toBe(true);
  });

  it('health visiting checks and the universal offer', () => {
    expect(flags('HV to do the developmental review for Poppy.', 'developmental review')).toBe(true);
    expect(flags('Health visitor to keep up the universal offer for the baby.', 'universal offer')).toBe(true);
  });

  it('the family’s own time in a family group conference', () => {
    expect(flags('The family agreed these steps in their private time.', 'private time')).toBe(true);
    expect(flags('Workers will leave the room during private family time.', 'private family time')).toBe(true);
  });

  it('a Forced Marriage Protection Order', () => {
    expect(flags('Children’s services will apply for a Forced Marriage Protection Order.', 'Forced Marriage Protection Order')).toBe(true);
  });
});

describe('more forms of terms already listed', () => {
  it('hair strand samples, case closes, a short breaks application, a leaving care PA', () => {
    expect(flags('Kyle and Jess to give hair strand samples on Friday.', 'hair strand')).toBe(true);
    expect(flags('Family support worker (until the case closes): Ben Ade.', 'case closes')).toBe(true);
    expect(flags('Ruth will send the short breaks application to panel.', 'short breaks application')).toBe(true);
    expect(flags('Keep seeing her leaving care PA each month.', 'leaving care PA')).toBe(true);
  });

  it('a referral for (overnight) short breaks', () => {
    expect(flags('Priya to send a referral for overnight short breaks at Elm Lodge.', 'short breaks')).toBe(true);
  });

  it('a child currently or still accommodated', () => {
    expect(flags('Ellie is currently accommodated with her grandad.', 'accommodated')).toBe(true);
    expect(flags('Ellie is still accommodated in Leeds.', 'accommodated')).toBe(true);
  });

  it('any contact with Mum or Dad, as family time', () => {
    expect(flags('A Polish interpreter to come to any contact with Dad.', 'contact')).toBe(true);
  });
});

describe('the everyday sense is left alone', () => {
  it('significant and awareness in ordinary sentences', () => {
    expect(flags("Oscar's weight went up by a significant amount.", 'significant')).toBe(false);
    expect(flags('Dad is aware of the new school times.', 'aware')).toBe(false);
  });

  it('seizing a chance, and seizures', () => {
    expect(flags('Amy seized the chance to join the band.', 'seized')).toBe(false);
    expect(flags('Ben has seizures and takes tablets for them.', 'seiz')).toBe(false);
  });

  it('the Legal Gateway Team as the writer’s team name', () => {
    expect(flags('Signed, Team Manager, Legal Gateway Team.', 'legal gateway')).toBe(false);
  });

  it('private time that is not a family meeting', () => {
    expect(flags('Lily can have some private time with her friends after school.', 'private time')).toBe(false);
  });

  it('Universal Credit, and no contact from an abuser', () => {
    expect(flags('Mum will apply for Universal Credit this week.', 'universal')).toBe(false);
    expect(flags('Jade must not have any contact with Liam.', 'contact')).toBe(false);
  });

  it('more overnight short breaks, said as what the family may get', () => {
    expect(flags('Support may include more overnight short breaks for Jamie.', 'short breaks')).toBe(false);
  });

  it('a hotel that accommodated a family', () => {
    expect(flags('The hotel accommodated the family for a week.', 'accommodated')).toBe(false);
  });
});
