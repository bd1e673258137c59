import { monthOfDate } from '../../domain/month';
import { extractPeriod } from '../period/extract-period';
import type { Extractor } from './extractor';

/** Every period the question states, in the order stated (the period parsers, in their order). */
export const periodExtractor: Extractor = {
  name: 'period',
  run(draft) {
    const periods = extractPeriod(draft.sentence, { today: draft.today, thisMonth: monthOfDate(draft.today) });
    draft.periods = periods;
    for (const p of [periods.period, ...periods.others]) if (p) draft.said.push({ role: 'period', text: p.text });
  },
};
