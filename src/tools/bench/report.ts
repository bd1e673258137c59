import { writeFileSync } from 'node:fs';
import type { Figure } from './bench-types';

const NO_AIM = '—';

/** The table printed at the end: label, value, and the aim (— when there is none). */
export function formatTable(figures: readonly Figure[]): string {
  const width = Math.max(...figures.map((f) => f.label.length));
  const valueWidth = Math.max(...figures.map((f) => String(f.value).length));
  return figures.map((f) => `${f.label.padEnd(width)}  ${String(f.value).padStart(valueWidth)}   (aim: ${f.aim ?? NO_AIM})\n`).join('');
}

/** bench-results.json: every figure by its label (as before), and the aims beside them. */
export function writeResults(file: string, figures: readonly Figure[]): void {
  const results: Record<string, number | string> = {};
  const aims: Record<string, string> = {};
  for (const f of figures) {
    results[f.label] = f.value;
    if (f.aim !== undefined) aims[f.label] = f.aim;
  }
  writeFileSync(file, `${JSON.stringify({ ...results, aims }, null, 2)}\n`);
}
