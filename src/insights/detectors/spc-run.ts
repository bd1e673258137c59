import { changeUnitOf, judgeChange } from '../../domain/comparisons';
import { addMonths } from '../../domain/month';
import { HEADLINES } from '../../strings';
import { makeCandidate, type Detector } from '../detector';
import { INSIGHT_CONFIG } from '../insight-config';
import { zOfChance } from '../significance';
import { enoughCases } from '../subject';
import { adjustedNow, baselineBefore } from './spc-baseline';

/**
 * `spc_signal`, rule 2: 7 or more months in a row, to this month, on one side of the centre line of
 * the 24 months before the run's last 7, allowing for the time of year. A run of k has chance
 * 2 × 2^-k.
 */
export const spcRunDetector: Detector = {
  name: 'spc_run',
  detect(subject) {
    const { metric, adjusted } = subject;
    const need = INSIGHT_CONFIG.spcRunMonths;
    const now = adjustedNow(subject);
    const base = baselineBefore(subject, addMonths(subject.month, 1 - need));
    if (!enoughCases(metric, subject.figure) || now === undefined || !base) return [];
    const side = Math.sign(now - base.mean);
    if (side === 0) return [];
    let run = 0;
    for (let i = adjusted.length - 1; i >= 0; i--) {
      const p = adjusted[i];
      if (!p || p.month !== addMonths(subject.month, -run) || Math.sign(p.value - base.mean) !== side) break;
      run++;
    }
    if (run < need) return [];
    return [makeCandidate(subject, {
      kind: 'spc_signal',
      lasting: true,
      form: 'figure',
      clause: (side > 0 ? HEADLINES.spcRunAbove : HEADLINES.spcRunBelow)(run),
      since: addMonths(subject.month, 1 - run),
      change: now - base.mean,
      changeUnit: changeUnitOf(metric),
      good: judgeChange(metric, side),
      score: zOfChance(2 * 2 ** -run),
    })];
  },
};
