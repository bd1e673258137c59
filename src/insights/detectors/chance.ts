import type { WindowKind } from '../../domain/window';

/**
 * How likely a record or a run would be by chance, by the kind of series it is found in:
 * - calendar months are taken as independent: the last of n+1 months is the highest with chance
 *   1/(n+1), and k rises in a row happen with chance 1/(k+1)!;
 * - a rolling-12 figure shares 11 of its 12 months with the one before, so n months of it hold only
 *   about n/12 + 1 independent figures; each step compares an incoming month with an outgoing one,
 *   so k steps one way happen with chance 2^-k;
 * - a month-end stock moves like a random walk: its last point is the highest of n steps with chance
 *   about 1/√(πn), and k steps one way happen with chance 2^-k.
 * Runs are counted in either direction (twice the one-way chance).
 */
export function recordChance(kind: WindowKind, span: number): number {
  switch (kind) {
    case 'rolling12': return 1 / (span / 12 + 1);
    case 'point': return Math.min(1, 1 / Math.sqrt(Math.PI * Math.max(span, 1)));
    default: return 1 / (span + 1);
  }
}

export function runChance(kind: WindowKind, steps: number): number {
  if (kind === 'rolling12' || kind === 'point') return Math.min(1, 2 * 2 ** -steps);
  let factorial = 1;
  for (let i = 2; i <= steps + 1; i++) factorial *= i;
  return Math.min(1, 2 / factorial);
}
