import { TIDY_COLUMNS } from '../importer/parse-tidy';
import { POLICE_UK_SAY as SAY } from './police-uk-strings';

/** The published headers, exactly (data.police.uk monthly files). */
export const STREET_COLUMNS = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context'] as const;
export const OUTCOMES_COLUMNS = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Outcome type'] as const;

export type PoliceUkKind = 'street' | 'outcomes';

export type KindCheck =
  | { readonly kind: 'ok'; readonly fileKind: PoliceUkKind; readonly columns: number }
  | { readonly kind: 'refused'; readonly reason: string };

/** Where two headers first differ (1-based), or 0 when they are the same. */
function firstDifference(expected: readonly string[], found: readonly string[]): number {
  for (let i = 0; i < Math.max(expected.length, found.length); i++) if ((found[i] ?? '').trim() !== expected[i]) return i + 1;
  return 0;
}

/** Which kind of police.uk file a header row says this is, or why it is not one. */
export function fileKindOf(header: readonly string[] | undefined): KindCheck {
  if (!header || header.every((f) => f.trim() === '')) return { kind: 'refused', reason: SAY.emptyFile };
  if (header.join(',') === TIDY_COLUMNS.join(',')) return { kind: 'refused', reason: SAY.tidyFile };
  if (header[0]?.trim() === 'Type' && header[1]?.trim() === 'Date') return { kind: 'refused', reason: SAY.stopAndSearch };
  const street = firstDifference(STREET_COLUMNS, header);
  if (street === 0) return { kind: 'ok', fileKind: 'street', columns: STREET_COLUMNS.length };
  const outcomes = firstDifference(OUTCOMES_COLUMNS, header);
  if (outcomes === 0) return { kind: 'ok', fileKind: 'outcomes', columns: OUTCOMES_COLUMNS.length };
  // Name the kind it is closest to: the one it follows further.
  const [columns, at, kind] = outcomes > street ? [OUTCOMES_COLUMNS, outcomes, 'outcomes'] : [STREET_COLUMNS, street, 'street-level crime'];
  return { kind: 'refused', reason: SAY.wrongHeader(at, columns[at - 1] ?? '(no more columns)', header[at - 1]?.trim() ?? '', kind) };
}
