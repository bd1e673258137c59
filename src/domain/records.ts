import type { SeriesPoint } from './window-series';
import type { Month } from './month';

export type RecordKind = 'highest' | 'lowest';

export interface RecordFinding {
  readonly kind: RecordKind;
  /** The last earlier month that reached this value; undefined when never (a record over the whole history). */
  readonly since?: Month;
  /** Months back to `since` (or the whole history's length). */
  readonly span: number;
}

/**
 * Whether the last point is the highest (lowest) since some earlier month: walks back to the last
 * point at or above (at or below) it. Reports nothing when the point before is already higher (lower).
 */
export function recordAt(series: readonly SeriesPoint[], kind: RecordKind): RecordFinding | undefined {
  const last = series[series.length - 1];
  if (!last || series.length < 2) return undefined;
  const beats = (v: number) => (kind === 'highest' ? v >= last.value : v <= last.value);
  for (let i = series.length - 2; i >= 0; i--) {
    const p = series[i];
    if (p && beats(p.value)) {
      const span = series.length - 1 - i;
      return span > 1 ? { kind, since: p.month, span } : undefined;
    }
  }
  return { kind, span: series.length - 1 };
}

/** Whether the last point is the highest (lowest) of the last `n` points (12 by default), strictly. */
export function isNPointExtreme(series: readonly SeriesPoint[], kind: RecordKind, n = 12): boolean {
  if (series.length < n) return false;
  const window = series.slice(-n);
  const last = window[window.length - 1];
  if (!last) return false;
  return window.slice(0, -1).every((p) => (kind === 'highest' ? p.value < last.value : p.value > last.value));
}

/** How many consecutive steps the series has moved in one direction up to its last point. */
export function runLength(series: readonly SeriesPoint[]): { direction: 'up' | 'down' | 'flat'; steps: number } {
  let steps = 0;
  let direction: 'up' | 'down' | 'flat' = 'flat';
  for (let i = series.length - 1; i > 0; i--) {
    const a = series[i - 1];
    const b = series[i];
    if (!a || !b) break;
    const d = b.value > a.value ? 'up' : b.value < a.value ? 'down' : 'flat';
    if (d === 'flat' || (direction !== 'flat' && d !== direction)) break;
    direction = d;
    steps++;
  }
  return { direction, steps };
}
