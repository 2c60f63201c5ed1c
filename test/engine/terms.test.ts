import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/index.js';
import { brief, expectValidReport, makeRules, termsFile } from '../helpers.js';

const rules = makeRules({
  'jargon/acronyms.yml': termsFile('jargon', [
    { term: 'ICPC', plain: ['first child protection meeting'] },
    { term: 'CP', plain: ['child protection'] },
    { term: 'LA', plain: ['the council'] },
    { term: 'S47', variants: ['s47', 's.47'], id: 's47', plain: ['child protection enquiry'] },
  ], true),
  'jargon/process.yml': termsFile('jargon', [
    { term: 'core group', plain: ['the people who meet to check the plan'] },
    { term: 'core group meeting', plain: ['plan meeting'] },
    { term: 'step down', plain: ['move to less help'] },
    { term: 'liaise', plain: ['talk to'] },
    { term: 'facilitate', plain: ['arrange'] },
    { term: 'utilise', plain: ['use'] },
    { term: 'behaviour management', plain: ['helping with behaviour'] },
    { term: 'contact', plain: ['family time'], inflect: false, 'not-before': ['her', 'the', 'details'], 'not-after': ['to', 'please'] },
    { term: 'viz', plain: ['namely'], inflect: false, 'only-before': ['the', ':'] },
  ]),
  'jargon/legal.yml': termsFile('jargon', [{ term: 'significant harm', explain: true }]),
  'wording/blaming.yml': termsFile('wording', [{ term: 'failed to engage', plain: ['did not come to'] }]),
});
const check = createChecker(rules);

