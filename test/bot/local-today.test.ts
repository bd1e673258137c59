import { localToday } from '../../src/bot/direct-line/local-today';

describe('today in local mode when PERFBOT_TODAY is not set', () => {
  test('figures that end before last month (the sample ends in January 2020): the 10th of the month after them', () => {
    expect(localToday('2026-12-01', '2020-01')).toBe('2020-02-10');
    expect(localToday('2026-12-01', '2026-10')).toBe('2026-11-10');
    expect(localToday('2026-01-15', '2025-11')).toBe('2025-12-10');
  });

  test('figures up to last month or later, or none: the clock', () => {
    expect(localToday('2026-12-01', '2026-11')).toBe('2026-12-01');
    expect(localToday('2026-12-01', '2026-12')).toBe('2026-12-01');
    expect(localToday('2026-01-15', '2025-12')).toBe('2026-01-15');
    expect(localToday('2026-12-01', undefined)).toBe('2026-12-01');
  });
});
