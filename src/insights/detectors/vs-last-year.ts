import { formatChangeSize } from '../../answers/format';
import { monthLabel } from '../../domain/month';
import type { Window } from '../../domain/window';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { significantChange } from './significant-change';

function whenOf(w: Window): string {
  const month = monthLabel(w.to);
  if (w.kind === 'rolling12') return HEADLINES.lastYearRolling(month);
  if (w.kind === 'point') return HEADLINES.lastYearPoint(month);
  return HEADLINES.lastYearMonth(month);
}

/** `vs_last_year`: a significant change on the same window a year before (medians: month against month). */
export const vsLastYearDetector: Detector = {
  name: 'vs_last_year',
  detect(subject, context) {
    const found = significantChange(subject, context, 'last_year');
    if (!found) return [];
    const c = found.comparison;
    return [makeCandidate(subject, {
      kind: 'vs_last_year',
      form: 'figure',
      clause: HEADLINES.vsLastYear(formatChangeSize(c), c.change > 0, whenOf(found.window)),
      since: c.to,
      change: c.change,
      changeUnit: c.changeUnit,
      good: found.good,
      score: found.score,
    })];
  },
};
