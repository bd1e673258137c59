import { fixtureRows, outcomesCsv, streetCsv } from '../../src/police-uk/police-uk-fixture';
import { run } from '../cli/run-main';
import { tempDir } from '../store/temp-files';

describe('perfbot import police-uk, then questions on the public figures', () => {
  const tmp = tempDir();
  const db = tmp.file('store.db');
  const rows = fixtureRows('street', '2019-08', 4000, 21);
  const env = { NODE_ENV: 'test' };
  afterAll(() => tmp.cleanup());

  test('imports the good files, refuses the bad one with its line, and says so', async () => {
    expect((await run(['db', 'build', '--db', db], env)).code).toBe(0);
    const street = tmp.file('2019-08-cambridgeshire-street.csv', streetCsv(rows));
    const outcomes = tmp.file('2019-08-cambridgeshire-outcomes.csv', outcomesCsv(fixtureRows('outcomes', '2019-08', 800, 4)));
    const tidy = tmp.file('tidy.csv', 'metric,area,month,value,numerator,denominator\n');
    const out = await run(['import', 'police-uk', '--db', db, street, tidy, outcomes], env);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^2019-08-cambridgeshire-street\.csv: street-level crime, 2019-08, 4,000 rows \([\d,]+ without a location and [\d,]+ outside the force's districts \(e\.g\. [^)]+\) counted at force level only\); [\d,]+ values written/m);
    expect(out.stdout).toMatch(/^2019-08-cambridgeshire-outcomes\.csv: outcomes, 2019-08, 800 rows/m);
    expect(out.stderr).toContain(`${tidy}:1: this is a perfbot tidy file`);
    expect(out.stderr).toMatch(/1 of 3 files not imported \(the others were\)/);
  });

  test('questions on the imported figures: the count for the place and month, with its source', async () => {
    const peterborough = rows.filter((r) => r.what === 'Burglary' && r.lsoa.startsWith('Peterborough ')).length;
    const answer = await run(['ask', '--db', db, '--today', '2019-09-15', 'police.uk burglary in Peterborough August 2019'], env);
    expect(answer.stdout).toMatch(new RegExp(`^Burglary \\(police\\.uk\\), Peterborough, August 2019: ${peterborough}\\.?`, 'm'));
    expect(answer.stdout).toContain('Source: data.police.uk street-level crime files.');
    // Without "police.uk" the force's own figure answers.
    expect((await run(['ask', '--db', db, '--today', '2019-09-15', 'burglary in Peterborough August 2019'], env)).stdout).toMatch(/^Dwelling burglary offences, Peterborough, August 2019/);
    const json = JSON.parse((await run(['ask', '--db', db, '--json', '--today', '2019-09-15', 'bicycle theft by district August 2019'], env)).stdout) as { status: string; results: { metric: string; area: string; value: number }[] };
    expect(json.status).toBe('answer');
    expect(json.results.map((r) => r.area).sort()).toEqual(['cambridge', 'east_cambridgeshire', 'fenland', 'huntingdonshire', 'peterborough', 'south_cambridgeshire']);
    for (const r of json.results) {
      expect(r.metric).toBe('policeuk_bicycle_theft');
      expect(r.value).toBe(rows.filter((x) => x.what === 'Bicycle theft' && x.lsoa !== '' && x.lsoa.replace(/\s+\d{3}[A-Z]$/, '').toLowerCase().replace(/ /g, '_') === r.area).length);
    }
    const asb = await run(['ask', '--db', db, '--today', '2019-09-15', 'police.uk ASB in Cambridge August 2019'], env);
    expect(asb.stdout).toMatch(new RegExp(`^Anti-social behaviour \\(police\\.uk\\), Cambridge, August 2019: ${rows.filter((r) => r.what === 'Anti-social behaviour' && r.lsoa.startsWith('Cambridge ')).length}`, 'm'));
  });

  test('no files is a usage error', async () => {
    expect((await run(['import', 'police-uk', '--db', db], env)).code).toBe(2);
  });
});
