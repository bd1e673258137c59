import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ObservationIndex } from '../../src/domain/observation-index';
import type { Observation } from '../../src/domain/observation';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { FactReader, SEED_FACTS } from '../../src/sample/seed-facts';
import { buildSampleStore } from '../../src/store/build-sample';
import { SqliteStore } from '../../src/store/sqlite-store';

const catalogue = loadCatalogue();
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-facts-'));
let rows: Observation[] = [];
let reader: FactReader;

beforeAll(async () => {
  const file = path.join(dir, 'facts.db');
  await buildSampleStore(file, catalogue);
  const store = await SqliteStore.open(file);
  rows = await store.allObservations();
  await store.close();
  reader = new FactReader(new ObservationIndex(rows), catalogue);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample store, read through the store and the semantic layer, says what the paper says', () => {
  test.each(SEED_FACTS.map((f) => [f.id, f.what, f] as const))('%s: %s', (_id, _what, fact) => {
    expect(fact.check(reader)).toBeUndefined();
  });

  test('a changed figure is caught (the checks can fail)', () => {
    const changed = rows.map((o) => (o.metric === 'charges' && o.area === 'force' && o.month === '2019-06' ? { ...o, value: 700 } : o));
    const fact = SEED_FACTS.find((f) => f.id === 'F6');
    expect(fact?.check(new FactReader(new ObservationIndex(changed), catalogue))).toMatch(/2019-06 reaches 663/);
  });
});

describe('levels add up, month by month', () => {
  const key = (o: Observation) => `${o.metric}|${o.month}`;
  test('force = north + south = the sum of the districts, for counts, numerators and denominators', () => {
    const byArea = new Map<string, Map<string, Observation>>();
    for (const o of rows) {
      let m = byArea.get(o.area);
      if (!m) byArea.set(o.area, (m = new Map()));
      m.set(key(o), o);
    }
    let checked = 0;
    for (const metric of catalogue.metrics) {
      if (metric.aggregation === 'median') continue;
      for (const o of rows.filter((r) => r.metric === metric.id && r.area === 'force')) {
        for (const parts of [['north', 'south'], catalogue.areasAtLevel('district').map((a) => a.id)]) {
          const found = parts.map((a) => byArea.get(a)?.get(key(o))).filter((x): x is Observation => x !== undefined);
          if (found.length === 0) continue;
          expect(found).toHaveLength(parts.length);
          for (const field of ['value', 'numerator', 'denominator'] as const) {
            if (metric.aggregation === 'ratio' && field === 'value') continue;
            expect(found.reduce((s, p) => s + (p[field] ?? 0), 0)).toBe(o[field] ?? 0);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3500);
  });

  test('outcome types are parts of all outcomes: charges + TICs + community resolutions never exceed them', () => {
    const get = (metric: string, area: string, month: string) => rows.find((r) => r.metric === metric && r.area === area && r.month === month)?.value ?? 0;
    for (const o of rows.filter((r) => r.metric === 'ppo_count_all' && r.month >= '2019-01')) {
      expect(get('charges', o.area, o.month) + get('tics', o.area, o.month) + get('community_resolutions', o.area, o.month)).toBeLessThanOrEqual(o.value ?? 0);
    }
  });

  test('each area is the sum of its own districts', () => {
    for (const area of ['north', 'south']) {
      const districts = catalogue.districtsUnder(area).map((d) => d.id);
      for (const o of rows.filter((r) => r.area === area && r.metric === 'crimes_all')) {
        const sum = rows.filter((r) => r.metric === 'crimes_all' && r.month === o.month && districts.includes(r.area)).reduce((s, r) => s + (r.value ?? 0), 0);
        expect(sum).toBe(o.value);
      }
    }
  });
});