describe('terms', () => {
  it('gives one full message with every contract field', () => {
    const text = 'The ICPC is on Monday.';
    const report = check(text);
    expect(report.messages[0]).toEqual({
      category: 'jargon',
      ruleId: 'icpc',
      source: 'clearplan/acronyms',
      severity: 'warning',
      reason: '“ICPC” may be unclear: try “first child protection meeting”',
      actual: 'ICPC',
      expected: ['first child protection meeting'],
      note: 'A note for a parent about this term.',
      url: 'https://example.org/source',
      position: { start: { line: 1, column: 5, offset: 4 }, end: { line: 1, column: 9, offset: 8 } },
    });
    expectValidReport(text, report);
  });

  it('matches acronyms case-sensitively, as whole words, with plurals', () => {
    const text = 'The LA will book two ICPCs. We are in la la land. ICPC is not CP-ICPC or ICPCX.';
    const report = check(text);
    expect(brief(report).filter((m) => !m.includes('unknown'))).toEqual([
      '1:5-1:7 la LA',
      '1:22-1:27 icpc ICPCs',
      '1:51-1:55 icpc ICPC',
      '1:63-1:65 cp CP',
      '1:66-1:70 icpc ICPC',
    ]);
    expectValidReport(text, report);
  });

  it('lets the longest match win', () => {
    const report = check('The core group meeting is on Friday. The core group will meet.');
    expect(brief(report).filter((m) => !m.includes('passive'))).toEqual([
      '1:5-1:23 core-group-meeting core group meeting',
      '1:42-1:52 core-group core group',
    ]);
  });

  it('matches across line breaks, hyphens, inflections and UK/US spellings', () => {
    const text = 'We discussed the core\ngroups. The plan was stepped-down. She is liaising with school.\r\nWe facilitated it and will utilize it. Behavior management helps.';
    const report = check(text);
    expect(report.messages.filter((m) => m.category === 'jargon').map((m) => `${m.ruleId}:${m.actual}`)).toEqual([
      'core-group:core\ngroups',
      'step-down:stepped-down',
      'liaise:liaising',
      'facilitate:facilitated',
      'utilise:utilize',
      'behaviour-management:Behavior management',
    ]);
    expectValidReport(text, report);
  });

  it('does not run a phrase across a blank line or punctuation', () => {
    const report = check('Meet at the core.\nGroup work follows.\n\nThe core\n\ngroup.');
    expect(report.messages.filter((m) => m.ruleId === 'core-group')).toEqual([]);
  });

  it('uses context words to tell care language from everyday words', () => {
    const report = check('Contact with Dad will be on Saturdays. Please contact her. Write down the contact details. Mum will contact the school.');
    expect(report.messages.filter((m) => m.ruleId === 'contact').map((m) => m.position.start.column)).toEqual([1]);
  });

  it('reads ":" among only-before words as a colon straight after the term, with a word before it', () => {
    const text = 'Two things viz the rota. Two things viz: the rota. Two things viz : the rota. Two things viz his rota.\nViz: the rota\nNote: VIZ: the rota';
    const report = check(text);
    expect(report.messages.filter((m) => m.ruleId === 'viz').map((m) => m.position.start.offset)).toEqual([11, 36]);
    expectValidReport(text, report);
  });

  it('explains legal terms once per document instead of replacing them', () => {
    const report = check('This is significant harm. Significant harm is a legal test. The risk of significant harm remains.');
    const legal = report.messages.filter((m) => m.ruleId === 'significant-harm');
    expect(legal).toHaveLength(1);
    expect(legal[0]?.severity).toBe('suggestion');
    expect(legal[0]?.reason).toBe('“significant harm” is a legal term: explain it');
  });

  it('never flags quoted speech', () => {
    const text = 'Mum said “the core group is a waste of time” and Dad said "I liaise with nobody". Tom said ‘ICPC’.';
    const report = check(text);
    expect(report.messages.filter((m) => m.category === 'jargon' || m.category === 'wording')).toEqual([]);
    expect(check('Mum’s core group is on Monday.').messages.map((m) => m.ruleId)).toContain('core-group');
  });

  it('puts blaming words in the wording category', () => {
    const report = check('Dad failed to engage with the plan.');
    expect(report.messages.map((m) => [m.category, m.ruleId])).toEqual([['wording', 'failed-to-engage']]);
  });

  it('honours the ignore list by rule id or by phrase', () => {
    expect(check('The ICPC and the core group.', { ignore: ['icpc'] }).messages.map((m) => m.ruleId)).toEqual(['core-group']);
    expect(check('The ICPC and the core groups.', { ignore: ['Core Group'] }).messages.map((m) => m.ruleId)).toEqual(['icpc']);
  });

  it('adds a council’s own terms, which win over the packs on a tie', () => {
    const report = check('Refer to the Hub team. The ICPC is soon.', {
      categories: { plan: false },
      extraTerms: [
        { term: 'Hub team', plain: ['the family support team'] },
        { term: 'ICPC', plain: ['the first meeting'] },
      ],
    });
    expect(report.messages.map((m) => `${m.ruleId}|${m.source}|${m.expected.join()}`)).toEqual([
      'local-hub-team|clearplan/local-terms|the family support team',
      'local-icpc|clearplan/local-terms|the first meeting',
    ]);
  });

  it('flags abbreviations that are in no list, but not headings in capitals or defined ones', () => {
    const report = check('WHAT NEEDS TO HAPPEN NOW\nThe MACE panel meets. Multi-Agency Child Exploitation (MACE) is a panel.');
    expect(report.messages.filter((m) => m.ruleId === 'unknown-abbreviation').map((m) => m.position.start.offset)).toEqual([29]);
  });

  it('switches categories off', () => {
    const report = check('The ICPC failed to engage.', { categories: { jargon: false } });
    expect(report.messages.map((m) => m.category)).toEqual(['wording']);
  });
});

describe('abbreviations that are names', () => {
  it('does not flag a surname written in capitals after a first name', () => {
    const report = check('Subject child: Oliver GRANT. Mother: Kelly GRANT. The MACE panel and Tom CAMHS-worker.', { categories: { plan: false } });
    expect(report.messages.filter((m) => m.ruleId === 'unknown-abbreviation').map((m) => m.actual)).toEqual(['MACE']);
  });
});
