import { compare, judgeChange, type Comparison, type ComparisonKind } from '../../domain/comparisons';
import { monthsBetween } from '../../domain/month';
import type { Window } from '../../domain/window';
import { windowValue } from '../../domain/window-value';
import { looksUnchanged } from '../../answers/format';
import { changeSe } from '../change-error';
import type { ScanContext } from '../detector';
import type { Judgement } from '../headline-types';
import { SIGNIFICANT_Z, zOf } from '../significance';
import { enoughCases, type Subject } from '../subject';

export interface SignificantChange {
  readonly comparison: Comparison;
  readonly window: Window;
  readonly good: Judgement;
  readonly score: number;
}

/**
 * The subject's figure against the same window at another time (a year ago, March year end), when
 * the change is significant: its size over the standard error from `change-error.ts` (noise-scaled,
 * and for rates at least the two-proportion test's) reaches `SIGNIFICANT_Z`. Both windows must rest
 * on enough cases.
 */
export function significantChange(subject: Subject, context: ScanContext, kind: Exclude<ComparisonKind, 'previous' | 'benchmark'>): SignificantChange | undefined {
  const { metric, area, window, figure } = subject;
  if (!enoughCases(metric, figure)) return undefined;
  const comparison = compare(context.index, metric, area.id, window, subject.value, kind);
  if (!comparison || looksUnchanged(comparison)) return undefined;
  const other: Window = { kind: window.kind, from: comparison.from, to: comparison.to };
  const then = windowValue(context.index, metric, area.id, other);
  if (then.kind !== 'figure' || !enoughCases(metric, then.figure)) return undefined;
  const lag = monthsBetween(other.to, window.to);
  const score = zOf(comparison.change, changeSe(metric, subject.sigma, window.kind, lag, figure, then.figure));
  if (score < SIGNIFICANT_Z) return undefined;
  return { comparison, window: other, good: judgeChange(metric, comparison.change), score };
}
