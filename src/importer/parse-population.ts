import type { CatalogueIndex } from '../domain/catalogue';
import type { PopulationRow } from '../domain/population';
import { parseCsv } from './csv';
import { IMPORT_REASONS as R } from './import-strings';
import { malformedRefusal, type Refusal } from './parse-tidy';

export const POPULATION_COLUMNS = ['area', 'year', 'population', 'source'] as const;
export const POPULATION_HEADER = POPULATION_COLUMNS.join(',');

export type PopulationParse =
  | { readonly kind: 'ok'; readonly file: string; readonly rows: readonly PopulationRow[] }
  | { readonly kind: 'refused'; readonly refusals: readonly Refusal[] };

type RowCheck = { readonly kind: 'ok'; readonly row: PopulationRow } | { readonly kind: 'refused'; readonly reason: string };

function checkPopulationRow(fields: readonly string[], catalogue: CatalogueIndex): RowCheck {
  const [area = '', yearText = '', populationText = '', source = ''] = fields.map((f) => f.trim());
  if (!catalogue.area(area)) return { kind: 'refused', reason: R.unknownArea(area) };
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2100) return { kind: 'refused', reason: R.badYear(yearText) };
  const population = Number(populationText.replace(/,/g, ''));
  if (populationText === '' || !Number.isInteger(population) || population <= 0) return { kind: 'refused', reason: R.badPopulation(populationText) };
  if (source === '') return { kind: 'refused', reason: R.needsSource };
  return { kind: 'ok', row: { area, year: Number(yearText), population, source } };
}

/**
 * Reads a population file (`area,year,population,source`): every row is good, or the answer is
 * every refusal with its line; the file is taken whole or not at all.
 */
export function parsePopulationCsv(text: string, file: string, catalogue: CatalogueIndex): PopulationParse {
  const csv = parseCsv(text);
  if (csv.kind === 'malformed') return { kind: 'refused', refusals: [malformedRefusal(csv, file)] };
  const [header, ...records] = csv.records;
  if (!header) return { kind: 'refused', refusals: [{ file, line: 1, reason: R.emptyFile(POPULATION_HEADER) }] };
  if (header.fields.map((f) => f.trim()).join(',') !== POPULATION_HEADER) {
    return { kind: 'refused', refusals: [{ file, line: header.line, reason: R.wrongHeader(POPULATION_HEADER, header.fields.join(',')) }] };
  }
  const refusals: Refusal[] = [];
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length === 1 && fields[0]?.trim() === '') continue;
    if (fields.length !== POPULATION_COLUMNS.length) {
      refusals.push({ file, line, reason: R.fieldCount(POPULATION_COLUMNS.length, fields.length) });
      continue;
    }
    const checked = checkPopulationRow(fields, catalogue);
    if (checked.kind === 'refused') {
      refusals.push({ file, line, reason: checked.reason });
      continue;
    }
    const key = `${checked.row.area}\u0000${checked.row.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      refusals.push({ file, line, reason: R.duplicatePopulation(first) });
      continue;
    }
    seen.set(key, line);
    rows.push(checked.row);
  }
  if (refusals.length === 0 && rows.length === 0) refusals.push({ file, line: header.line, reason: R.noRows });
  return refusals.length > 0 ? { kind: 'refused', refusals } : { kind: 'ok', file, rows };
}
