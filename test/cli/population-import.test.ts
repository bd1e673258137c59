import { describeEachBackend, type Place } from '../helpers/backends';
import { tempDir } from '../store/temp-files';
import { run } from './run-main';

interface Json {
  status: string;
  results: { area: string; value: number; per1000?: number; population?: { value: number; year: number; source: string } }[];
}

describeEachBackend('perfbot import population', (backend) => {
  let place: Place;
  beforeAll(async () => {
    place = await backend.fresh();
  });
  afterAll(async () => place.cleanup());

  test('the shipped Census 2021 figures first; an imported year replaces them for the windows it covers; a bad file changes nothing', async () => {
    const env = { NODE_ENV: 'test', ...place.env };
    expect((await run(['db', 'build'], env)).code).toBe(0);
    const ask = async () => JSON.parse((await run(['ask', '--json', '--today', '2020-02-10', 'crime rate in Fenland'], env)).stdout) as Json;
    const before = (await ask()).results[0]!;
    expect(before.population).toEqual({ value: 102465, year: 2021, source: 'Census 2021' });
    expect(before.per1000).toBeCloseTo((1000 * before.value) / 102465, 3);

    const tmp = tempDir();
    try {
      const bad = tmp.file('bad.csv', 'area,year,population,source\nfenland,2019,100000,ONS mid-2019\nnorwich,2019,1,ONS\nfenland,2019,abc,ONS\n');
      const refused = await run(['import', 'population', bad], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${bad}:3: unknown area "norwich"`);
      expect(refused.stderr).toContain(`${bad}:4: population "abc"`);
      expect(refused.stderr).toMatch(/nothing imported: 2 problems/);
      expect((await ask()).results[0]?.population?.year).toBe(2021);

      const good = tmp.file('mid2019.csv', 'area,year,population,source\nfenland,2019,100000,ONS mid-2019\n');
      const imported = await run(['import', 'population', good], env);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('1 population row imported');
    } finally {
      tmp.cleanup();
    }
    const after = (await ask()).results[0]!;
    expect(after.population).toEqual({ value: 100000, year: 2019, source: 'ONS mid-2019' });
    expect(after.per1000).toBeCloseTo((1000 * after.value) / 100000, 3);
  });

  test('the store\'s fingerprint changes with an import, so a running bot takes it up', async () => {
    const store = await place.openMetrics();
    try {
      const before = await store.fingerprint();
      await store.transaction((tx) => tx.upsertPopulation([{ area: 'cambridge', year: 2022, population: 150000, source: 'ONS mid-2022' }]));
      expect(await store.fingerprint()).not.toBe(before);
      expect(await store.population()).toContainEqual({ area: 'cambridge', year: 2022, population: 150000, source: 'ONS mid-2022' });
    } finally {
      await store.close();
    }
  });
});
