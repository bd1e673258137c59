import { judgeChange } from '../../domain/comparisons';
import { compareMonths, monthLabel, monthsBetween, type Month } from '../../domain/month';
import { windowValue } from '../../domain/window-value';
import { formatValue } from '../../answers/format';
import type { CatalogueIndex } from '../../domain/catalogue';
import type { ObservationIndex } from '../../domain/observation-index';
import { makeCandidate, type Detector } from '../detector';
import { DIGEST_STRINGS } from '../digest-strings';
import { INSIGHT_CONFIG } from '../insight-config';
import { enoughCases } from '../subject';

/** The first month any of the force's own metrics holds. */
function storeStart(index: ObservationIndex, catalogue: CatalogueIndex): Month | undefined {
  let first: Month | undefined;
  for (const m of catalogue.ownMetrics) {
    const e = index.earliestMonth(m.id);
    if (e !== undefined && (first === undefined || compareMonths(e, first) < 0)) first = e;
  }
  return first;
}

/**
 * `new_series` (the paper's 3.2.2 and 3.2.5): a measure whose figures began recently, a new call
 * type or a new unit ("75% of all prompt graded domestics last month were categorised as Domestic
 * Abuse"; "since the launch of the Casefile Standards Unit in September 2019 … over 1,100 files were
 * assessed"). The series starts at its first non-zero month (`subject.ts`); it is new when that
 * month is within the last `newSeriesMonths` and the store held other figures at least a year
 * before it (so a young store does not make every measure new). Its first month is news, told as
 * such; after that it is a lasting state, told with its total (or, for a rate, its rate) since the
 * figures began. A month-end stock has no total, so only its first month is told.
 */
export const newSeriesDetector: Detector = {
  name: 'new_series',
  detect(subject, context) {
    const { metric, area, month } = subject;
    const first = subject.monthly[0];
    const start = storeStart(context.index, context.catalogue);
    if (!first || !start || !enoughCases(metric, subject.figure)) return [];
    const age = monthsBetween(first.month, month) + 1;
    if (age > INSIGHT_CONFIG.newSeriesMonths || monthsBetween(start, first.month) < 12) return [];
    const base = { kind: 'new_series' as const, form: 'figure' as const, since: first.month, good: judgeChange(metric, 0) };
    if (age === 1) return [makeCandidate(subject, { ...base, clause: DIGEST_STRINGS.firstMonth, score: INSIGHT_CONFIG.certainScore })];
    if (metric.aggregation !== 'sum' && metric.aggregation !== 'ratio') return [];
    const window = { kind: 'range' as const, from: first.month, to: month };
    const total = windowValue(context.index, metric, area.id, window);
    if (total.kind !== 'figure' || total.figure.value === null || !enoughCases(metric, total.figure)) return [];
    const months = DIGEST_STRINGS.numberWords[age - 1] ?? String(age);
    return [makeCandidate(subject, {
      ...base,
      clause: DIGEST_STRINGS.sinceStart(formatValue(metric.unit, total.figure.value), months, monthLabel(first.month), metric.aggregation === 'ratio'),
      lasting: true,
      score: INSIGHT_CONFIG.lastingScore,
    })];
  },
};
