import { createRng } from '../sample/rng';
import { OUTCOMES_COLUMNS, STREET_COLUMNS } from './file-kind';

/**
 * Real-looking data.police.uk files for tests and the bench: street-level rows across the
 * districts, some with no location, some in LSOAs of neighbouring forces, anti-social behaviour
 * without a Crime ID, and now and then a quoted Context with commas and quotes. Deterministic.
 */

export const FIXTURE_FORCE = 'Cambridgeshire Constabulary';
export const FIXTURE_LSOAS: readonly string[] = [
  'Peterborough 012C', 'Peterborough 003A', 'Fenland 006B', 'Cambridge 007A', 'Cambridge 013D', 'South Cambridgeshire 015D',
  'East Cambridgeshire 002C', 'Huntingdonshire 003B', 'Huntingdonshire 019E',
  // Neighbouring forces' areas, and no location at all.
  'Bedford 001A', "King's Lynn and West Norfolk 003C", '', '',
];
export const FIXTURE_CRIME_TYPES: readonly string[] = [
  'Anti-social behaviour', 'Bicycle theft', 'Burglary', 'Criminal damage and arson', 'Drugs', 'Other crime', 'Other theft',
  'Possession of weapons', 'Public order', 'Robbery', 'Shoplifting', 'Theft from the person', 'Vehicle crime', 'Violence and sexual offences',
];
export const FIXTURE_OUTCOMES: readonly string[] = [
  'Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Suspect charged', 'Offender given a caution',
  'Local resolution', 'Under investigation', 'Awaiting court outcome', 'Offender fined', 'Status update unavailable',
];

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const line = (fields: readonly string[]) => fields.map(quote).join(',');

function hex(rng: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += Math.floor(rng() * 16).toString(16);
  return s;
}

export interface FixtureRow {
  readonly month: string;
  readonly lsoa: string;
  /** Crime type (street files) or outcome type (outcomes files). */
  readonly what: string;
  readonly context?: string;
  readonly fallsWithin?: string;
}

/** Random rows for `month` (seeded). */
export function fixtureRows(kind: 'street' | 'outcomes', month: string, rows: number, seed: number): FixtureRow[] {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
  return Array.from({ length: rows }, (_, i) => ({
    month,
    lsoa: pick(FIXTURE_LSOAS),
    what: pick(kind === 'street' ? FIXTURE_CRIME_TYPES : FIXTURE_OUTCOMES),
    ...(i % 50 === 7 ? { context: 'Reported by a "neighbour", near the shops\nsecond line' } : {}),
  }));
}

/** A street-level file's text (CRLF, as published). */
export function streetCsv(rows: readonly FixtureRow[], seed = 1): string {
  const rng = createRng(seed);
  const out = [line(STREET_COLUMNS)];
  for (const r of rows) {
    const located = r.lsoa !== '';
    out.push(line([
      r.what === 'Anti-social behaviour' ? '' : hex(rng, 64), r.month, r.fallsWithin ?? FIXTURE_FORCE, r.fallsWithin ?? FIXTURE_FORCE,
      located ? (-0.2 + rng() * 0.1).toFixed(6) : '', located ? (52.2 + rng() * 0.4).toFixed(6) : '',
      located ? 'On or near Some Street' : 'No Location', located ? `E0100${Math.floor(rng() * 9000 + 1000)}` : '', r.lsoa,
      r.what, r.what === 'Anti-social behaviour' ? '' : 'Investigation complete; no suspect identified', r.context ?? '',
    ]));
  }
  return `${out.join('\r\n')}\r\n`;
}

/** An outcomes file's text. */
export function outcomesCsv(rows: readonly FixtureRow[], seed = 1): string {
  const rng = createRng(seed);
  const out = [line(OUTCOMES_COLUMNS)];
  for (const r of rows) {
    const located = r.lsoa !== '';
    out.push(line([
      hex(rng, 64), r.month, r.fallsWithin ?? FIXTURE_FORCE, r.fallsWithin ?? FIXTURE_FORCE,
      located ? (-0.2 + rng() * 0.1).toFixed(6) : '', located ? (52.2 + rng() * 0.4).toFixed(6) : '',
      located ? 'On or near Some Street' : 'No Location', located ? `E0100${Math.floor(rng() * 9000 + 1000)}` : '', r.lsoa, r.what,
    ]));
  }
  return `${out.join('\r\n')}\r\n`;
}
