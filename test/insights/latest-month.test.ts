import { ObservationIndex } from '../../src/domain/observation-index';
import { latestCompleteMonth } from '../../src/insights/latest-month';
import { CATALOGUE, counts } from './helpers/series';

describe('the latest complete month', () => {
  const both = [...counts('charges', 'force', [1, 2, 3, 4]), ...counts('tics', 'force', [1, 2, 3, 4])];

  test('is the latest month when every metric has it', () => {
    expect(latestCompleteMonth(new ObservationIndex(both), CATALOGUE)).toBe('2020-01');
  });

  test('is the month before when a metric has not reported the latest month yet', () => {
    const partial = [...counts('charges', 'force', [1, 2, 3, 4]), ...counts('tics', 'force', [1, 2, 3], '2019-12')];
    expect(latestCompleteMonth(new ObservationIndex(partial), CATALOGUE)).toBe('2019-12');
  });

  test('is never the current month or later', () => {
    expect(latestCompleteMonth(new ObservationIndex(both), CATALOGUE, '2020-01')).toBe('2019-12');
  });

  test('is undefined for an empty store', () => {
    expect(latestCompleteMonth(new ObservationIndex([]), CATALOGUE)).toBeUndefined();
  });
});
