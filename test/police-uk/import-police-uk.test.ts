import type { Observation } from '../../src/domain/observation';
import { loadCatalogue, loadPoliceUkSpec } from '../../src/io/load-catalogue';
import { importPoliceUkFile, type PoliceUkOutcome } from '../../src/police-uk/import-police-uk';
import { policeUkLookup } from '../../src/police-uk/lookup';
import { fixtureRows, outcomesCsv, streetCsv, type FixtureRow } from '../../src/police-uk/police-uk-fixture';
import { describeEachBackend, freshMetricsStoreEach } from '../helpers/backends';
import { tempDir } from '../store/temp-files';

const catalogue = loadCatalogue();
const lookup = policeUkLookup(loadPoliceUkSpec(), catalogue);
const DISTRICT: Record<string, string> = { Peterborough: 'peterborough', Fenland: 'fenland', Cambridge: 'cambridge', 'South Cambridgeshire': 'south_cambridgeshire', 'East Cambridgeshire': 'east_cambridgeshire', Huntingdonshire: 'huntingdonshire' };
const districtOf = (lsoa: string) => DISTRICT[lsoa.replace(/\s+\d{3}[A-Z]$/, '')];
const areaOf = (district: string | undefined) => (district ? catalogue.area(district)?.parent : undefined);

/** What the store must hold for one crime type, counted straight from the fixture rows. */
function expected(rows: readonly FixtureRow[], what: string, area: string): number {
  return rows.filter((r) => r.what === what && (area === 'force' || districtOf(r.lsoa) === area || areaOf(districtOf(r.lsoa)) === area)).length;
}

const valueOf = (all: readonly Observation[], metric: string, area: string, month: string) => all.find((o) => o.metric === metric && o.area === area && o.month === month);

