import { changeUnitOf, judgeChange } from '../../domain/comparisons';
import { MONTH_NAMES, monthNumber } from '../../domain/month';
import { formatValue } from '../../answers/format';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { effectOf } from '../seasonal';
import { enoughCases } from '../subject';
import { adjustedNow, baselineBefore } from './spc-baseline';

/**
 * `spc_signal`, rule 1: the month lies outside the 3-sigma control limits of the 24 months before
 * it, allowing for the time of year; the limit is told as it stands for this calendar month.
 */
export const spcLimitsDetector: Detector = {
  name: 'spc_limits',
  detect(subject) {
    const { metric } = subject;
    const now = adjustedNow(subject);
    const base = baselineBefore(subject, subject.month);
    if (!enoughCases(metric, subject.figure) || now === undefined || !base) return [];
    const z = (now - base.mean) / base.sigma;
    if (Math.abs(z) <= INSIGHT_CONFIG.spcSigmas) return [];
    const limit = base.mean + Math.sign(z) * INSIGHT_CONFIG.spcSigmas * base.sigma + effectOf(subject.effects, subject.month);
    const monthName = MONTH_NAMES[monthNumber(subject.month) - 1] ?? subject.month;
    return [makeCandidate(subject, {
      kind: 'spc_signal',
      form: 'figure',
      clause: (z > 0 ? HEADLINES.spcAbove : HEADLINES.spcBelow)(formatValue(metric.unit, limit), monthName, base.points.length),
      change: now - base.mean,
      changeUnit: changeUnitOf(metric),
      since: base.points[0]?.month,
      good: judgeChange(metric, z),
      score: Math.min(20, Math.abs(z)),
    })];
  },
};
