import { existsSync } from 'node:fs';
import { ask, type Brain } from '../answers/ask';
import { buildBrain } from '../answers/brain';
import type { Config } from '../config';
import type { CatalogueIndex } from '../domain/catalogue';
import { ObservationIndex } from '../domain/observation-index';
import { EMPTY_CONVERSATION, type Query } from '../understanding/query';
import type { Observation } from '../domain/observation';
import { buildSampleStore } from '../store/build-sample';
import { loadCatalogue } from './load-catalogue';
import { loadLexicon } from './load-lexicon';
import { loadPopulationFile } from './load-population';
import { loadCrimeTypes } from './load-crime-types';
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
    const imported = await store.population();
    if (target.kind === 'postgres' && observations.length === 0) throw holdsNothing(target);
    return { brain: buildBrain(catalogue, lexicon, observations, [...loadPopulationFile(catalogue), ...imported], loadCrimeTypes(catalogue)), fingerprint };
  } finally {
    await store.close();
  }
}

/** The metrics a reading looks up: its own, those asked beside it, and the crime types a split of all crime reads. */
function metricsOf(query: Query, brain: Brain): string[] {
  const parts = query.drivers ? (brain.crimeTypes.get(query.metric) ?? []).map((m) => m.id) : [];
  return [...new Set([query.metric, ...(query.extraMetrics ?? []), ...parts])];
}

/**
 * A brain for one question (a one-off `perfbot ask`): the question is understood first, then only
 * the rows of the metrics its reading looks up are read. So the reply is the one the whole store
 * would give, without reading every row.
 */
export async function loadBrainForQuestion(options: BrainOptions, question: string, today: string): Promise<Brain> {
  const catalogue = loadCatalogue();
  const lexicon = loadLexicon();
  const target = await ensureTarget(options, catalogue);
  const store = await openMetricsStore(target);
  try {
    const imported = await store.population();
    const empty = buildBrain(catalogue, lexicon, [], [...loadPopulationFile(catalogue), ...imported], loadCrimeTypes(catalogue));
    const probe = ask(question, EMPTY_CONVERSATION, today, empty).reply;
    const metrics = probe.kind === 'answer' || probe.kind === 'no_data' ? metricsOf(probe.query, empty) : [];
    if (target.kind === 'postgres' && (await store.count()) === 0) throw holdsNothing(target);
    const rows: Observation[] = [];
    for (const metric of metrics) rows.push(...(await store.observationsOf(metric)));
    return rows.length === 0 ? empty : { ...empty, index: new ObservationIndex(rows) };
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

/**
 * Reads the store the figures come from (its fingerprint), as /healthz does: throws when it cannot
 * be read. A SQLite file that has gone is not created afresh here.
 */
export async function checkFigures(options: BrainOptions): Promise<void> {
  const target = targetOf(options);
  if (target.kind === 'sqlite' && !existsSync(target.file)) throw new StoreMissingError(`no metrics store at ${target.file}`);
  await figuresFingerprint(options);
}
