import type sqlite3 from 'sqlite3';
import type { Observation } from '../domain/observation';
import type { UpsertResult } from './metrics-store';
import { finalizeStatement, prepareSql, runSql, runStatement, type SqlParam } from './sqlite-calls';


const COLUMNS = 'metric, area, month, value, numerator, denominator';

/** Rows per INSERT statement: 6 parameters each plus 2 shared, under SQLite's limit of 32766. */
const CHUNK = 5000;

/** `INSERT … VALUES (?3, …, ?1, ?2), …` for `n` rows: ?1 is the source and ?2 the time, for all. */
function upsertSql(n: number): string {
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = 3 + i * 6;
    values.push(`(?${p}, ?${p + 1}, ?${p + 2}, ?${p + 3}, ?${p + 4}, ?${p + 5}, ?1, ?2)`);
  }
  return `INSERT INTO observations (${COLUMNS}, source, imported_at) VALUES ${values.join(', ')}${UPSERT_TAIL}`;
}

const UPSERT_TAIL = `
  ON CONFLICT (metric, area, month) DO UPDATE SET
    value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
    source = excluded.source, imported_at = excluded.imported_at
  WHERE observations.value IS NOT excluded.value
     OR observations.numerator IS NOT excluded.numerator
     OR observations.denominator IS NOT excluded.denominator`;

/** Rows per JSON batch: one parameter each, so binding costs nothing per row. */
const JSON_CHUNK = 20000;

/**
 * Whole numbers travel exactly as JSON text, and a ratio's value is 100 × numerator / denominator
 * computed by SQLite with the same double arithmetic as here. Other fractions are bound instead:
 * SQLite's text-to-double conversion is not always correctly rounded.
 */
function travelsAsJson(r: Observation): boolean {
  const whole = (v: number | null) => v === null || Number.isSafeInteger(v);
  if (!whole(r.numerator) || !whole(r.denominator)) return false;
  if (whole(r.value)) return true;
  return r.numerator !== null && r.denominator !== null && r.denominator !== 0 && r.value === (100 * r.numerator) / r.denominator;
}

/** [metric, area, month, value, numerator, denominator, value is the ratio of the parts]. */
function asJsonRow(r: Observation): (string | number | null)[] {
  const ratio = r.value !== null && !Number.isSafeInteger(r.value);
  return [r.metric, r.area, r.month, ratio ? null : r.value, r.numerator, r.denominator, ratio ? 1 : 0];
}

const JSON_UPSERT = `
  INSERT INTO observations (${COLUMNS}, source, imported_at)
  SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2,
         CASE WHEN j.value ->> 6 = 1 THEN 100.0 * (j.value ->> 4) / (j.value ->> 5) ELSE j.value ->> 3 END,
         j.value ->> 4, j.value ->> 5, ?1, ?2
  FROM json_each(?3) AS j WHERE true ORDER BY j.key${UPSERT_TAIL}`;

function byKey(a: Observation, b: Observation): number {
  return a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.area < b.area ? -1 : a.area > b.area ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

/** Inserts or replaces rows (last of equal keys wins); a row equal to the stored one is left alone. */
export async function writeObservations(db: sqlite3.Database, given: readonly Observation[], source: string): Promise<UpsertResult> {
  const importedAt = new Date().toISOString();
  // In key order the B-tree is written page after page; equal keys keep their order (last wins).
  const rows = [...given].sort(byKey);
  const exact: Observation[] = [];
  const other: Observation[] = [];
  for (const r of rows) (travelsAsJson(r) ? exact : other).push(r);
  let changed = 0;
  for (let start = 0; start < exact.length; start += JSON_CHUNK) {
    const json = JSON.stringify(exact.slice(start, start + JSON_CHUNK).map(asJsonRow));
    changed += (await runSql(db, JSON_UPSERT, [source, importedAt, json])).changes;
  }
  changed += await writeBound(db, other, source, importedAt);
  return { rows: given.length, changed };
}

/** Rows with fractional figures, bound one parameter each (exact, slower to bind). */
async function writeBound(db: sqlite3.Database, rows: readonly Observation[], source: string, importedAt: string): Promise<number> {
  let changed = 0;
  let full: sqlite3.Statement | undefined;
  try {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const params: SqlParam[] = [source, importedAt];
      for (const r of chunk) params.push(r.metric, r.area, r.month, r.value, r.numerator, r.denominator);
      if (chunk.length === CHUNK) {
        full ??= await prepareSql(db, upsertSql(CHUNK));
        changed += (await runStatement(full, params)).changes;
      } else {
        changed += (await runSql(db, upsertSql(chunk.length), params)).changes;
      }
    }
  } finally {
    if (full) await finalizeStatement(full);
  }
  return changed;
}
