import { compare } from '../../domain/comparisons';
import { windowValue } from '../../domain/window-value';
import { changeSe } from '../change-error';
import { makeCandidate, type Detector } from '../detector';
import { DIGEST_STRINGS } from '../digest-strings';
import { INSIGHT_CONFIG } from '../insight-config';
import { enoughCases } from '../subject';
import { adjustedStep } from './month-on-month';

/**
 * `stable` (the paper's 3.2.1 and 3.2.6: "53.8% were judged to have passed, stable month on month";
 * "CDI compliance remains stable at 88.9%"): a monthly rate that hardly moved on the month before,
 * both as read and with the time of year taken off: less than `stableShare` of the standard error of
 * a month-on-month change. It is context, not news: scored at `minClauseScore`, so it never makes a
 * headline of its own and is told only beside a finding that does, when nothing stronger fills the
 * sentence. Counts and stocks are left out (a steady count says little on its own).
 */
export const stableDetector: Detector = {
  name: 'stable',
  detect(subject, context) {
    const { metric, area, window, figure } = subject;
    if (window.kind !== 'month' || metric.unit !== 'percent' || !enoughCases(metric, figure)) return [];
    const c = compare(context.index, metric, area.id, window, subject.value, 'previous');
    const step = adjustedStep(subject);
    if (!c || step === undefined) return [];
    const then = windowValue(context.index, metric, area.id, { kind: window.kind, from: c.from, to: c.to });
    if (then.kind !== 'figure' || !enoughCases(metric, then.figure)) return [];
    const se = changeSe(metric, subject.sigma, window.kind, 1, figure, then.figure);
    const limit = INSIGHT_CONFIG.stableShare * (se ?? 0);
    if (!(limit > 0) || Math.abs(step) >= limit || Math.abs(c.change) >= limit) return [];
    return [makeCandidate(subject, {
      kind: 'stable',
      lasting: true,
      form: 'figure',
      clause: DIGEST_STRINGS.stable,
      since: c.to,
      change: c.change,
      changeUnit: c.changeUnit,
      good: 'neutral',
      score: INSIGHT_CONFIG.minClauseScore,
    })];
  },
};
