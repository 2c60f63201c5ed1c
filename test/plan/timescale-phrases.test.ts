/** Vague time phrases that look like times, and time phrases that look vague. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string) => `Plan\n1. ${line}\n`;
const judge = (line: string) => actionWith(plan(line), line.slice(0, 12));

describe('loose windows and wishes are vague', () => {
  it.each([
    ['Shaun to begin the Caring Dads group in the new year.', 'in the new year'],
    ['Housing to move the family to a ground-floor flat over the summer.', 'over the summer'],
    ['Mia to have her eyes tested by the spring.', 'by the spring'],
    ['Jade to start college this autumn.', 'this autumn'],
    ['The health visitor to weigh Noah again in the coming weeks.', 'in the coming weeks'],
    ['The SW to write up the family plan within a few weeks.', 'within a few weeks'],
    ['Parenting sessions to restart, hopefully before Easter.', 'hopefully before Easter'],
    ['Dan to finish the tenancy forms, ideally by 9 April.', 'ideally by 9 April'],
    ['Little Oaks nursery will keep Rhys’s place open for the time being.', 'for the time being'],
    ['Mr Ward to book the anger course without delay.', 'without delay'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toContain('vague-timescale');
  });

  it.each([
    ['OT referral made for a bath seat – on the waiting list.', 'on the waiting list'],
    ['Dyslexia screening for Kai, awaiting a date from the service.', 'awaiting a date from the service'],
  ])('waiting: %s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toContain('vague-timescale');
  });
});

describe('"to be arranged": the action, or its time?', () => {
  it('after a noun it is the action, and says nothing about when', () => {
    expect(judge('Respite carer to be arranged by the disability team.').problems).not.toContain('vague-timescale');
    expect(judge('Respite carer to be arranged by the disability team.').problems).toContain('missing-timescale');
  });

  it('after a time word, or standing alone, it is a vague time', () => {
    expect(judge('Dad to do a hair strand test; dates to be confirmed.').problems).toContain('vague-timescale');
    expect(judge('Family meeting with the grandparents – to be agreed.').problems).toContain('vague-timescale');
  });

  it('a clear trigger after it is the timescale', () => {
    const a = judge('A skeletal survey to be arranged if any bruise is seen on the baby.');
    expect(a.when).toBe('if any bruise is seen on the baby');
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe('"in line with the plan" says how in a sentence, but fills a When cell vaguely', () => {
  it('in the action’s words: no timescale', () => {
    expect(judge('School to share worries about Finn in line with the plan.').problems).toContain('missing-timescale');
  });

  it('in a When cell: vague', () => {
    const t = 'Action\tWho\tWhen\nShare worries about Finn with the SW\tSchool\tIn line with the plan\n';
    expect(actionWith(t, 'Finn').problems).toEqual(['vague-timescale']);
  });
});

describe('every and each', () => {
  it('an activity after "go to" or "attend" says which, not when', () => {
    expect(judge('Chloe will go to every antenatal appointment at Riverside.').problems).toEqual(['missing-timescale']);
    expect(judge('Marcus will attend each contact session on time.').problems).toEqual(['missing-timescale']);
  });

  it('an activity after a preposition is a time', () => {
    expect(judge('The FSW will check the fridge at every home visit.').when).toBe('at every home visit');
    expect(judge('Sam will phone Dad after each of Lily’s sessions.').when).toBe('after each of Lily’s sessions');
  });

  it('a time of day needs no preposition', () => {
    expect(judge('Chloe will give Ben his inhaler every morning.').when).toBe('every morning');
  });

  it('in a When cell the activity alone is the time', () => {
    const t = 'Action\tWho\tWhen\nOffer Poppy a bottle\tGemma (Mum)\tEvery feed\n';
    expect(actionWith(t, 'Poppy').problems).toEqual([]);
  });
});

describe('ages, next visits and "starts now"', () => {
  it.each([
    ['The health visitor will weigh Esme until she is 12 weeks old.', 'until she is 12 weeks old'],
    ['The family nurse will talk about safe sleep at her next home visit.', 'at her next home visit'],
    ['Gary will not shout at the children. This starts now.', 'starts now'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toEqual([]);
  });

  it('"for every meeting" says which meetings, not when', () => {
    expect(judge('A Polish interpreter will be booked for every meeting.').problems).toContain('missing-timescale');
  });

  it('"at the start of each session" says when', () => {
    expect(judge('Jo will do a breath test at the start of each session.').when).toBe('at the start of each session');
  });
});

describe('periods', () => {
  it('a period counted back from an event is a time', () => {
    expect(judge('Nadia will order Leo’s inhalers a week before they run out.').when).toBe('a week before they run out');
    expect(judge('The nurse will remind Bilal two days before every clinic visit.').when).toBe('two days before every clinic visit');
  });

  it('a unit that describes a noun is no time', () => {
    expect(judge('Stacey to be helped to look for a day job.').problems).toContain('missing-timescale');
    expect(judge('Zac to be offered a place in a day centre.').problems).toContain('missing-timescale');
  });
});
