import type { Observation } from '../../src/domain/observation';
import { describeEachBackend, freshMetricsStoreEach } from '../helpers/backends';

const obs = (metric: string, area: string, month: string, value: number | null, numerator: number | null = null, denominator: number | null = null): Observation => ({
  metric, area, month, value, numerator, denominator,
});

describeEachBackend('the metrics store', (backend) => {
  const fresh = freshMetricsStoreEach(backend);

  it('starts empty', async () => {
    expect(await fresh.current().count()).toBe(0);
    expect(await fresh.current().allObservations()).toEqual([]);
    expect(await fresh.current().latestMonths()).toEqual(new Map());
    expect(await fresh.current().latestMonth()).toBeUndefined();
  });

  it('upserts: a later value replaces an earlier one for the same key', async () => {
    const first = await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 100), obs('crimes_all', 'force', '2019-02', 110)], 'a.csv');
    expect(first).toEqual({ rows: 2, changed: 2 });
    const second = await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-02', 120), obs('crimes_all', 'force', '2019-01', 100)], 'b.csv');
    expect(second).toEqual({ rows: 2, changed: 1 });
    expect(await fresh.current().allObservations()).toEqual([obs('crimes_all', 'force', '2019-01', 100), obs('crimes_all', 'force', '2019-02', 120)]);
  });

  it('keeps the last of duplicate keys within one batch', async () => {
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 1), obs('crimes_all', 'force', '2019-01', 2)], 'x');
    expect(await fresh.current().allObservations()).toEqual([obs('crimes_all', 'force', '2019-01', 2)]);
  });

  it('reads a series between two months, in order, with the ratio parts', async () => {
    await fresh.current().upsertObservations([
      obs('ppo_rate_all', 'north', '2019-03', 12, 12, 100),
      obs('ppo_rate_all', 'north', '2019-01', 10, 10, 100),
      obs('ppo_rate_all', 'north', '2019-02', 11, 11, 100),
      obs('ppo_rate_all', 'south', '2019-02', 50, 50, 100),
      obs('ppo_rate_all', 'north', '2019-04', 13, 13, 100),
    ], 'x');
    expect(await fresh.current().series('ppo_rate_all', 'north', '2019-02', '2019-03')).toEqual([
      { month: '2019-02', value: 11, numerator: 11, denominator: 100 },
      { month: '2019-03', value: 12, numerator: 12, denominator: 100 },
    ]);
    expect(await fresh.current().series('ppo_rate_all', 'force', '2019-01', '2019-12')).toEqual([]);
  });

  it('reports the latest month per metric and the coverage per metric and area', async () => {
    await fresh.current().upsertObservations([
      obs('crimes_all', 'force', '2018-12', 1),
      obs('crimes_all', 'north', '2019-02', 1),
      obs('crimes_all', 'north', '2019-01', 1),
      obs('calls_999', 'force', '2019-05', 1),
    ], 'x');
    expect(await fresh.current().latestMonths()).toEqual(new Map([['crimes_all', '2019-02'], ['calls_999', '2019-05']]));
    expect(await fresh.current().latestMonth()).toBe('2019-05');
    expect(await fresh.current().coverage()).toEqual([
      { metric: 'calls_999', area: 'force', first: '2019-05', last: '2019-05', count: 1 },
      { metric: 'crimes_all', area: 'force', first: '2018-12', last: '2018-12', count: 1 },
      { metric: 'crimes_all', area: 'north', first: '2019-01', last: '2019-02', count: 2 },
    ]);
    expect(await fresh.current().count()).toBe(4);
  });

  it('rolls a transaction back when its work throws', async () => {
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 1)], 'x');
    await expect(fresh.current().transaction(async (tx) => {
      await tx.upsertObservations([obs('crimes_all', 'force', '2019-02', 2)], 'y');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await fresh.current().allObservations()).toEqual([obs('crimes_all', 'force', '2019-01', 1)]);
  });

  it('runs concurrent transactions one after the other', async () => {
    const write = (month: string) => fresh.current().transaction((tx) => tx.upsertObservations([obs('crimes_all', 'force', month, 1)], month));
    await Promise.all([write('2019-01'), write('2019-02'), write('2019-03')]);
    expect(await fresh.current().count()).toBe(3);
  });

  it('reads one metric’s rows, in key order, and no other', async () => {
    await fresh.current().upsertObservations([obs('b', 'force', '2019-01', 3), obs('a', 'south', '2019-01', 9), obs('a', 'force', '2019-02', 2), obs('a', 'force', '2019-01', 1), obs('ab', 'force', '2019-01', 4)], 'x');
    expect(await fresh.current().observationsOf('a')).toEqual([obs('a', 'force', '2019-01', 1), obs('a', 'force', '2019-02', 2), obs('a', 'south', '2019-01', 9)]);
    expect(await fresh.current().observationsOf('c')).toEqual([]);
  });

  it('replaces whole months of some metrics, and everything, inside a transaction', async () => {
    await fresh.current().upsertObservations([obs('a', 'force', '2019-01', 1), obs('a', 'north', '2019-01', 1), obs('a', 'force', '2019-02', 2), obs('b', 'force', '2019-01', 3)], 'x');
    const deleted = await fresh.current().transaction(async (tx) => {
      const n = await tx.deleteMonths(['a'], ['2019-01']);
      await tx.upsertObservations([obs('a', 'south', '2019-01', 9)], 'y');
      return n;
    });
    expect(deleted).toBe(2);
    expect(await fresh.current().allObservations()).toEqual([obs('a', 'force', '2019-02', 2), obs('a', 'south', '2019-01', 9), obs('b', 'force', '2019-01', 3)]);
    await expect(fresh.current().transaction(async (tx) => {
      await tx.deleteAll();
      throw new Error('refused half-way');
    })).rejects.toThrow('refused half-way');
    expect(await fresh.current().count()).toBe(3);
    expect(await fresh.current().transaction((tx) => tx.deleteAll())).toBe(3);
    expect(await fresh.current().count()).toBe(0);
  });

  it('opens again over the same data without migrating twice', async () => {
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 1)], 'x');
    const again = await fresh.place().openMetrics();
    try {
      expect(await again.count()).toBe(1);
      expect(await again.schemaVersion()).toBe(await fresh.current().schemaVersion());
    } finally {
      await again.close();
    }
  });

  it('keeps every figure exactly: whole numbers, ratios of their parts, and other fractions', async () => {
    const rows: Observation[] = [];
    for (let i = 1; i <= 3000; i++) {
      const num = (i * 7919) % 1000;
      const den = 1000 + ((i * 104729) % 9000);
      rows.push(obs('ppo_rate_all', `a${i % 9}`, `${2000 + Math.floor(i / 12 / 9)}-${String((i % 12) + 1).padStart(2, '0')}`, (100 * num) / den, num, den));
      rows.push(obs('response_immediate_median_mins', `a${i % 9}`, `${2000 + Math.floor(i / 12 / 9)}-${String((i % 12) + 1).padStart(2, '0')}`, i / 7 + 1e-9 * i, null, null));
      rows.push(obs('crimes_all', `a${i % 9}`, `${2000 + Math.floor(i / 12 / 9)}-${String((i % 12) + 1).padStart(2, '0')}`, i * 13, null, null));
    }
    // Last of equal keys wins, as one upsert after another would.
    const last = new Map(rows.map((r) => [`${r.metric}|${r.area}|${r.month}`, r]));
    await fresh.current().upsertObservations(rows, 'exact');
    const back = await fresh.current().allObservations();
    expect(back).toHaveLength(last.size);
    for (const r of back) expect(r).toEqual(last.get(`${r.metric}|${r.area}|${r.month}`));
  });

  it('has a fingerprint that changes when the figures do, and only then', async () => {
    const empty = await fresh.current().fingerprint();
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 1)], 'a');
    const one = await fresh.current().fingerprint();
    expect(one).not.toBe(empty);
    expect(await fresh.current().fingerprint()).toBe(one);
    // At once (the same millisecond, as often as not): a change of value still changes it.
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 2)], 'b');
    const two = await fresh.current().fingerprint();
    expect(two).not.toBe(one);
    // The same value again changes nothing, so neither does the fingerprint.
    await fresh.current().upsertObservations([obs('crimes_all', 'force', '2019-01', 2)], 'c');
    expect(await fresh.current().fingerprint()).toBe(two);
    // A month replaced by the same number of rows is a change.
    await fresh.current().transaction(async (tx) => {
      await tx.deleteMonths(['crimes_all'], ['2019-01']);
      await tx.upsertObservations([obs('crimes_all', 'force', '2019-01', 3)], 'd');
    });
    expect(await fresh.current().fingerprint()).not.toBe(two);
  });

  it('writes and reads many rows quickly (more than one insert chunk)', async () => {
    const rows: Observation[] = [];
    for (let i = 0; i < 5000; i++) rows.push(obs(`m${i % 50}`, 'force', `${2000 + Math.floor(i / 50 / 12)}-${String((Math.floor(i / 50) % 12) + 1).padStart(2, '0')}`, i));
    expect(await fresh.current().upsertObservations(rows, 'many')).toEqual({ rows: 5000, changed: 5000 });
    expect(await fresh.current().allObservations()).toHaveLength(5000);
  });
});
