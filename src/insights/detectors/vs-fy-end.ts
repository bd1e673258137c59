import { formatChangeSize } from '../../answers/format';
import { monthsBetween } from '../../domain/month';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { significantChange } from './significant-change';

/**
 * `vs_fy_end`: a significant change since March year end. Only for rolling-12 measures and month-end
 * stocks, whose figure at March is the year-end position; a single month against March is no
 * year-end comparison. In March itself the year end is a year ago, which `vs_last_year` says.
 */
export const vsFyEndDetector: Detector = {
  name: 'vs_fy_end',
  detect(subject, context) {
    if (subject.window.kind !== 'rolling12' && subject.window.kind !== 'point') return [];
    const found = significantChange(subject, context, 'fy_end');
    if (!found || monthsBetween(found.window.to, subject.month) >= 12) return [];
    const c = found.comparison;
    return [makeCandidate(subject, {
      kind: 'vs_fy_end',
      form: 'figure',
      clause: HEADLINES.vsFyEnd(formatChangeSize(c), c.change > 0),
      since: c.to,
      change: c.change,
      changeUnit: c.changeUnit,
      good: found.good,
      score: found.score,
    })];
  },
};
