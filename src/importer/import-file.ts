import { readFileSync } from 'node:fs';
import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import type { MetricsStore, StoreWriter } from '../store/metrics-store';
import { parseTidyCsv, type Refusal } from './parse-tidy';

/** A file whose rows all passed. */
export interface CheckedFile {
  readonly file: string;
  readonly rows: readonly Observation[];
}

/** What one file did to the store. */
export interface FileImport {
  readonly file: string;
  readonly rows: number;
  /** Rows that were new or different from the stored ones. */
  readonly changed: number;
}

export type CheckedFiles =
  | { readonly kind: 'ok'; readonly files: readonly CheckedFile[] }
  | { readonly kind: 'refused'; readonly refusals: readonly Refusal[] };

export type ImportOutcome =
  | { readonly kind: 'ok'; readonly files: readonly FileImport[]; readonly rows: number }
  | { readonly kind: 'refused'; readonly refusals: readonly Refusal[] };

export class ImportReadError extends Error {}

/** Reads and checks tidy CSV files; the refusals of every file, or every file's rows. */
export function readTidyFiles(files: readonly string[], catalogue: CatalogueIndex): CheckedFiles {
  const checked: CheckedFile[] = [];
  const refusals: Refusal[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ImportReadError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const parsed = parseTidyCsv(text, file, catalogue);
    if (parsed.kind === 'ok') checked.push({ file, rows: parsed.rows });
    else refusals.push(...parsed.refusals);
  }
  return refusals.length > 0 ? { kind: 'refused', refusals } : { kind: 'ok', files: checked };
}

/** Writes checked files inside a transaction the caller holds; later files replace earlier values. */
export async function writeTidyFiles(tx: StoreWriter, files: readonly CheckedFile[]): Promise<FileImport[]> {
  const out: FileImport[] = [];
  for (const f of files) {
    const result = await tx.upsertObservations(f.rows, f.file);
    out.push({ file: f.file, rows: result.rows, changed: result.changed });
  }
  return out;
}

/**
 * Imports tidy CSV files into the store in ONE transaction: every file is checked first, and a
 * single refusal anywhere leaves the store untouched. Importing the same files again changes nothing.
 */
export async function importFiles(store: MetricsStore, files: readonly string[], catalogue: CatalogueIndex): Promise<ImportOutcome> {
  const checked = readTidyFiles(files, catalogue);
  if (checked.kind === 'refused') return checked;
  const imported = await store.transaction((tx) => writeTidyFiles(tx, checked.files));
  return { kind: 'ok', files: imported, rows: imported.reduce((n, f) => n + f.rows, 0) };
}
