import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CatalogueIndex } from '../domain/catalogue';
import { readTidyFiles, writeTidyFiles, type FileImport } from '../importer/import-file';
import type { Refusal } from '../importer/parse-tidy';
import type { MetricsStore } from './metrics-store';
import { SqliteStore } from './sqlite-store';
import { processAlive } from './process-alive';

export type BuildOutcome =
  | { readonly kind: 'ok'; readonly file: string; readonly files: readonly FileImport[]; readonly rows: number; readonly ms: number }
  | { readonly kind: 'no-files'; readonly dir: string }
  | { readonly kind: 'refused'; readonly refusals: readonly Refusal[] };

/** The `.csv` files of a folder, sorted by name (so later files win in a predictable order). */
export function csvFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => path.join(dir, name));
}

function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

/** Removes what killed builds of `file` left beside it (`FILE.building-PID`, with its journals), when PID is gone. */
export function removeLeftoverBuilds(file: string): string[] {
  const dir = path.dirname(path.resolve(file));
  const prefix = `${path.basename(file)}.building-`;
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = name.startsWith(prefix) ? /^(\d+)(?:-wal|-shm|-journal)?$/.exec(name.slice(prefix.length)) : null;
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Recreates the store at `file` from every tidy CSV file in `dir`, in one transaction. The files are
 * checked before anything is touched and the new store is built aside then renamed over the old
 * one (atomic), so a refused, failed or killed build leaves the old store as it was; what earlier
 * killed builds left beside it is removed.
 */
export async function buildStore(file: string, dir: string, catalogue: CatalogueIndex): Promise<BuildOutcome> {
  const started = performance.now();
  const files = existsSync(dir) ? csvFilesIn(dir) : [];
  if (files.length === 0) return { kind: 'no-files', dir };
  const checked = readTidyFiles(files, catalogue);
  if (checked.kind === 'refused') return checked;

  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  removeLeftoverBuilds(file);
  const building = `${file}.building-${process.pid}`;
  removeDb(building);
  let imported: FileImport[];
  try {
    const store = await SqliteStore.open(building);
    try {
      imported = await store.transaction((tx) => writeTidyFiles(tx, checked.files));
    } finally {
      await store.close();
    }
    // The new file (closed, so its journal is written in) is renamed over the old one: at every
    // moment there is a whole store at `file`. The old one's journals go first, so the new file is
    // never read with them.
    for (const f of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
    renameSync(building, file);
  } finally {
    removeDb(building);
  }
  const rows = imported.reduce((n, f) => n + f.rows, 0);
  return { kind: 'ok', file, files: imported, rows, ms: Math.round(performance.now() - started) };
}

/**
 * Replaces every figure in an open store (PostgreSQL) with the tidy CSV files of `dir`, in one
 * transaction: readers see the old figures until the new ones are committed.
 */
export async function rebuildStore(store: MetricsStore, dir: string, catalogue: CatalogueIndex): Promise<BuildOutcome> {
  const started = performance.now();
  const files = existsSync(dir) ? csvFilesIn(dir) : [];
  if (files.length === 0) return { kind: 'no-files', dir };
  const checked = readTidyFiles(files, catalogue);
  if (checked.kind === 'refused') return checked;
  const imported = await store.transaction(async (tx) => {
    await tx.deleteAll();
    return writeTidyFiles(tx, checked.files);
  });
  const rows = imported.reduce((n, f) => n + f.rows, 0);
  return { kind: 'ok', file: store.location, files: imported, rows, ms: Math.round(performance.now() - started) };
}
