import { addMonths } from '../../../domain/month';
import type { PeriodParser } from '../period-parser';

/** "last month", "previous month", "this month", "the month before last". */
export const relativeMonth: PeriodParser = {
  name: 'relative-month',
  pattern: /\b(?:(?:in |for |during |over )?(?:the )?(month before last)|(?:in |for |during |over )?(?:the )?(last|previous|past|this|current|latest complete|last complete) month)\b/,
  extract(m, ctx) {
    if (m[1]) return { kind: 'month', month: addMonths(ctx.thisMonth, -2) };
    const which = m[2] ?? '';
    return { kind: 'month', month: addMonths(ctx.thisMonth, which === 'this' || which === 'current' ? 0 : -1) };
  },
};