describeEachBackend('importing data.police.uk files', (backend) => {
  const tmp = tempDir();
  const fresh = freshMetricsStoreEach(backend);
  const importFile = (name: string, text: string): Promise<PoliceUkOutcome> => importPoliceUkFile(fresh.current(), tmp.file(name, text), { lookup, catalogue });
  afterAll(() => tmp.cleanup());

  test('street rows are counted by crime type, district, area and force; rows without a place count at force level only', async () => {
    const rows = fixtureRows('street', '2019-08', 3000, 11);
    const out = await importFile('2019-08-cambridgeshire-street.csv', streetCsv(rows));
    expect(out.kind).toBe('ok');
    if (out.kind !== 'ok') return;
    expect(out.report.kind).toBe('street');
    expect(out.report.months).toEqual(['2019-08']);
    expect(out.report.tally.rows).toBe(3000);
    expect(out.report.tally.noLocation).toBe(rows.filter((r) => r.lsoa === '').length);
    expect(out.report.tally.outsideForce).toBe(rows.filter((r) => r.lsoa !== '' && !districtOf(r.lsoa)).length);
    expect(out.report.tally.outsideExamples).toEqual(expect.arrayContaining(['Bedford 001A']));
    const all = await fresh.current().allObservations();
    for (const [type, metric] of [['Burglary', 'policeuk_burglary'], ['Anti-social behaviour', 'policeuk_anti_social_behaviour'], ['Bicycle theft', 'policeuk_bicycle_theft']] as const) {
      for (const area of ['force', 'north', 'south', 'peterborough', 'fenland', 'cambridge', 'huntingdonshire']) {
        expect(valueOf(all, metric, area, '2019-08')?.value).toBe(expected(rows, type, area));
      }
    }
    // The force holds more than its districts: the rows with no location and those outside it.
    const force = valueOf(all, 'policeuk_burglary', 'force', '2019-08')?.value ?? 0;
    const districts = ['peterborough', 'fenland', 'cambridge', 'south_cambridgeshire', 'east_cambridgeshire', 'huntingdonshire'].reduce((n, d) => n + (valueOf(all, 'policeuk_burglary', d, '2019-08')?.value ?? 0), 0);
    expect(force).toBeGreaterThan(districts);
    // All crime is every type but anti-social behaviour.
    expect(valueOf(all, 'policeuk_all_crime', 'force', '2019-08')?.value).toBe(rows.filter((r) => r.what !== 'Anti-social behaviour').length);
  });

  test('a district with none of a crime type holds a zero, not a gap', async () => {
    const rows: FixtureRow[] = [{ month: '2019-08', lsoa: 'Cambridge 007A', what: 'Robbery' }];
    expect((await importFile('one.csv', streetCsv(rows))).kind).toBe('ok');
    const all = await fresh.current().allObservations();
    expect(valueOf(all, 'policeuk_robbery', 'fenland', '2019-08')?.value).toBe(0);
    expect(valueOf(all, 'policeuk_robbery', 'cambridge', '2019-08')?.value).toBe(1);
    expect(valueOf(all, 'policeuk_burglary', 'cambridge', '2019-08')?.value).toBe(0);
  });

  test('quoted fields (commas, quotes, new lines), a byte-order mark, CRLF, and anti-social behaviour without a Crime ID', async () => {
    const text = '\ufeffCrime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n'
      + ',2019-08,Cambridgeshire Constabulary,Cambridgeshire Constabulary,0.1,52.2,On or near Mill Road,E01000001,Cambridge 007A,Anti-social behaviour,,\r\n'
      + 'abc,2019-08,Cambridgeshire Constabulary,Cambridgeshire Constabulary,0.1,52.2,"On or near ""The Street"", Ely",E01000002,East Cambridgeshire 002C,Burglary,Under investigation,"Two lines,\r\nwith a comma"\r\n';
    const out = await importFile('quoted.csv', text);
    expect(out).toMatchObject({ kind: 'ok', report: { tally: { rows: 2, noLocation: 0, outsideForce: 0 } } });
    const all = await fresh.current().allObservations();
    expect(valueOf(all, 'policeuk_anti_social_behaviour', 'cambridge', '2019-08')?.value).toBe(1);
    expect(valueOf(all, 'policeuk_burglary', 'east_cambridgeshire', '2019-08')?.value).toBe(1);
  });

  test('outcomes by category, and the positive-outcome rate as positive outcomes over all outcomes', async () => {
    const rows = fixtureRows('outcomes', '2019-08', 2000, 5);
    rows.push({ month: '2019-08', lsoa: 'Fenland 006B', what: 'A brand new outcome' });
    const out = await importFile('2019-08-cambridgeshire-outcomes.csv', outcomesCsv(rows));
    expect(out.kind).toBe('ok');
    if (out.kind !== 'ok') return;
    expect([...out.report.tally.unknownOutcomes]).toEqual([['A brand new outcome', 1]]);
    const all = await fresh.current().allObservations();
    const positive = rows.filter((r) => ['Suspect charged', 'Awaiting court outcome', 'Offender fined', 'Offender given a caution', 'Local resolution'].includes(r.what)).length;
    expect(valueOf(all, 'policeuk_outcomes_all', 'force', '2019-08')?.value).toBe(2001);
    expect(valueOf(all, 'policeuk_outcomes_other', 'fenland', '2019-08')?.value).toBe(rows.filter((r) => districtOf(r.lsoa) === 'fenland' && ['Under investigation', 'Status update unavailable', 'A brand new outcome'].includes(r.what)).length);
    expect(valueOf(all, 'policeuk_positive_outcome_rate', 'force', '2019-08')).toEqual({ metric: 'policeuk_positive_outcome_rate', area: 'force', month: '2019-08', value: (100 * positive) / 2001, numerator: positive, denominator: 2001 });
  });

  test('importing the same file again leaves the same figures; a corrected file replaces its month whole', async () => {
    const rows = fixtureRows('street', '2019-08', 500, 3);
    const first = await importFile('a.csv', streetCsv(rows));
    const before = await fresh.current().allObservations();
    const again = await importFile('a.csv', streetCsv(rows));
    expect(await fresh.current().allObservations()).toEqual(before);
    if (first.kind !== 'ok' || again.kind !== 'ok') throw new Error('refused');
    expect(again.report.replaced).toBe(first.report.written);
    const corrected = rows.filter((r) => r.what !== 'Burglary');
    expect((await importFile('a-corrected.csv', streetCsv(corrected))).kind).toBe('ok');
    const after = await fresh.current().allObservations();
    expect(valueOf(after, 'policeuk_burglary', 'force', '2019-08')?.value).toBe(0);
    expect(after).toHaveLength(before.length);
  });

  test.each([
    ['a tidy perfbot file', 'metric,area,month,value,numerator,denominator\ncrimes_all,force,2019-01,1,,\n', 1, /perfbot tidy file.*perfbot import FILE/],
    ['a stop-and-search file', 'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude\nPerson search,2019-08-01,False,,52.2,0.1\n', 1, /stop-and-search file/],
    ['a street header with a column renamed', 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Offence,Last outcome category,Context\n', 1, /column 10 should be "Crime type", found "Offence"/],
    ['an empty file', '', 1, /the file is empty/],
    ['a bad month in the middle', streetCsv([{ month: '2019-08', lsoa: '', what: 'Drugs' }, { month: 'Aug 2019', lsoa: '', what: 'Drugs' }]), 3, /bad month "Aug 2019"/],
    ['another force\'s file', streetCsv([{ month: '2019-08', lsoa: 'Bedford 001A', what: 'Drugs', fallsWithin: 'Bedfordshire Police' }]), 2, /falls within "Bedfordshire Police", not Cambridgeshire Constabulary/],
    ['an unknown crime type', streetCsv([{ month: '2019-08', lsoa: '', what: 'Cybercrime' }]), 2, /unknown crime type "Cybercrime".*data\/police-uk\.json/],
    ['a short row', `${streetCsv([])}abc,2019-08\r\n`, 2, /expected 12 fields, found 2/],
    ['a quote never closed', `${streetCsv([{ month: '2019-08', lsoa: '', what: 'Drugs' }])}x,2019-08,"open\r\n`, 3, /never closed/],
  ])('%s is refused whole with its line, and the store is untouched', async (_what, text, line, reason) => {
    expect((await importFile('seed.csv', streetCsv(fixtureRows('street', '2019-07', 50, 2)))).kind).toBe('ok');
    const before = await fresh.current().allObservations();
    const out = await importFile('bad.csv', text);
    expect(out.kind).toBe('refused');
    if (out.kind !== 'refused') return;
    expect(out.refusals[0]?.line).toBe(line);
    expect(out.refusals[0]?.reason).toMatch(reason);
    expect(await fresh.current().allObservations()).toEqual(before);
  });
});
