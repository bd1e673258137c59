import { existsSync } from 'node:fs';
import { ask, type Brain } from '../answers/ask';
import { buildBrain } from '../answers/brain';
import type { Config } from '../config';
import type { CatalogueIndex } from '../domain/catalogue';
import { ObservationIndex } from '../domain/observation-index';
import { EMPTY_CONVERSATION } from '../understanding/query';
import { buildSampleStore } from '../store/build-sample';
import { loadCatalogue } from './load-catalogue';
import { loadLexicon } from './load-lexicon';
import { describeTarget, metricsTarget, openMetricsStore, type MetricsTarget } from './open-stores';

export interface BrainOptions {
  /** An explicit store file (`--db`); otherwise DATABASE_URL, PERFBOT_DB, or the default under data/. */
  readonly db?: string;
  /** The settings that say where the store is (the validated config, or a part of it). */
  readonly env: Partial<Pick<Config, 'PERFBOT_DB' | 'DATABASE_URL' | 'PERFBOT_PG_SCHEMA'>> | Readonly<Record<string, string | undefined>>;
  readonly log: (line: string) => void;
  /** Named in PostgreSQL's list of connections. */
  readonly applicationName?: string;
}

export class StoreMissingError extends Error {}

function targetOf(options: BrainOptions): MetricsTarget {
  const env = options.env as Record<string, unknown>;
  const text = (key: string) => (typeof env[key] === 'string' && env[key] !== '' ? (env[key] as string) : undefined);
  const url = text('DATABASE_URL');
  const file = text('PERFBOT_DB');
  return metricsTarget({ PERFBOT_PG_SCHEMA: text('PERFBOT_PG_SCHEMA') ?? 'public', ...(url ? { DATABASE_URL: url } : {}), ...(file ? { PERFBOT_DB: file } : {}) }, options.db, options.applicationName);
}

/** Resolves which store to use. */
export function storeFile(options: Pick<BrainOptions, 'db' | 'env'>): string {
  return describeTarget(targetOf({ ...options, log: () => undefined }));
}

/**
 * Loads the catalogue, the language data and every observation, and builds the in-memory brain.
 * The default SQLite store is built from the bundled sample data on first use; a store named
 * explicitly must exist, and a PostgreSQL store must hold figures (`perfbot db build`).
 */
export async function loadBrain(options: BrainOptions): Promise<Brain> {
  return (await loadFigures(options)).brain;
}

/** The store to read, built from the sample first when it is the default SQLite file and missing. */
async function ensureTarget(options: BrainOptions, catalogue: CatalogueIndex): Promise<MetricsTarget> {
  const target = targetOf(options);
  if (target.kind === 'sqlite' && !existsSync(target.file)) {
    if (target.explicit) throw new StoreMissingError(`no metrics store at ${target.file}: build one with "perfbot db build --db ${target.file}"`);
    options.log(`perfbot: building the metrics store from the sample data at ${target.file}\n`);
    await buildSampleStore(target.file, catalogue);
  }
  return target;
}

function holdsNothing(target: MetricsTarget): StoreMissingError {
  return new StoreMissingError(`the PostgreSQL store ${describeTarget(target)} holds no figures: load them with "perfbot db build" (the sample) or "perfbot import FILE..."`);
}

/** The brain, and the fingerprint of the figures it was built from. */
export async function loadFigures(options: BrainOptions): Promise<{ brain: Brain; fingerprint: string }> {
  const catalogue = loadCatalogue();
  const lexicon = loadLexicon();
  const target = await ensureTarget(options, catalogue);
  const store = await openMetricsStore(target);
  try {
    // Read before the rows: an import in between shows as a change at the next check.
    const fingerprint = await store.fingerprint();
    const observations = await store.allObservations();
    if (target.kind === 'postgres' && observations.length === 0) throw holdsNothing(target);
    return { brain: buildBrain(catalogue, lexicon, observations), fingerprint };
  } finally {
    await store.close();
  }
}

/**
 * A brain for one question (a one-off `perfbot ask`): the question is understood first, then only
 * the rows of the metric it asks about are read. Answering looks up no other metric, so the reply
 * is the one the whole store would give, without reading every row.
 */
export async function loadBrainForQuestion(options: BrainOptions, question: string, today: string): Promise<Brain> {
  const catalogue = loadCatalogue();
  const lexicon = loadLexicon();
  const target = await ensureTarget(options, catalogue);
  const empty = buildBrain(catalogue, lexicon, []);
  const probe = ask(question, EMPTY_CONVERSATION, today, empty).reply;
  const metric = probe.kind === 'answer' || probe.kind === 'no_data' ? probe.query.metric : undefined;
  const store = await openMetricsStore(target);
  try {
    if (target.kind === 'postgres' && (await store.count()) === 0) throw holdsNothing(target);
    if (metric === undefined) return empty;
    return { ...empty, index: new ObservationIndex(await store.observationsOf(metric)) };
  } finally {
    await store.close();
  }
}

/** The figures' fingerprint now (the store opened afresh: `db build` swaps the SQLite file). */
export async function figuresFingerprint(options: BrainOptions): Promise<string> {
  const store = await openMetricsStore(targetOf(options));
  try {
    return await store.fingerprint();
  } finally {
    await store.close();
  }
}
