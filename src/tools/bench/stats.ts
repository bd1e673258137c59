/** The q-quantile (0..1) of ascending numbers; NaN when there are none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Rounds to `digits` decimals, as a number (for the table and the JSON). */
export function round(value: number, digits = 0): number {
  return Number(value.toFixed(digits));
}

/** Resident set size now, in MB; after a full collection when node runs with --expose-gc. */
export function rssMb(): number {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return round(process.memoryUsage().rss / 1e6, 1);
}
