import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import { monthIndex } from '../domain/month';
import { checkRow } from './check-row';
import { parseCsv, type CsvParse, type CsvRecord } from './csv';
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
 * Checks a tidy file's records one by one against the catalogue, remembering every refusal and the
 * keys seen (a key twice is refused); the good rows are taken in batches, so a caller can write
 * them while the rest is still being checked.
 */
export class TidyChecker {
  readonly refusals: Refusal[] = [];
  private rows: Observation[] = [];
  // Duplicates by a number, not a string: metric and area by first appearance, then the month.
  private readonly seen = new Map<number, number>();
  private readonly ids = new Map<string, number>();

  constructor(private readonly file: string, private readonly catalogue: CatalogueIndex) {}

  /** Checks the header record; false (and a refusal) if it is not the tidy header. */
  header(record: CsvRecord | undefined): boolean {
    if (!record) this.refusals.push({ file: this.file, line: 1, reason: R.emptyFile(TIDY_HEADER) });
    else if (record.fields.join(',') !== TIDY_HEADER) this.refusals.push({ file: this.file, line: record.line, reason: R.wrongHeader(TIDY_HEADER, record.fields.join(',')) });
    else return true;
    return false;
  }

  add(record: CsvRecord): void {
    const { line, fields } = record;
    if (fields.length !== TIDY_COLUMNS.length) {
      this.refusals.push({ file: this.file, line, reason: R.fieldCount(TIDY_COLUMNS.length, fields.length) });
      return;
    }
    const checked = checkRow(fields, this.catalogue);
    if (checked.kind === 'refused') {
      this.refusals.push({ file: this.file, line, reason: checked.reason });
      return;
    }
    const { metric, area, month } = checked.row;
    const key = (this.idOf(metric) * 4096 + this.idOf(area)) * 240000 + monthIndex(month);
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.refusals.push({ file: this.file, line, reason: R.duplicateKey(first) });
      return;
    }
    this.seen.set(key, line);
    this.rows.push(checked.row);
  }

  /** The good rows added since the last call. */
  take(): Observation[] {
    const out = this.rows;
    this.rows = [];
    return out;
  }

  private idOf(id: string): number {
    let n = this.ids.get(id);
    if (n === undefined) this.ids.set(id, (n = this.ids.size));
    return n;
  }
}

/** The refusal for a CSV text that cannot be read as records at all. */
export function malformedRefusal(csv: Extract<CsvParse, { kind: 'malformed' }>, file: string): Refusal {
  return { file, line: csv.line, reason: csv.problem === 'unterminated-quote' ? R.unterminatedQuote : R.textAfterQuote };
}

/**
 * Reads a tidy CSV file's text (already loaded) into observations checked against the catalogue.
 * Either every row is good, or the answer is the list of refusals: the file is taken whole or not
 * at all. `file` only names the file in refusals.
 */
export function parseTidyCsv(text: string, file: string, catalogue: CatalogueIndex): TidyParse {
  const csv = parseCsv(text);
  if (csv.kind === 'malformed') return { kind: 'refused', refusals: [malformedRefusal(csv, file)] };
  const checker = new TidyChecker(file, catalogue);
  const [header, ...records] = csv.records;
  if (!checker.header(header)) return { kind: 'refused', refusals: checker.refusals };
  for (const record of records) checker.add(record);
  return checker.refusals.length > 0 ? { kind: 'refused', refusals: checker.refusals } : { kind: 'ok', file, rows: checker.take() };
}
