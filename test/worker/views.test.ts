/** The pure helpers behind the page: highlight segments, suggestions and plain wording. */
import { describe, expect, it } from 'vitest';
import { check, type Message } from '../../src/engine/index.js';
import { segments } from '../../web/views/highlight.js';
import { applySuggestion, applyToken, matchCase, parseApplyToken } from '../../web/views/suggest.js';
import { readingAgeSentence, scoreBand } from '../../web/views/words.js';

function msg(category: Message['category'], start: number, end: number, text: string, expected: string[] = []): Message {
  return {
    category,
    ruleId: 'r',
    source: 's',
    severity: 'warning',
    reason: 'r',
    actual: text.slice(start, end),
    expected,
    note: '',
    position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
  };
}

describe('segments', () => {
  it('cuts nested and overlapping findings into flat pieces that join back to the text', () => {
    const text = 'Mum to engage with CAMHS. Dad will ring.';
    const messages = [msg('readability', 0, 25, text), msg('jargon', 7, 13, text), msg('plan', 7, 40, text), msg('jargon', 19, 24, text)];
    const out = segments(text, messages);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.map((s) => [s.text, s.term, s.hard, s.plan, s.ends])).toEqual([
      ['Mum to ', false, true, false, []],
      ['engage', true, true, true, [2]],
      [' with ', false, true, true, []],
      ['CAMHS', true, true, true, [4]],
      ['.', false, true, true, [1]],
      [' Dad will ring.', false, false, true, [3]],
    ]);
  });

  it('keeps adjacent findings apart and clamps positions to the text', () => {
    const text = 'ICPCRCPC';
    const out = segments(text, [msg('jargon', 0, 4, text), msg('jargon', 4, 8, text), { ...msg('jargon', 6, 8, text), position: { start: { line: 1, column: 1, offset: 6 }, end: { line: 1, column: 1, offset: 99 } } }]);
    expect(out.map((s) => [s.text, s.ends])).toEqual([
      ['ICPC', [1]],
      ['RC', []],
      ['PC', [2, 3]],
    ]);
  });

  it('joins back to the text for a real report', () => {
    const text = 'Core group to monitor.\r\nMum to engage with CAMHS and the ICPC.\n\n• Dad will ring the SW weekly.';
    const report = check(text);
    expect(segments(text, report.messages).map((s) => s.text).join('')).toBe(text);
  });
});

describe('suggestions', () => {
  it('matches the case of the word it replaces, leaving acronyms alone', () => {
    expect(matchCase('Contact', 'family time')).toBe('Family time');
    expect(matchCase('contact', 'family time')).toBe('family time');
    expect(matchCase('CAMHS', "children's mental health service")).toBe("children's mental health service");
    expect(matchCase('Contact', 'Mum')).toBe('Mum');
  });

  it('round-trips the apply token and rejects junk', () => {
    const m = msg('jargon', 3, 9, 'Go engage now', ['come to']);
    expect(parseApplyToken(applyToken(m, 0))).toEqual({ start: 3, end: 9, index: 0 });
    for (const bad of ['', '3:3:0', '9:3:0', 'a:b:c', '1:2:3:4', '1:2:-1', '99999999:1:0']) expect(parseApplyToken(bad)).toBeNull();
  });

  it('applies only when the text still has the term at that place', () => {
    const text = 'Mum to engage.';
    const m = msg('jargon', 7, 13, text, ['come to']);
    expect(applySuggestion(text, m, 0)).toEqual({ text: 'Mum to come to.', replacement: 'come to' });
    expect(applySuggestion('Mum to attend.', m, 0)).toBeNull();
    expect(applySuggestion(text, m, 1)).toBeNull();
  });
});

describe('plain wording', () => {
  it('describes the score and the reading age against the target', () => {
    expect(scoreBand(85).tone).toBe('good');
    expect(scoreBand(10).label).toBe('hard to read and understand');
    const summary = check('The child protection conference determined that the threshold for significant harm was met.').summary;
    expect(readingAgeSentence({ ...summary, readingAge: 15.6, targetReadingAge: 11 })).toBe(
      'A reader needs a reading age of about 16 years to follow it. That is 5 years above your target of 11 years, so many parents will find it hard.',
    );
    expect(readingAgeSentence({ ...summary, readingAge: 9.2, targetReadingAge: 11 })).toMatch(/meets your target of 11 years/);
    expect(readingAgeSentence({ ...summary, readingAge: null })).toMatch(/not enough writing/);
  });
});
