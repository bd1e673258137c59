import { createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CatalogueIndex } from '../domain/catalogue';
import { CsvChunkReader } from '../importer/csv-chunks';
import type { CsvParse } from '../importer/csv';
import type { MetricsStore } from '../store/metrics-store';
import { fileKindOf, type PoliceUkKind } from './file-kind';
import type { PoliceUkLookup } from './lookup';
import { POLICE_UK_SAY as SAY } from './police-uk-strings';
import { PoliceUkTally, type TallyReport } from './tally';
import { metricsOfKind, tallyObservations } from './to-observations';

/** Problems listed before the file stops being read (it is refused whole anyway). */
const MAX_REFUSALS = 20;
const CHUNK_BYTES = 1 << 20;

export interface PoliceUkImport {
  readonly file: string;
  readonly kind: PoliceUkKind;
  readonly months: readonly string[];
  readonly tally: TallyReport;
  /** Values written (every metric of the kind, area and month). */
  readonly written: number;
  /** Values the store held for those months of this kind, replaced. */
  readonly replaced: number;
  readonly ms: number;
}

export type PoliceUkOutcome =
  | { readonly kind: 'ok'; readonly report: PoliceUkImport }
  | { readonly kind: 'refused'; readonly file: string; readonly refusals: readonly { readonly line: number; readonly reason: string }[] };

export interface PoliceUkDeps {
  readonly lookup: PoliceUkLookup;
  readonly catalogue: CatalogueIndex;
  /** Bytes read so far, of the file's size, and rows counted. */
  readonly onProgress?: (bytes: number, total: number, rows: number) => void;
}

/**
 * Imports one data.police.uk street-level or outcomes file: read as a stream and counted, nothing
 * written unless every row passed; then, in one transaction, its months' figures of that kind are
 * replaced whole (so importing a month again, or a corrected file, leaves exactly that file's figures).
 */
export async function importPoliceUkFile(store: MetricsStore, file: string, deps: PoliceUkDeps): Promise<PoliceUkOutcome> {
  const started = performance.now();
  const refusals: { line: number; reason: string }[] = [];
  const refuse = (line: number, reason: string) => ({ kind: 'refused' as const, file, refusals: [...refusals, { line, reason }] });
  let total: number;
  try {
    total = statSync(file).size;
  } catch (err) {
    return refuse(0, SAY.unreadable(file, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
  }
  const reader = new CsvChunkReader();
  let tally: PoliceUkTally | undefined;
  let bytes = 0;
  const take = (parsed: CsvParse): boolean => {
    if (parsed.kind === 'malformed') {
      refusals.push({ line: parsed.line, reason: parsed.problem === 'unterminated-quote' ? SAY.unterminatedQuote : SAY.textAfterQuote });
      return false;
    }
    for (const record of parsed.records) {
      if (!tally) {
        const kind = fileKindOf(record.fields);
        if (kind.kind === 'refused') {
          refusals.push({ line: record.line, reason: kind.reason });
          return false;
        }
        tally = new PoliceUkTally(kind.fileKind, kind.columns, deps.lookup);
        continue;
      }
      const problem = tally.add(record.fields);
      if (problem !== undefined) refusals.push({ line: record.line, reason: problem });
      if (refusals.length >= MAX_REFUSALS) return false;
    }
    return true;
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    let going = true;
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk, 'utf8');
      going = take(reader.push(chunk));
      deps.onProgress?.(bytes, total, tally?.rowCount ?? 0);
      if (!going) break;
    }
    if (going) take(reader.end());
  } catch (err) {
    return refuse(0, SAY.unreadable(file, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
  } finally {
    stream.destroy();
  }
  if (refusals.length > 0) return { kind: 'refused', file, refusals };
  if (!tally) return refuse(1, SAY.emptyFile);
  const counted = tally;
  const months = counted.months();
  const rows = tallyObservations(counted.kind, counted.counts, months, deps.lookup, deps.catalogue);
  const replaced = await store.transaction(async (tx) => {
    const deleted = await tx.deleteMonths(metricsOfKind(counted.kind, deps.lookup), months);
    await tx.upsertObservations(rows, file);
    return deleted;
  });
  return { kind: 'ok', report: { file, kind: counted.kind, months, tally: counted.report(), written: rows.length, replaced, ms: Math.round(performance.now() - started) } };
}
