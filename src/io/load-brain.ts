import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Brain } from '../answers/ask';
import { buildBrain } from '../answers/brain';
import { SqliteStore } from '../store/sqlite-store';
import { buildSampleStore } from '../store/build-sample';
import { loadCatalogue } from './load-catalogue';
import { loadLexicon } from './load-lexicon';
import { DEFAULT_DB_FILE } from './project-paths';

export interface BrainOptions {
  /** An explicit store file (`--db`); otherwise PERFBOT_DB, otherwise the default under data/. */
  readonly db?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: (line: string) => void;
}

export class StoreMissingError extends Error {}

/** Resolves which store file to use. */
export function storeFile(options: Pick<BrainOptions, 'db' | 'env'>): string {
  return path.resolve(options.db ?? options.env.PERFBOT_DB ?? DEFAULT_DB_FILE);
}

/**
 * Loads the catalogue, the language data and every observation, and builds the in-memory brain.
 * The default store is built from the bundled sample data on first use; a store named explicitly
 * must exist.
 */
export async function loadBrain(options: BrainOptions): Promise<Brain> {
  const catalogue = loadCatalogue();
  const lexicon = loadLexicon();
  const file = storeFile(options);
  const explicit = options.db !== undefined || options.env.PERFBOT_DB !== undefined;
  if (!existsSync(file)) {
    if (explicit) throw new StoreMissingError(`no metrics store at ${file}: build one with "perfbot db build --db ${file}"`);
    options.log(`perfbot: building the metrics store from the sample data at ${file}\n`);
    await buildSampleStore(file, catalogue);
  }
  const store = await SqliteStore.open(file);
  try {
    return buildBrain(catalogue, lexicon, await store.allObservations());
  } finally {
    await store.close();
  }
}
