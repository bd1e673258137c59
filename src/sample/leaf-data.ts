import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import { monthIndex, monthRange, type Month } from '../domain/month';

export const FIRST_MONTH = '2015-04';
export const LAST_MONTH = '2020-01';
export const MONTHS: readonly Month[] = monthRange(FIRST_MONTH, LAST_MONTH);

/** Month position in the sample. */
export function at(month: Month): number {
  return monthIndex(month) - monthIndex(FIRST_MONTH);
}

/**
 * A metric's figures at its lowest level ("leaves": the districts, the two areas, or the force),
 * month by month; every higher level is a sum of leaves, so additivity holds by construction.
 */
export interface Leaves {
  readonly ids: readonly string[];
  readonly values: number[][];
}

export function leafIds(metric: Metric, catalogue: CatalogueIndex): string[] {
  if (metric.levels.includes('district')) return catalogue.areasAtLevel('district').map((a) => a.id);
  if (metric.levels.includes('area')) return catalogue.areasAtLevel('area').map((a) => a.id);
  return [catalogue.force.id];
}

/** The leaves under an area (all of them for the force). */
export function leavesIn(leaves: Leaves, areaId: string, catalogue: CatalogueIndex): number[] {
  if (areaId === catalogue.force.id) return leaves.ids.map((_, i) => i);
  const under = new Set([areaId, ...catalogue.districtsUnder(areaId).map((a) => a.id)]);
  return leaves.ids.map((id, i) => (under.has(id) ? i : -1)).filter((i) => i >= 0);
}

export function total(leaves: Leaves, scope: readonly number[], month: number): number {
  let s = 0;
  for (const i of scope) s += leaves.values[i]?.[month] ?? 0;
  return s;
}

function leafAt(leaves: Leaves, i: number): number[] {
  const row = leaves.values[i];
  if (!row) throw new Error(`no leaf ${i}`);
  return row;
}

/**
 * Adds `delta` (whole units) to the scope's total in one month, a unit at a time to the largest leaf
 * that may take it (`room` says how much a leaf may rise; never below zero).
 */
export function addToMonth(leaves: Leaves, scope: readonly number[], month: number, delta: number, room: (leaf: number) => number = () => Infinity): void {
  for (let k = 0; k < Math.abs(delta); k++) {
    let best = -1;
    for (const i of scope) {
      const v = leafAt(leaves, i)[month] ?? 0;
      const ok = delta > 0 ? room(i) - v >= 1 : v >= 1;
      if (ok && (best < 0 || v > (leafAt(leaves, best)[month] ?? 0))) best = i;
    }
    if (best < 0) throw new Error(`cannot move month ${month} by ${delta}`);
    const row = leafAt(leaves, best);
    row[month] = (row[month] ?? 0) + Math.sign(delta);
  }
}

/** Sets the scope's total in a month to exactly `value`. */
export function setTotal(leaves: Leaves, scope: readonly number[], month: number, value: number, room?: (leaf: number) => number): void {
  addToMonth(leaves, scope, month, value - total(leaves, scope, month), room);
}

/**
 * Spreads `delta` units over several months, each unit to the month whose total is furthest from
 * its limit (lowest first when adding, highest first when taking), never past `cap`.
 */
export function spread(leaves: Leaves, scope: readonly number[], months: readonly number[], delta: number, cap = Infinity, room?: (leaf: number, month: number) => number): void {
  for (let k = 0; k < Math.abs(delta); k++) {
    let best = -1;
    for (const m of months) {
      const t = total(leaves, scope, m);
      if (delta > 0 && t + 1 > cap) continue;
      if (best < 0 || (delta > 0 ? t < total(leaves, scope, best) : t > total(leaves, scope, best))) best = m;
    }
    if (best < 0) throw new Error('no month can take the change');
    addToMonth(leaves, scope, best, Math.sign(delta), room ? (leaf) => room(leaf, best) : undefined);
  }
}
