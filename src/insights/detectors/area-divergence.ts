import { addMonths } from '../../domain/month';
import { rolling12Window } from '../../domain/window';
import { windowValue, type WindowFigure } from '../../domain/window-value';
import { formatValue } from '../../answers/format';
import { HEADLINES } from '../../strings';
import { noiseChangeSe } from '../change-error';
import { makeCandidate, type Detector, type ScanContext } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { SIGNIFICANT_Z, twoProportionSe, zOf } from '../significance';
import { enoughCases, type Subject } from '../subject';

function figureAt(subject: Subject, context: ScanContext, lag: number): WindowFigure | undefined {
  const out = windowValue(context.index, subject.metric, subject.area.id, rolling12Window(addMonths(subject.month, -lag)));
  return out.kind === 'figure' && out.figure.value !== null && enoughCases(subject.metric, out.figure) ? out.figure : undefined;
}

function binomialVariance(f: WindowFigure): number {
  return (twoProportionSe(f.numerator ?? 0, f.denominator ?? 0, 0, 1) ?? 0) ** 2;
}

/**
 * `area_divergence`: two sibling areas (North and South) moving apart. For rolling-12 rates only: the
 * gap between the areas' rolling-12 rates has widened over `divergenceMonths`, by more than
 * SIGNIFICANT_Z standard errors (each area's noise-scaled error of a 12-month change, or the
 * binomial error of the four figures, whichever is larger). Told about the area that moved more.
 */
export const areaDivergenceDetector: Detector = {
  name: 'area_divergence',
  detect(subject, context) {
    const { metric, area } = subject;
    if (area.level !== 'area' || area.parent === undefined || subject.window.kind !== 'rolling12' || metric.aggregation !== 'ratio') return [];
    const siblings = context.catalogue.children(area.parent).filter((a) => a.level === 'area' && a.id !== area.id);
    const [sibling] = siblings;
    const other = siblings.length === 1 && sibling ? context.subject(metric, sibling.id) : undefined;
    const lag = INSIGHT_CONFIG.divergenceMonths;
    if (!other || subject.sigma === undefined || other.sigma === undefined) return [];
    const figures = [figureAt(subject, context, 0), figureAt(subject, context, lag), figureAt(other, context, 0), figureAt(other, context, lag)];
    const [aNow, aThen, bNow, bThen] = figures;
    if (!aNow || !aThen || !bNow || !bThen) return [];
    const v = (f: WindowFigure) => f.value ?? 0;
    const moved = Math.abs(v(aNow) - v(aThen)) >= Math.abs(v(bNow) - v(bThen));
    const gapNow = v(aNow) - v(bNow);
    const gapThen = v(aThen) - v(bThen);
    const widening = Math.abs(gapNow) - Math.abs(gapThen);
    if (!moved || widening <= 0) return [];
    const noise = Math.hypot(noiseChangeSe(metric, subject.sigma, 'rolling12', lag), noiseChangeSe(metric, other.sigma, 'rolling12', lag));
    const binomial = Math.sqrt(figures.reduce((s, f) => s + (f ? binomialVariance(f) : 0), 0));
    const score = zOf(widening, Math.max(noise, binomial));
    if (score < SIGNIFICANT_Z) return [];
    const ppt = (x: number) => `${Math.abs(x).toFixed(1)}ppt`;
    return [makeCandidate(subject, {
      kind: 'area_divergence',
      form: 'figure',
      clause: HEADLINES.divergence(other.area.name, formatValue(metric.unit, v(bNow)), ppt(gapNow), ppt(gapThen)),
      since: addMonths(subject.month, -lag),
      change: widening,
      changeUnit: 'ppt',
      good: 'neutral',
      score,
    })];
  },
};
