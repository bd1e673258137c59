import { describeEachBackend, type Place } from '../helpers/backends';
import { tempDir } from '../store/temp-files';
import { run } from './run-main';

describeEachBackend('db build, import and ask on one store', (backend) => {
  let place: Place;
  beforeAll(async () => {
    place = await backend.fresh();
  });
  afterAll(async () => place.cleanup());

  test('builds the sample, answers from it, imports a correction and answers again', async () => {
    const env = { NODE_ENV: 'test', ...place.env };
    const built = await run(['db', 'build'], env);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/19,?262 rows/);

    const ask = async () => JSON.parse((await run(['ask', '--json', '--today', '2020-02-10', 'charges in Peterborough January 2020'], env)).stdout) as { status: string; results: { value: number }[] };
    const before = await ask();
    expect(before.status).toBe('answer');
    const value = before.results[0]?.value ?? NaN;
    expect(value).toBeGreaterThan(0);

    const tmp = tempDir();
    try {
      const file = tmp.file('fix.csv', `metric,area,month,value,numerator,denominator\ncharges,peterborough,2020-01,${value + 7},,\n`);
      const imported = await run(['import', file], env);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(/1 rows imported \(1 new or changed\)/);
      const again = await run(['import', file], env);
      expect(again.stdout).toMatch(/1 rows imported \(0 new or changed\)/);
    } finally {
      tmp.cleanup();
    }
    expect((await ask()).results[0]?.value).toBe(value + 7);
  });
});

describe('a PostgreSQL database that cannot be reached', () => {
  test('is named (without its password) with the reason, and nothing else happens', async () => {
    const out = await run(['ask', '--today', '2020-02-10', 'charges in January'], { NODE_ENV: 'test', DATABASE_URL: 'postgres://perfbot:secret@127.0.0.1:1/perfbot' });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^perfbot: cannot use the PostgreSQL database postgres:\/\/perfbot:\*\*\*@127\.0\.0\.1:1\/perfbot \(schema public\): .*ECONNREFUSED/);
    expect(out.stderr).not.toContain('secret');
    expect(out.stdout).toBe('');
  });
});
