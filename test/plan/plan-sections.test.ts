import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('a background-sounding topic heading inside the plan', () => {
  const plan = [
    'What we are worried about',
    'Zara has missed nine days of school and the kitchen has no food in it.',
    '',
    'THE PLAN',
    '',
    'School',
    '• Mr Dunn (head of year) to phone Tasha by 9.30am on any day Zara is not in school.',
    '',
    'Zara’s views',
    '• Ella (SW) to meet Zara at the youth club every fortnight and write down what she wants.',
    '• Zara’s wishes to be written into the plan by the next core group.',
    '',
    'Keeping in touch',
    '• Core group to meet every 4 weeks.',
    '',
    'What Zara said',
    '• “I just want my mum to be OK.”',
  ].join('\n');

  it('keeps the actions under a "views" topic and the topics after it', () => {
    const texts = actionsOf(plan).map((a) => a.text);
    expect(texts).toHaveLength(4);
    expect(actionWith(plan, 'youth club').who).toBe('Ella (SW)');
    expect(actionWith(plan, 'every 4 weeks').who).toBe('Core group');
  });

  it('still drops a views section whose list is what someone said', () => {
    expect(actionsOf(plan).some((a) => a.text.includes('OK'))).toBe(false);
  });

  it('does not rescue a worries heading whose items are not actions', () => {
    const other = ['The plan', '• Mum to take Zara to school every day.', '', 'Worries', '• Zara is often late.', '• Mum will be tired after night shifts.'].join('\n');
    expect(actionsOf(other)).toHaveLength(1);
  });
});

describe('a short heading that opens with "if"', () => {
  const plan = [
    'Who will do what',
    'Dad will take Mo to nursery every weekday by 9am.',
    'Nan (Rita): collect Mo every Friday at 3pm.',
    'SW – visit Mo at home every 2 weeks.',
    '',
    'If Dad starts drinking again',
    'If Dad has been drinking, Nan will take Mo home with her and ring the social worker. The social worker will call a meeting.',
  ].join('\n');

  it('is the contingency plan, not more actions', () => {
    expect(actionsOf(plan)).toHaveLength(3);
  });
});

describe('a plan pasted from an e-mail reply with "> " quote marks', () => {
  const plan = [
    'From: Amir Shah <amir.shah@example.org>',
    'Sent: 3 March 2027 09:10',
    'Subject: RE: plan for Leo',
    '',
    'Morning both,',
    '',
    'Plan below as discussed. I will post a paper copy to Dad as well.',
    '',
    '> From: Conference chairs <chairs@example.org>',
    '> Sent: 2 March 2027 16:00',
    '>',
    '> Agreed actions',
    '> - Dad to take Leo to the dentist by 20 March.',
    '> - SW to visit Leo at home every 2 weeks and see his',
    '> bedroom.',
    '> - Core group to meet on 30 March.',
    '>',
    '> Regards',
    '> Chair',
  ].join('\n');

  it('reads the quoted lines as the plan and nothing else', () => {
    const found = actionsOf(plan);
    expect(found.map((a) => a.text.slice(0, 12))).toEqual(['Dad to take ', 'SW to visit ', 'Core group t']);
  });

  it('joins an item wrapped onto the next quoted line', () => {
    expect(actionWith(plan, 'every 2 weeks').text).toContain('bedroom');
  });

  it('leaves ">" used as a bullet alone', () => {
    const bullets = ['Plan', '> Mum to book the GP by Friday.', '> Dad to fix the gate this weekend.'].join('\n');
    expect(actionsOf(bullets)).toHaveLength(2);
  });
});

describe('details at the top of a plan', () => {
  it('does not read a date line over the family details as an action', () => {
    const plan = [
      'Review conference – Ada Kerr (4)',
      'Date: 02/03/2027    Next review: 01/06/2027',
      'Mum: Lou Kerr    Social worker: Pat Greer',
      'Core group meets every 6 weeks.',
      '',
      'Plan',
      '- Lou to take Ada to the eye clinic on 9 March.',
    ].join('\n');
    const found = actionsOf(plan);
    expect(found).toHaveLength(1);
    expect(found[0]?.who).toBe('Lou');
  });
});
