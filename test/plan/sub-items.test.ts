/** Items that hold several actions: "2c." sub-actions, tick-box checklists, semicolon clauses with their own owners. */
import { describe, expect, it } from 'vitest';
import { checkBox, dashFieldLine, subNumber } from '../../src/engine/plan/sub-items.js';
import { compileLexicons } from '../../src/engine/plan/lexicon.js';
import { LEX, actionsOf, actionWith } from './helpers.js';

const lex = compileLexicons(LEX);

describe('markers', () => {
  it.each([
    ['3b. Nana to collect Ellis', 4],
    ['12c) Dad to ring school', 5],
    ['2a: Attend the clinic', 4],
  ])('%s is a sub-action', (line, at) => {
    expect(subNumber(line, 0)).toBe(at);
  });

  it.each(['3. Nana to collect Ellis', '3B. Capitals', '3bc. two letters', '3b.no space', '123a. long'])('%s is not a sub-action', (line) => {
    expect(subNumber(line, 0)).toBe(-1);
  });

  it.each([
    ['☐ Book the room', false],
    ['☑ Booked the room', true],
    ['[ ] Book the room', false],
    ['[x] Booked the room', true],
    ['- [X] Booked the room', true],
  ])('%s is a tick box', (line, ticked) => {
    const box = checkBox(line, 0);
    expect(box?.[1]).toBe(ticked);
    expect(line.slice(box?.[0])).toMatch(/^Book/);
  });

  it.each(['[a] note', '[] empty', '☐', '(x) not a box'])('%s is not a tick box', (line) => {
    expect(checkBox(line, 0)).toBeNull();
  });
});

const outcomes = [
  'Safety plan for Milo',
  '',
  'Outcome 1: Milo gets to nursery.',
  '2a. Aunt Rosa will take Milo to Sunflower Nursery each weekday morning.',
  'Responsible: Aunt Rosa   Target date: from Monday 8 March 2027',
  '2b. The nursery will phone Rosa if Milo has not arrived by 10am.',
  'Person responsible – Nursery manager (Ms Adeyemi)   Target – any day Milo is missing',
  '2c. Health visitor to weigh Milo at home.',
  'Lead – Health Visitor (Tom Price)   Date – Wednesday 17 March 2027',
  '',
].join('\n');

describe('outcome sub-actions', () => {
  it('each "2a." item is its own action with its own responsible line', () => {
    const acts = actionsOf(outcomes);
    expect(acts).toHaveLength(3);
    expect(acts.map((a) => a.who)).toEqual(['Aunt Rosa', 'Nursery manager (Ms Adeyemi)', 'Health Visitor (Tom Price)']);
    expect(acts.map((a) => a.when)).toEqual(['from Monday 8 March 2027', 'any day Milo is missing', 'Wednesday 17 March 2027']);
  });

  it('a line naming both fields with dashes is a line of fields, not a sentence', () => {
    const a = actionWith(outcomes, 'weigh Milo');
    expect(a.problems).not.toContain('missing-owner');
    expect(a.problems).not.toContain('missing-timescale');
  });

  it.each([
    ['Lead – Nurse Ali   Date – 4 May', 'Nurse Ali', '4 May'],
    ['By – 4 May\tWho – Nurse Ali', '4 May', 'Nurse Ali'],
  ])('%s is a line of two fields', (line, a, b) => {
    const f = dashFieldLine(line, { start: 0, end: line.length }, lex);
    expect(f && [line.slice(f.value.start, f.value.end), line.slice(f.more.value.start, f.more.value.end)]).toEqual([a, b]);
  });

  it.each(['Lead – this is shared with the nursery', 'Lead – Nurse Ali – 4 May', 'Lead – Nurse Ali   Owner – Jo', 'Target – to be in school   Notes – none'])('%s is not', (line) => {
    expect(dashFieldLine(line, { start: 0, end: line.length }, lex)).toBeNull();
  });
});

