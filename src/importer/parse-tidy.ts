import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import { monthIndex } from '../domain/month';
import { checkRow } from './check-row';
import { parseCsv } from './csv';
import { IMPORT_REASONS as R } from './import-strings';

/** The tidy format's header, exactly. */
export const TIDY_COLUMNS = ['metric', 'area', 'month', 'value', 'numerator', 'denominator'] as const;
export const TIDY_HEADER = TIDY_COLUMNS.join(',');

/** Why a file, or one of its lines, was refused. */
export interface Refusal {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export type TidyParse =
  | { readonly kind: 'ok'; readonly file: string; readonly rows: readonly Observation[] }
  | { readonly kind: 'refused'; readonly refusals: readonly Refusal[] };

/** `FILE:LINE: reason`. */
export function formatRefusal(r: Refusal): string {
  return `${r.file}:${r.line}: ${r.reason}`;
}

/**
 * Reads a tidy CSV file's text (already loaded) into observations checked against the catalogue.
 * Either every row is good, or the answer is the list of refusals: the file is taken whole or not
 * at all. `file` only names the file in refusals.
 */
export function parseTidyCsv(text: string, file: string, catalogue: CatalogueIndex): TidyParse {
  const refuse = (line: number, reason: string): TidyParse => ({ kind: 'refused', refusals: [{ file, line, reason }] });
  const csv = parseCsv(text);
  if (csv.kind === 'malformed') return refuse(csv.line, csv.problem === 'unterminated-quote' ? R.unterminatedQuote : R.textAfterQuote);
  const [header, ...records] = csv.records;
  if (!header) return refuse(1, R.emptyFile(TIDY_HEADER));
  if (header.fields.join(',') !== TIDY_HEADER) return refuse(header.line, R.wrongHeader(TIDY_HEADER, header.fields.join(',')));

  const rows: Observation[] = [];
  const refusals: Refusal[] = [];
  // Duplicates by a number, not a string: metric and area by first appearance, then the month.
  const seen = new Map<number, number>();
  const ids = new Map<string, number>();
  const idOf = (id: string) => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    return n;
  };
  for (const record of records) {
    const { line, fields } = record;
    if (fields.length !== TIDY_COLUMNS.length) {
      refusals.push({ file, line, reason: R.fieldCount(TIDY_COLUMNS.length, fields.length) });
      continue;
    }
    const checked = checkRow(fields, catalogue);
    if (checked.kind === 'refused') {
      refusals.push({ file, line, reason: checked.reason });
      continue;
    }
    const { metric, area, month } = checked.row;
    const key = (idOf(metric) * 4096 + idOf(area)) * 240000 + monthIndex(month);
    const first = seen.get(key);
    if (first !== undefined) {
      refusals.push({ file, line, reason: R.duplicateKey(first) });
      continue;
    }
    seen.set(key, line);
    rows.push(checked.row);
  }
  return refusals.length > 0 ? { kind: 'refused', refusals } : { kind: 'ok', file, rows };
}
