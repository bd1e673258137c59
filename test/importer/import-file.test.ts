import { importFiles, ImportReadError } from '../../src/importer/import-file';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { describeEachBackend, freshMetricsStoreEach } from '../helpers/backends';
import { csv, tempDir } from '../store/temp-files';

const catalogue = loadCatalogue();

describeEachBackend('importFiles', (backend) => {
  const tmp = tempDir();
  const fresh = freshMetricsStoreEach(backend);
  afterAll(() => tmp.cleanup());

  it('imports every row, ratio values derived from their parts', async () => {
    const file = tmp.file('a.csv', csv('crimes_all,force,2019-01,100,,', 'ppo_rate_all,north,2019-01,,25,200'));
    expect(await importFiles(fresh.current(), [file], catalogue)).toEqual({ kind: 'ok', rows: 2, files: [{ file, rows: 2, changed: 2 }] });
    expect(await fresh.current().series('ppo_rate_all', 'north', '2019-01', '2019-01')).toEqual([{ month: '2019-01', value: 12.5, numerator: 25, denominator: 200 }]);
  });

  it('is idempotent: the same file twice changes nothing', async () => {
    const file = tmp.file('same.csv', csv('crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,90,,'));
    await importFiles(fresh.current(), [file], catalogue);
    const before = await fresh.current().allObservations();
    expect(await importFiles(fresh.current(), [file], catalogue)).toEqual({ kind: 'ok', rows: 2, files: [{ file, rows: 2, changed: 0 }] });
    expect(await fresh.current().allObservations()).toEqual(before);
  });

  it('lets a later file replace the earlier value for a key', async () => {
    const early = tmp.file('early.csv', csv('crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,90,,'));
    const late = tmp.file('late.csv', csv('crimes_all,force,2019-02,95,,'));
    await importFiles(fresh.current(), [early], catalogue);
    expect(await importFiles(fresh.current(), [late], catalogue)).toEqual({ kind: 'ok', rows: 1, files: [{ file: late, rows: 1, changed: 1 }] });
    expect((await fresh.current().allObservations()).map((o) => o.value)).toEqual([100, 95]);
  });

  it('lets the later of two files in one import win', async () => {
    const a = tmp.file('one.csv', csv('crimes_all,force,2019-01,1,,'));
    const b = tmp.file('two.csv', csv('crimes_all,force,2019-01,2,,'));
    await importFiles(fresh.current(), [a, b], catalogue);
    expect((await fresh.current().allObservations()).map((o) => o.value)).toEqual([2]);
  });

  it('treats an unreadable file as an I/O error', async () => {
    await expect(importFiles(fresh.current(), [tmp.file('missing.csv')], catalogue)).rejects.toThrow(ImportReadError);
    expect(await fresh.current().count()).toBe(0);
  });
});
