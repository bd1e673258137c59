import { londonDate } from '../../src/domain/london-date';

/** One idea of today: the date on a clock in England, whatever the server's zone. */
describe('londonDate', () => {
  test.each([
    // British Summer Time began at 01:00 UTC on 31 March 2019: half past eleven UTC is already 1 April in England.
    ['2019-03-31T23:30:00Z', '2019-04-01'],
    ['2019-03-31T00:30:00Z', '2019-03-31'],
    // In winter England is on UTC.
    ['2020-01-31T23:30:00Z', '2020-01-31'],
    ['2020-02-29T23:59:59Z', '2020-02-29'],
    // BST ended at 01:00 UTC on 27 October 2019.
    ['2019-10-26T23:30:00Z', '2019-10-27'],
    ['2019-10-27T23:30:00Z', '2019-10-27'],
  ])('%s is %s in England', (instant, date) => {
    expect(londonDate(new Date(instant))).toBe(date);
  });
});