const checklist = [
  'Actions',
  '☑ Housing told about the damp (Priya, done 02/03)',
  '☐ Ask the landlord to fix the boiler; Priya (housing officer), by Friday 12 March 2027',
  '☐ Dad to keep the hallway clear of the tools; Dad, from today',
  '☐ Youth worker to meet Callum after college; Jordan Hale',
  '☐ Nursery to watch for signs of cold or hunger; all staff; ongoing',
  '',
].join('\n');

describe('tick-box checklists', () => {
  it('a ticked box beside open ones is done and not an action', () => {
    const acts = actionsOf(checklist);
    expect(acts).toHaveLength(4);
    expect(acts.some((a) => a.text.includes('damp'))).toBe(false);
  });

  it('the owner and time after the semicolon belong to their own item', () => {
    const boiler = actionWith(checklist, 'boiler');
    expect([boiler.who, boiler.when]).toEqual(['Priya (housing officer)', 'by Friday 12 March 2027']);
    expect(boiler.what).toBe('Ask the landlord to fix the boiler');
    expect(boiler.problems).toEqual([]);
    const youth = actionWith(checklist, 'Callum');
    expect(youth.who).toBe('Jordan Hale');
    const nursery = actionWith(checklist, 'hunger');
    expect([nursery.who, nursery.when]).toEqual(['all staff', 'ongoing']);
    // a clause after the semicolon is not an owner
    const t = ['Actions', '☐ Ask the landlord to fix the boiler; the flat is cold at night', '☐ Dad to clear the hallway by Friday 12 March 2027', ''].join('\n');
    expect(actionWith(t, 'boiler').who).not.toBe('the flat is cold at night');
  });

  it('a ticked box that still reads as a task ("X to do Y") stays in the plan', () => {
    const t = checklist.replace('☑ Housing told about the damp (Priya, done 02/03)', '☑ School nurse to weigh Lily — School nurse — by 4 March (done 2/3)');
    expect(actionsOf(t)).toHaveLength(5);
    expect(actionWith(t, 'weigh Lily').who).toBe('School nurse');
  });

  it('[ ] and [x] boxes work the same way', () => {
    const t = checklist.replace('☑', '[x]').replaceAll('☐', '[ ]');
    expect(actionsOf(t)).toHaveLength(4);
    expect(actionWith(t, 'boiler').who).toBe('Priya (housing officer)');
  });

});

const clauses = [
  'OUR PLAN:',
  'DAD (OWEN) WILL take Ava to her dentist on 9 April 2027; DAD (OWEN) WILL keep the medicines in the high cupboard at all times.',
  'AUNTIE (BEA) WILL collect Ava from school every Thursday.',
  'HV: visit Ava at home every 4 weeks; HV: check her weight - ASAP; give Dad the leaflet on teeth by 1 April 2027.',
  'NURSERY: ring HV if Ava is absent, the same day; share concerns with the SW.',
  '',
].join('\n');

describe('semicolon clauses that each name an owner', () => {
  it('each clause is one action', () => {
    const acts = actionsOf(clauses);
    expect(acts).toHaveLength(8);
    expect(actionWith(clauses, 'dentist').text).not.toContain('medicines');
    // a semicolon before a remark does not cut the sentence
    const t = ['Plan', '', 'Mum will take Ava to the dentist on 9 April 2027; this was agreed with her.', ''].join('\n');
    expect(actionsOf(t)).toHaveLength(1);
  });

  it('a clause without its own owner takes the one that opens its line', () => {
    expect(actionWith(clauses, 'leaflet').who).toBe('HV');
    expect(actionWith(clauses, 'share concerns').who).toBe('NURSERY');
    expect(actionWith(clauses, 'check her weight').when).toBe('ASAP');
  });

});

describe('origin tags', () => {
  it('"[Handed over from Omar]" after an item says where it came from, not who does it', () => {
    const t = ['Checklist', '☐ Arrange a new bed for Kit. [Handed over from Omar]', '☐ Gran will walk Kit to school each day. [From the ICPC plan]', ''].join('\n');
    expect(actionWith(t, 'new bed').who).toBeNull();
    expect(actionWith(t, 'walk Kit').who).toBe('Gran');
  });
});
