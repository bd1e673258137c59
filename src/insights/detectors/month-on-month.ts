import { compare, judgeChange } from '../../domain/comparisons';
import { addMonths, monthLabel } from '../../domain/month';
import { formatValue, looksUnchanged } from '../../answers/format';
import { windowValue } from '../../domain/window-value';
import { changeSe } from '../change-error';
import { makeCandidate, type Detector } from '../detector';
import { DIGEST_STRINGS } from '../digest-strings';
import { SIGNIFICANT_Z, zOf } from '../significance';
import { enoughCases, type Subject } from '../subject';

/** The month's move on the month before with the time of year taken off (the stocks have none). */
export function adjustedStep(subject: Subject): number | undefined {
  const n = subject.adjusted.length;
  const now = subject.adjusted[n - 1];
  const before = subject.adjusted[n - 2];
  if (!now || !before || now.month !== subject.month || before.month !== addMonths(subject.month, -1)) return undefined;
  return now.value - before.value;
}

/**
 * `vs_last_month` (the paper's 3.2.10, "an improvement in 999 emergency call performance, but a
 * deterioration for 101"): the month (or month-end figure) against the month before, when the move
 * is large against the series' own month-to-month noise. The move is judged with the time of year
 * taken off, so a December-to-January swing that happens every year is not news, and it must go the
 * same way as the figures read (a move the seasons explain away is not told). Its standard error is
 * `change-error.ts`'s for a lag of one month (for rates at least the two-proportion test's). Rolling
 * 12-month measures move little by construction; their runs and trends speak for them.
 */
export const monthOnMonthDetector: Detector = {
  name: 'vs_last_month',
  detect(subject, context) {
    const { metric, area, window, figure } = subject;
    if ((window.kind !== 'month' && window.kind !== 'point') || !enoughCases(metric, figure)) return [];
    const c = compare(context.index, metric, area.id, window, subject.value, 'previous');
    const step = adjustedStep(subject);
    if (!c || step === undefined || looksUnchanged(c) || Math.sign(step) !== Math.sign(c.change)) return [];
    const then = windowValue(context.index, metric, area.id, { kind: window.kind, from: c.from, to: c.to });
    if (then.kind !== 'figure' || !enoughCases(metric, then.figure)) return [];
    const score = zOf(step, changeSe(metric, subject.sigma, window.kind, 1, figure, then.figure));
    if (score < SIGNIFICANT_Z) return [];
    const up = c.change > 0;
    const clause = window.kind === 'point'
      ? DIGEST_STRINGS.fromMonthEnd(up, formatValue(metric.unit, c.value), monthLabel(c.to))
      : DIGEST_STRINGS.fromMonth(up, formatValue(metric.unit, c.value), monthLabel(c.to));
    return [makeCandidate(subject, {
      kind: 'vs_last_month',
      form: 'figure',
      clause,
      since: c.to,
      change: c.change,
      changeUnit: c.changeUnit,
      good: judgeChange(metric, c.change),
      score,
    })];
  },
};
