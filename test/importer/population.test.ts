import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PopulationTable } from '../../src/domain/population';
import { parsePopulationCsv } from '../../src/importer/parse-population';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { loadPopulationFile } from '../../src/io/load-population';

const catalogue = loadCatalogue();

describe('data/population.csv (population.md)', () => {
  test('holds the six districts at Census 2021, as population.md gives them', () => {
    const spec = readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'spec', 'population.md'), 'utf8');
    const fromSpec = [...spec.matchAll(/^\| ([a-z_]+) \| ([\d,]+) \|$/gm)].map((m) => ({ area: m[1], population: Number(m[2]!.replace(/,/g, '')) }));
    expect(fromSpec).toHaveLength(6);
    const rows = loadPopulationFile(catalogue);
    expect(rows.map((r) => ({ area: r.area, population: r.population }))).toEqual(fromSpec);
    for (const r of rows) expect(r).toMatchObject({ year: 2021, source: 'Census 2021' });
  });

  test('areas and the force are the sums of their districts', () => {
    const table = new PopulationTable(loadPopulationFile(catalogue), catalogue);
    expect(table.at('north', '2020-01')?.value).toBe(215669 + 102465);
    expect(table.at('south', '2020-01')?.value).toBe(145681 + 162106 + 87769 + 180834);
    expect(table.at('force', '2020-01')).toEqual({ value: 894524, year: 2021, source: 'Census 2021' });
  });

  test('a rate uses the latest year not after the window\'s end, else the earliest held', () => {
    const rows = [
      { area: 'fenland', year: 2019, population: 100000, source: 'ONS mid-2019' },
      { area: 'fenland', year: 2021, population: 102465, source: 'Census 2021' },
    ];
    const table = new PopulationTable(rows, catalogue);
    expect(table.at('fenland', '2020-01')?.year).toBe(2019);
    expect(table.at('fenland', '2022-03')?.year).toBe(2021);
    expect(table.at('fenland', '2017-03')?.year).toBe(2019);
    expect(table.at('peterborough', '2020-01')).toBeUndefined();
    expect(table.at('north', '2020-01')).toBeUndefined();
  });
});

describe('parsePopulationCsv: all or nothing, every refusal with its line', () => {
  test('a good file', () => {
    const parsed = parsePopulationCsv('area,year,population,source\nfenland,2019,100000,ONS mid-2019\npeterborough,2019,"202,110",ONS mid-2019\n', 'p.csv', catalogue);
    expect(parsed).toEqual({ kind: 'ok', file: 'p.csv', rows: [
      { area: 'fenland', year: 2019, population: 100000, source: 'ONS mid-2019' },
      { area: 'peterborough', year: 2019, population: 202110, source: 'ONS mid-2019' },
    ] });
  });

  test('every bad line is named, and nothing is taken', () => {
    const text = ['area,year,population,source', 'fenland,2019,100000,ONS', 'norwich,2019,5,ONS', 'fenland,19,100,ONS', 'cambridge,2019,-4,ONS', 'cambridge,2019,12.5,ONS', 'cambridge,2019,1000,', 'fenland,2019,99,ONS', 'cambridge,2019'].join('\n');
    const parsed = parsePopulationCsv(text, 'p.csv', catalogue);
    if (parsed.kind !== 'refused') throw new Error('expected refusals');
    expect(parsed.refusals.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(parsed.refusals[0]?.reason).toContain('unknown area "norwich"');
    expect(parsed.refusals[5]?.reason).toContain('line 2');
  });

  test('a wrong header or an empty file is refused at line 1', () => {
    expect(parsePopulationCsv('area,population\nfenland,1\n', 'p.csv', catalogue)).toMatchObject({ kind: 'refused', refusals: [{ line: 1 }] });
    expect(parsePopulationCsv('', 'p.csv', catalogue)).toMatchObject({ kind: 'refused', refusals: [{ line: 1 }] });
    expect(parsePopulationCsv('area,year,population,source\n', 'p.csv', catalogue)).toMatchObject({ kind: 'refused', refusals: [{ line: 1 }] });
  });
});
