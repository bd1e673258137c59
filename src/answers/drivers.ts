import type { Area, Metric } from '../domain/catalogue-types';
import { changeUnitOf, type ChangeUnit, type ComparisonKind } from '../domain/comparisons';
import type { ObservationIndex } from '../domain/observation-index';
import { fyEndWindow, lastYearWindow, previousWindow, type Window } from '../domain/window';
import { windowValue } from '../domain/window-value';
import type { Direction } from '../understanding/intent/driver-words';

/** One part of a change: a place, a crime type, what no part holds, or (for rates) the mix of places. */
export interface Contribution {
  readonly kind: 'area' | 'metric' | 'other';
  readonly id: string;
  readonly name: string;
  /** The part's own figure before and after (for a rate: its rate). */
  readonly from: number;
  readonly to: number;
  /** to − from, in the metric's change unit (ppt for a rate). */
  readonly change: number;
  /** For a rate: its share of the denominator now (percent), and its part of the force's change in ppt. */
  readonly denominatorShare?: number;
  readonly effect?: number;
  /** Its part of the total change: change (or effect) over the total change; null when the total is zero. */
  readonly share: number | null;
}

/** What drove a change: the total, the comparison used, and its parts, largest first. */
export interface DriversView {
  readonly metric: Metric;
  readonly scope: Area;
  readonly window: Window;
  readonly base: Window;
  readonly comparison: Exclude<ComparisonKind, 'benchmark'>;
  readonly from: number;
  readonly to: number;
  readonly change: number;
  readonly changePct: number | null;
  readonly changeUnit: ChangeUnit;
  readonly asked?: Direction;
  /** False when the figure did not move the way the question said, in any comparison tried. */
  readonly movedAsAsked: boolean;
  readonly byArea: readonly Contribution[];
  /** For all crime: the crime types held, and the rest. */
  readonly byType: readonly Contribution[];
  /** For a rate: the part of the change that comes from the mix of places (ppt). */
  readonly mix?: number;
  /** When the split is not over the first comparison tried: how the figure moved there (the other way). */
  readonly otherWay?: { readonly comparison: Exclude<ComparisonKind, 'benchmark'>; readonly base: Window; readonly change: number; readonly changePct: number | null };
}

