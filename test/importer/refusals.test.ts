import { CatalogueIndex } from '../../src/domain/catalogue';
import { importFiles } from '../../src/importer/import-file';
import { formatRefusal, TIDY_HEADER } from '../../src/importer/parse-tidy';
import { loadCatalogue } from '../../src/io/load-catalogue';
import type { MetricsStore } from '../../src/store/metrics-store';
import { describeEachBackend, type Place } from '../helpers/backends';
import { csv, tempDir } from '../store/temp-files';

const catalogue = loadCatalogue();

/** The real catalogue plus a percent metric that is not a ratio (the catalogue has none today). */
const withPlainPercent = new CatalogueIndex({
  ...catalogue.catalogue,
  metrics: [...catalogue.metrics, { ...catalogue.metric('calls_999')!, id: 'plain_percent', unit: 'percent', aggregation: 'sum' }],
});

interface Case {
  readonly rule: string;
  readonly text: string;
  readonly line: number;
  readonly reason: string | RegExp;
  readonly catalogue?: CatalogueIndex;
}

const CASES: readonly Case[] = [
  { rule: 'a wrong header', text: 'metric,area,month,value,num,den\ncrimes_all,force,2019-01,1,,\n', line: 1, reason: `wrong header: expected "${TIDY_HEADER}"` },
  { rule: 'a header in another order', text: 'area,metric,month,value,numerator,denominator\n', line: 1, reason: 'wrong header' },
  { rule: 'an empty file', text: '', line: 1, reason: 'the file is empty' },
  { rule: 'an unknown metric', text: csv('burglary,force,2019-01,1,,'), line: 2, reason: 'unknown metric "burglary"' },
  { rule: 'an unknown area', text: csv('crimes_all,wisbech,2019-01,1,,'), line: 2, reason: 'unknown area "wisbech"' },
  { rule: 'a metric at a level it does not have', text: csv('calls_999,peterborough,2019-01,1,,'), line: 2, reason: 'metric "calls_999" is not held at district level (area "peterborough"); it is held at: force' },
  { rule: 'a month not as YYYY-MM', text: csv('crimes_all,force,2019-01,1,,', 'crimes_all,force,Jan 2019,1,,'), line: 3, reason: 'bad month "Jan 2019"' },
  { rule: 'month 13', text: csv('crimes_all,force,2019-13,1,,'), line: 2, reason: 'bad month "2019-13"' },
  { rule: 'a negative count', text: csv('crimes_all,force,2019-01,-1,,'), line: 2, reason: 'metric "crimes_all" is a count and cannot be negative (-1)' },
  { rule: 'a ratio without a denominator', text: csv('ppo_rate_all,force,2019-01,,12,'), line: 2, reason: 'metric "ppo_rate_all" is a ratio and needs a numerator and a denominator' },
  { rule: 'a ratio without a numerator', text: csv('ppo_rate_all,force,2019-01,12,,100'), line: 2, reason: 'needs a numerator and a denominator' },
  { rule: 'a numerator over the denominator', text: csv('ppo_rate_all,force,2019-01,,101,100'), line: 2, reason: 'numerator 101 is more than denominator 100' },
  { rule: 'a zero denominator', text: csv('ppo_rate_all,force,2019-01,,0,0'), line: 2, reason: 'denominator must be more than zero (0)' },
  { rule: 'a negative denominator', text: csv('ppo_rate_all,force,2019-01,,-5,-10'), line: 2, reason: /negative|more than zero/ },
  { rule: 'a negative numerator', text: csv('ppo_rate_all,force,2019-01,,-5,10'), line: 2, reason: 'numerator cannot be negative (-5)' },
  { rule: 'a ratio value outside 0-100', text: csv('ppo_rate_all,force,2019-01,120,12,100'), line: 2, reason: 'metric "ppo_rate_all" is a percentage and 120 is outside 0 to 100' },
  { rule: 'a ratio value that disagrees with its parts', text: csv('ppo_rate_all,force,2019-01,12.1,12,100'), line: 2, reason: 'value 12.1 does not agree with 100 × numerator / denominator = 12.00' },
  { rule: 'a plain percent outside 0-100', text: csv('plain_percent,force,2019-01,100.5,,'), line: 2, reason: 'metric "plain_percent" is a percentage and 100.5 is outside 0 to 100', catalogue: withPlainPercent },
  { rule: 'a key twice in one file', text: csv('crimes_all,force,2019-01,1,,', 'crimes_all,north,2019-01,1,,', 'crimes_all,force,2019-01,2,,'), line: 4, reason: 'the same metric, area and month as line 2' },
  { rule: 'a non-numeric value', text: csv('crimes_all,force,2019-01,12a,,'), line: 2, reason: 'value "12a" is not a number' },
  { rule: 'a non-numeric denominator', text: csv('ppo_rate_all,force,2019-01,,1,ten'), line: 2, reason: 'denominator "ten" is not a number' },
  { rule: 'a non-ratio row without a value', text: csv('crimes_all,force,2019-01,,,'), line: 2, reason: 'metric "crimes_all" needs a value' },
  { rule: 'a non-ratio row with ratio parts', text: csv('crimes_all,force,2019-01,5,1,2'), line: 2, reason: 'metric "crimes_all" is not a ratio' },
  { rule: 'a row with the wrong number of fields', text: csv('crimes_all,force,2019-01,5,'), line: 2, reason: 'expected 6 fields, found 5' },
  { rule: 'an unterminated quote', text: csv('crimes_all,force,2019-01,"5,,'), line: 2, reason: 'a quoted field is never closed' },
];

describeEachBackend('importer refusals: the file is refused whole and the store is unchanged', (backend) => {
  const tmp = tempDir();
  let place: Place;
  let store: MetricsStore;
  beforeAll(async () => {
    place = await backend.fresh();
    store = await place.openMetrics();
    const seed = tmp.file('seed.csv', csv('crimes_all,force,2019-01,100,,', 'ppo_rate_all,force,2019-01,,10,100'));
    expect((await importFiles(store, [seed], catalogue)).kind).toBe('ok');
  });
  afterAll(async () => {
    await store.close();
    await place.cleanup();
    tmp.cleanup();
  });

  it.each(CASES)('refuses $rule', async ({ rule, text, line, reason, catalogue: cat }) => {
    const file = tmp.file(`${rule.replace(/\W+/g, '-')}.csv`, text);
    const good = tmp.file('good.csv', csv('crimes_all,south,2019-01,5,,'));
    const before = await store.allObservations();
    const out = await importFiles(store, [good, file], cat ?? catalogue);
    expect(out.kind).toBe('refused');
    if (out.kind !== 'refused') return;
    const [first] = out.refusals;
    expect(first).toBeDefined();
    expect(first?.file).toBe(file);
    expect(first?.line).toBe(line);
    const message = formatRefusal(first!);
    expect(message.startsWith(`${file}:${line}: `)).toBe(true);
    if (typeof reason === 'string') expect(message).toContain(reason);
    else expect(message).toMatch(reason);
    expect(await store.allObservations()).toEqual(before);
  });
});
