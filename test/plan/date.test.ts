import { describe, expect, it } from 'vitest';
import { daysInMonth, isUkNumericDate } from '../../src/engine/plan/date.js';

describe('isUkNumericDate (day first, replaces chrono-node)', () => {
  it.each(['03/04/2026', '3/4/2026', '31/12/2026', '01.02.2026', '1-2-26', '29/02/2028', '29/02/2000', '14/09', '31/01', '29/02', '30/04/26', '3.4.26'])(
    '%s is a date',
    (d) => expect(isUkNumericDate(d)).toBe(true),
  );
  it.each([
    '31/02/2026', // no 31st of February
    '29/02/2026', // 2026 is not a leap year
    '29/02/1900', // 1900 was not a leap year
    '31/04/2026', // April has 30 days
    '13/13/2026', // no 13th month
    '00/01/2026', // no day 0
    '01/00/2026', // no month 0
    '12/25/2026', // month first (US) is not a UK date
    '03/04/202', // three-digit year
    '03/04/20261',
    '03/04-2026', // mixed separators
    '12.5', // an amount, not a date
    '3/4/', '/3/4', '3//4', '123/4/2026', 'a3/4/2026', '', '2026',
  ])('%s is not a date', (d) => expect(isUkNumericDate(d)).toBe(false));

  it('two-digit years are 20xx (29/02/28 is a leap day, 29/02/27 is not)', () => {
    expect(isUkNumericDate('29/02/28')).toBe(true);
    expect(isUkNumericDate('29/02/27')).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(m, 2026))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(2, null)).toBe(29);
  });
});