interface Figure {
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

function figureOf(index: ObservationIndex, metric: Metric, area: string, w: Window): Figure | undefined {
  const out = windowValue(index, metric, area, w);
  if (out.kind !== 'figure' || out.figure.value === null) return undefined;
  const { value, numerator, denominator } = out.figure;
  return { value, ...(numerator !== undefined ? { numerator } : {}), ...(denominator !== undefined ? { denominator } : {}) };
}

function baseWindow(kind: Exclude<ComparisonKind, 'benchmark'>, w: Window): Window {
  switch (kind) {
    case 'previous': return previousWindow(w);
    case 'last_year': return lastYearWindow(w);
    case 'fy_end': return fyEndWindow(w);
  }
}

/** Whether a metric's change can be split into parts that add up: sums and stocks of counts, and ratios. */
export function canSplit(metric: Metric): boolean {
  return metric.aggregation === 'sum' || metric.aggregation === 'ratio' || (metric.aggregation === 'point' && metric.unit !== 'percent');
}

/** Largest first in the direction the total moved (parts that pushed against it come last). */
function byWeight(total: number, weight: (c: Contribution) => number): (a: Contribution, b: Contribution) => number {
  const sign = total < 0 ? -1 : 1;
  return (a, b) => sign * (weight(b) - weight(a)) || a.name.localeCompare(b.name);
}

function additiveParts(index: ObservationIndex, parts: readonly { kind: 'area' | 'metric'; id: string; name: string; metric: Metric; area: string }[], w: Window, base: Window, total: number, otherName: string): Contribution[] | undefined {
  const out: Contribution[] = [];
  let sum = 0;
  for (const p of parts) {
    const now = figureOf(index, p.metric, p.area, w);
    const then = figureOf(index, p.metric, p.area, base);
    if (!now || !then) return undefined;
    const change = now.value - then.value;
    sum += change;
    out.push({ kind: p.kind, id: p.id, name: p.name, from: then.value, to: now.value, change, share: total !== 0 ? change / total : null });
  }
  const rest = total - sum;
  if (Math.abs(rest) >= 0.5) out.push({ kind: 'other', id: 'other', name: otherName, from: NaN, to: NaN, change: rest, share: total !== 0 ? rest / total : null });
  return out.sort(byWeight(total, (c) => c.change));
}

function ratioParts(index: ObservationIndex, metric: Metric, places: readonly Area[], w: Window, base: Window, scopeNow: Figure, scopeThen: Figure, total: number): { parts: Contribution[]; mix: number } | undefined {
  const D1 = scopeNow.denominator ?? 0;
  const D0 = scopeThen.denominator ?? 0;
  if (D1 <= 0 || D0 <= 0) return undefined;
  const parts: Contribution[] = [];
  let mix = 0;
  for (const a of places) {
    const now = figureOf(index, metric, a.id, w);
    const then = figureOf(index, metric, a.id, base);
    if (!now || !then || now.denominator === undefined || then.denominator === undefined) return undefined;
    const w1 = now.denominator / D1;
    const w0 = then.denominator / D0;
    // The change in the force's rate, split exactly: each place's rate change at its average weight,
    // plus each place's weight change at its average rate (the mix).
    const effect = ((w0 + w1) / 2) * (now.value - then.value);
    mix += ((then.value + now.value) / 2) * (w1 - w0);
    parts.push({ kind: 'area', id: a.id, name: a.name, from: then.value, to: now.value, change: now.value - then.value, denominatorShare: 100 * w1, effect, share: total !== 0 ? effect / total : null });
  }
  return { parts: parts.sort(byWeight(total, (c) => c.effect ?? 0)), mix };
}

export interface DriversInput {
  readonly index: ObservationIndex;
  readonly metric: Metric;
  readonly scope: Area;
  /** The places one level below the scope that the metric has. */
  readonly places: readonly Area[];
  /** For all crime: the crime types held. */
  readonly types: readonly Metric[];
  readonly window: Window;
  readonly asked?: Direction;
  /** A comparison the question named; otherwise the one in which the figure moved as asked. */
  readonly comparison?: ComparisonKind;
  readonly otherTypesName: string;
  readonly otherPlacesName: string;
}

/** The change in the question split into its parts; undefined when the store cannot split it. */
export function explainChange(input: DriversInput): DriversView | undefined {
  const { index, metric, scope, window: w } = input;
  if (!canSplit(metric) || input.places.length === 0) return undefined;
  const now = figureOf(index, metric, scope.id, w);
  if (!now) return undefined;
  const named = input.comparison && input.comparison !== 'benchmark' ? input.comparison : undefined;
  // The comparisons each window kind has (ask-contract.md): a year to date is against the same months a year earlier.
  const held: Exclude<ComparisonKind, 'benchmark'>[] = w.kind === 'rolling12' ? ['last_year', 'previous', 'fy_end'] : w.kind === 'fytd' || w.kind === 'fy' || w.kind === 'year' ? ['last_year'] : ['last_year', 'previous'];
  const tries = named ? [named] : held;
  const movedWay = (change: number) => (input.asked === 'up' ? change > 0 : input.asked === 'down' ? change < 0 : true);
  let chosen: { kind: Exclude<ComparisonKind, 'benchmark'>; base: Window; then: Figure } | undefined;
  let first: typeof chosen;
  for (const kind of tries) {
    const base = baseWindow(kind, w);
    const then = figureOf(index, metric, scope.id, base);
    if (!then) continue;
    first ??= { kind, base, then };
    if (movedWay(now.value - then.value)) {
      chosen = { kind, base, then };
      break;
    }
  }
  const used = chosen ?? first;
  if (!used) return undefined;
  const total = now.value - used.then.value;
  const pct = (then: number, change: number) => (metric.unit === 'percent' || then === 0 ? null : (100 * change) / then);
  const otherWay = chosen && first && chosen.kind !== first.kind
    ? { otherWay: { comparison: first.kind, base: first.base, change: now.value - first.then.value, changePct: pct(first.then.value, now.value - first.then.value) } }
    : {};
  const common = {
    ...otherWay,
    metric, scope, window: w, base: used.base, comparison: used.kind, from: used.then.value, to: now.value, change: total,
    changePct: metric.unit === 'percent' || used.then.value === 0 ? null : (100 * total) / used.then.value,
    changeUnit: changeUnitOf(metric), ...(input.asked ? { asked: input.asked } : {}), movedAsAsked: chosen !== undefined,
  };
  if (metric.aggregation === 'ratio') {
    const split = ratioParts(index, metric, input.places, w, used.base, now, used.then, total);
    return split ? { ...common, byArea: split.parts, byType: [], mix: split.mix } : undefined;
  }
  const byArea = additiveParts(index, input.places.map((a) => ({ kind: 'area' as const, id: a.id, name: a.name, metric, area: a.id })), w, used.base, total, input.otherPlacesName);
  if (!byArea) return undefined;
  const byType = input.types.length === 0 ? [] : additiveParts(index, input.types.map((m) => ({ kind: 'metric' as const, id: m.id, name: m.name, metric: m, area: scope.id })), w, used.base, total, input.otherTypesName) ?? [];
  return { ...common, byArea, byType };
}
