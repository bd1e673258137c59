import { judgeChange } from '../../domain/comparisons';
import { isNPointExtreme, type RecordKind } from '../../domain/records';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { zOfChance } from '../significance';
import { enoughCases } from '../subject';
import { recordRankChance } from './record-rank';

/** `n_month_high` / `n_month_low`: the default window's figure is the highest (lowest) of the last 12 months. */
export function nMonthExtremeDetector(kind: RecordKind): Detector {
  const highest = kind === 'highest';
  const n = INSIGHT_CONFIG.extremeMonths;
  return {
    name: highest ? 'n_month_high' : 'n_month_low',
    detect(subject) {
      const { metric, series } = subject;
      if (!enoughCases(metric, subject.figure) || !isNPointExtreme(series, kind, n)) return [];
      return [makeCandidate(subject, {
        kind: highest ? 'n_month_high' : 'n_month_low',
        form: 'figure',
        clause: (highest ? HEADLINES.nMonthHigh : HEADLINES.nMonthLow)(n),
        good: judgeChange(metric, highest ? 1 : -1),
        score: zOfChance(recordRankChance(subject, kind, n - 1)),
      })];
    },
  };
}
