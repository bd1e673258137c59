import { judgeChange } from '../../domain/comparisons';
import { addMonths, monthLabel } from '../../domain/month';
import { rolling12Window } from '../../domain/window';
import { windowNumber } from '../../domain/window-value';
import { formatValue } from '../../answers/format';
import { noiseChangeSe } from '../change-error';
import { makeCandidate, type Detector } from '../detector';
import { DIGEST_STRINGS } from '../digest-strings';
import { INSIGHT_CONFIG } from '../insight-config';
import { SIGNIFICANT_Z, zOf } from '../significance';

const LAG = 12;

/**
 * `concentrated_change`: one district accounts for most (`concentratedShare`) of the change in a
 * count of the force (or an area) over the 12 months to the month against the 12 months a year
 * earlier (the comparison "what drives a change" uses by default). Told when the change itself is
 * significant and the district's part is more than its share of the year before would give it, by
 * more than chance (each against its rolling-12 change error); scored by the weaker of the two.
 */
export const concentratedChangeDetector: Detector = {
  name: 'concentrated_change',
  detect(subject, context) {
    const { metric, area, month } = subject;
    if (metric.aggregation !== 'sum' || metric.unit !== 'count' || area.level === 'district' || subject.sigma === undefined) return [];
    const now = rolling12Window(month);
    const then = rolling12Window(addMonths(month, -LAG));
    const totalNow = windowNumber(context.index, metric, area.id, now);
    const totalThen = windowNumber(context.index, metric, area.id, then);
    if (totalNow === undefined || totalThen === undefined || totalThen <= 0) return [];
    const change = totalNow - totalThen;
    const wholeZ = zOf(change, noiseChangeSe(metric, subject.sigma, 'rolling12', LAG));
    if (change === 0 || wholeZ < SIGNIFICANT_Z) return [];
    const parts = context.catalogue.districtsUnder(area.id).flatMap((d) => {
      const dNow = windowNumber(context.index, metric, d.id, now);
      const dThen = windowNumber(context.index, metric, d.id, then);
      return dNow === undefined || dThen === undefined ? [] : [{ area: d, change: dNow - dThen, before: dThen }];
    });
    if (parts.length < 2) return [];
    const top = [...parts].sort((a, b) => b.change / change - a.change / change)[0];
    if (!top) return [];
    const share = top.change / change;
    if (share <= INSIGHT_CONFIG.concentratedShare) return [];
    const excess = (top.change - (top.before / totalThen) * change) * Math.sign(change);
    const sigma = context.subject(metric, top.area.id)?.sigma;
    if (excess <= 0 || sigma === undefined) return [];
    const score = Math.min(wholeZ, zOf(excess, noiseChangeSe(metric, sigma, 'rolling12', LAG)));
    if (score < SIGNIFICANT_Z) return [];
    const size = (x: number) => formatValue(metric.unit, Math.abs(x));
    const candidate = makeCandidate(subject, {
      kind: 'concentrated_change',
      form: 'statement',
      clause: DIGEST_STRINGS.concentrated(top.area.name, Math.round(share * 100), change > 0, monthLabel(month), size(top.change), size(change)),
      value: totalNow,
      window: now,
      since: then.to,
      change,
      changeUnit: 'count',
      good: judgeChange(metric, change),
      score,
    });
    return [{ ...candidate, part: top.area.id, share }];
  },
};
