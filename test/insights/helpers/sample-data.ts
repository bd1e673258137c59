import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Observation } from '../../../src/domain/observation';
import { ObservationIndex } from '../../../src/domain/observation-index';
import { SAMPLE_DIR } from '../../../src/io/project-paths';

const COLUMNS = ['metric', 'area', 'month', 'value', 'numerator', 'denominator'] as const;

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return n;
}

/**
 * Rows of the tidy sample format `metric,area,month,value,numerator,denominator` (a header line
 * first). A ratio row's value is 100 × numerator / denominator.
 */
export function parseTidyCsv(text: string): Observation[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
  const at = COLUMNS.map((c) => header.indexOf(c));
  if (at.some((i) => i < 0)) throw new Error(`expected the columns ${COLUMNS.join(',')}, got ${header.join(',')}`);
  const [mi, ai, ti, vi, ni, di] = at;
  return lines.map((line) => {
    const cells = line.split(',');
    const cell = (i: number | undefined) => (i === undefined ? undefined : cells[i]);
    const numerator = numberOrNull(cell(ni));
    const denominator = numberOrNull(cell(di));
    const ratio = numerator !== null && denominator !== null;
    const value = ratio ? (denominator > 0 ? (100 * numerator) / denominator : null) : numberOrNull(cell(vi));
    return { metric: cell(mi) ?? '', area: cell(ai) ?? '', month: cell(ti) ?? '', value, numerator, denominator };
  });
}

export function sampleFiles(dir: string = SAMPLE_DIR): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(dir, f)) : [];
}

/** Every observation of data/sample/*.csv in one index. */
export function sampleIndex(dir: string = SAMPLE_DIR): ObservationIndex {
  return new ObservationIndex(sampleFiles(dir).flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
}
