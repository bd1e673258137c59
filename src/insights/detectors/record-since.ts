import { judgeChange } from '../../domain/comparisons';
import { monthLabel } from '../../domain/month';
import { recordAt, type RecordKind } from '../../domain/records';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { recordNoun } from '../sentences';
import { zOfChance } from '../significance';
import { enoughCases } from '../subject';
import { recordRankChance } from './record-rank';

/**
 * `highest_since` / `lowest_since`: the default window's figure (the calendar month, the rolling 12
 * months for rolling-12 measures, the month-end value for stocks) is the highest (lowest) since the
 * month it was last reached, at least `minSinceSpan` months back, or since the figures began.
 */
export function recordSinceDetector(kind: RecordKind): Detector {
  const highest = kind === 'highest';
  return {
    name: `${kind}_since`,
    detect(subject) {
      const { metric, series, window } = subject;
      if (!enoughCases(metric, subject.figure)) return [];
      const found = recordAt(series, kind);
      const first = series[0];
      if (!found || !first || found.span < INSIGHT_CONFIG.minSinceSpan) return [];
      const noun = recordNoun(metric, window);
      const clause = found.since !== undefined
        ? (highest ? HEADLINES.highestSince : HEADLINES.lowestSince)(noun, monthLabel(found.since))
        : (highest ? HEADLINES.highestEver : HEADLINES.lowestEver)(noun, monthLabel(first.month));
      return [makeCandidate(subject, {
        kind: highest ? 'highest_since' : 'lowest_since',
        form: 'figure',
        clause,
        since: found.since ?? first.month,
        good: judgeChange(metric, highest ? 1 : -1),
        score: zOfChance(recordRankChance(subject, kind, found.span)),
      })];
    },
  };
}
