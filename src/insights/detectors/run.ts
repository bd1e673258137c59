import { changeUnitOf, judgeChange } from '../../domain/comparisons';
import { monthLabel } from '../../domain/month';
import { runLength } from '../../domain/records';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { zOfChance } from '../significance';
import { enoughCases, type Subject } from '../subject';
import { runChance } from './chance';

/**
 * The steps of the run that are more than the time of year: for a calendar-month series with
 * seasonal effects, the run must hold in the adjusted figures too (August to January falls every
 * year in some series); the shorter of the two counts.
 */
function unseasonalSteps(subject: Subject, direction: 'up' | 'down', steps: number): number {
  if (subject.window.kind !== 'month' || !subject.effects) return steps;
  const adjusted = runLength(subject.adjusted);
  return adjusted.direction === direction ? Math.min(steps, adjusted.steps) : 0;
}

/**
 * `rising` / `falling`: the default window's figure has moved one way for at least `minRunMonths`
 * consecutive months (each beyond the one before: 4 months make 3 steps), reported as "rising month
 * on month since October 2019" with the run's first month.
 */
export const runDetector: Detector = {
  name: 'run',
  detect(subject) {
    const { metric, series, window } = subject;
    if (!enoughCases(metric, subject.figure)) return [];
    const run = runLength(series);
    if (run.direction === 'flat') return [];
    const steps = unseasonalSteps(subject, run.direction, run.steps);
    const start = series[series.length - 1 - run.steps];
    if (!start || steps + 1 < INSIGHT_CONFIG.minRunMonths) return [];
    const up = run.direction === 'up';
    const change = subject.value - start.value;
    return [makeCandidate(subject, {
      kind: up ? 'rising' : 'falling',
      lasting: true,
      form: 'figure',
      clause: (up ? HEADLINES.rising : HEADLINES.falling)(monthLabel(start.month)),
      since: start.month,
      change,
      changeUnit: changeUnitOf(metric),
      good: judgeChange(metric, change),
      score: zOfChance(runChance(window.kind, steps)),
    })];
  },
};
