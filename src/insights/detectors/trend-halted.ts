import { changeUnitOf, judgeChange } from '../../domain/comparisons';
import { monthLabel } from '../../domain/month';
import { shiftWindow } from '../../domain/window';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { enoughCases } from '../subject';
import { haltAt } from './long-trend';

/**
 * `trend_halted` (the paper's 3.1.2 and 3.1.4): the rolling-12 figure had a significant long-term
 * trend to last month, and this month it moved the other way by more than chance. Scored by that
 * step's departure from the trend, and never above the trend's own score: a halt is only as
 * notable as the trend it stops.
 */
export const trendHaltedDetector: Detector = {
  name: 'trend_halted',
  detect(subject) {
    const halt = enoughCases(subject.metric, subject.figure) ? haltAt(subject) : undefined;
    if (!halt) return [];
    const { prior, move } = halt;
    return [makeCandidate(subject, {
      kind: 'trend_halted',
      form: 'statement',
      clause: HEADLINES.trendHalted(prior.trend.slope < 0, monthLabel(subject.month)),
      value: subject.rolling[subject.rolling.length - 1]?.value ?? subject.value,
      window: shiftWindow(prior.window, 1),
      since: prior.points[0]?.month,
      change: move,
      changeUnit: changeUnitOf(subject.metric),
      good: judgeChange(subject.metric, move),
      score: Math.min(prior.score, halt.stepZ),
    })];
  },
};
