import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import { isMonth } from '../domain/month';
import type { Observation } from '../domain/observation';
import { IMPORT_REASONS as R } from './import-strings';

export type RowCheck =
  | { readonly kind: 'ok'; readonly row: Observation }
  | { readonly kind: 'refused'; readonly reason: string };

/** A given ratio value may differ from 100 × numerator / denominator by this much (rounding). */
export const RATIO_TOLERANCE = 0.05;

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

type Parsed = number | null | { readonly bad: string };

/** An empty field is null; anything else must be a plain decimal number. */
function parseNumber(column: string, text: string): Parsed {
  if (text === '') return null;
  const n = Number(text);
  return NUMBER_RE.test(text) && Number.isFinite(n) ? n : { bad: R.notNumber(column, text) };
}

function isBad(p: Parsed): p is { readonly bad: string } {
  return p !== null && typeof p === 'object';
}

function refused(reason: string): RowCheck {
  return { kind: 'refused', reason };
}

/** One object shape for every row (a literal, not a spread): imports make hundreds of thousands. */
function row(metric: string, area: string, month: string, value: number | null, numerator: number | null, denominator: number | null): RowCheck {
  return { kind: 'ok', row: { metric, area, month, value, numerator, denominator } };
}

function checkRatio(metric: Metric, area: string, month: string, value: number | null, num: number | null, den: number | null): RowCheck {
  if (num === null || den === null) return refused(R.ratioNeedsParts(metric.id));
  if (num < 0) return refused(R.negativeNumerator(num));
  if (den <= 0) return refused(R.denominatorNotPositive(den));
  if (num > den) return refused(R.numeratorOverDenominator(num, den));
  const computed = (100 * num) / den;
  if (value !== null) {
    if (value < 0 || value > 100) return refused(R.percentOutOfRange(metric.id, value));
    if (Math.abs(value - computed) > RATIO_TOLERANCE) return refused(R.valueDisagrees(value, computed));
  }
  return row(metric.id, area, month, computed, num, den);
}

function checkPlain(metric: Metric, area: string, month: string, value: number | null, num: number | null, den: number | null): RowCheck {
  if (num !== null || den !== null) return refused(R.partsNotAllowed(metric.id));
  if (value === null) return refused(R.needsValue(metric.id));
  if (metric.unit === 'count' && value < 0) return refused(R.negativeCount(metric.id, value));
  if (metric.unit === 'percent' && (value < 0 || value > 100)) return refused(R.percentOutOfRange(metric.id, value));
  return row(metric.id, area, month, value, null, null);
}

/**
 * One data row of the tidy format (metric, area, month, value, numerator, denominator) checked
 * against the catalogue. Ratio rows store value = 100 × numerator / denominator.
 */
export function checkRow(fields: readonly string[], catalogue: CatalogueIndex): RowCheck {
  const field = (i: number) => {
    const f = fields[i] ?? '';
    return f.length > 0 && (f.charCodeAt(0) <= 32 || f.charCodeAt(f.length - 1) <= 32) ? f.trim() : f;
  };
  const metricId = field(0);
  const areaId = field(1);
  const month = field(2);
  const valueText = field(3);
  const numText = field(4);
  const denText = field(5);
  const metric = catalogue.metric(metricId);
  if (!metric) return refused(R.unknownMetric(metricId));
  const area = catalogue.area(areaId);
  if (!area) return refused(R.unknownArea(areaId));
  if (!metric.levels.includes(area.level)) return refused(R.wrongLevel(metric.id, area.id, area.level, metric.levels));
  if (!isMonth(month)) return refused(R.badMonth(month));
  const value = parseNumber('value', valueText);
  if (isBad(value)) return refused(value.bad);
  const num = parseNumber('numerator', numText);
  if (isBad(num)) return refused(num.bad);
  const den = parseNumber('denominator', denText);
  if (isBad(den)) return refused(den.bad);
  return metric.aggregation === 'ratio' ? checkRatio(metric, area.id, month, value, num, den) : checkPlain(metric, area.id, month, value, num, den);
}
