import { changeUnitOf, judgeChange } from '../../domain/comparisons';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { enoughCases } from '../subject';
import { haltAt, longTrend } from './long-trend';

/**
 * `trend`: the rolling-12 figure has risen (fallen) significantly over 24 months, and this month has
 * not halted it (when it has, `trend_halted` speaks instead). Medians have no rolling figure.
 */
export const trendDetector: Detector = {
  name: 'trend',
  detect(subject) {
    if (!enoughCases(subject.metric, subject.figure)) return [];
    const found = longTrend(subject, subject.month);
    const last = subject.rolling[subject.rolling.length - 1];
    if (!found || !last || haltAt(subject)) return [];
    const up = found.trend.slope > 0;
    return [makeCandidate(subject, {
      kind: 'trend',
      lasting: true,
      form: 'statement',
      clause: HEADLINES.trendContinues(up),
      value: last.value,
      window: found.window,
      since: found.points[0]?.month,
      change: found.trend.fittedChange,
      changeUnit: changeUnitOf(subject.metric),
      good: judgeChange(subject.metric, found.trend.slope),
      score: found.score,
    })];
  },
};
