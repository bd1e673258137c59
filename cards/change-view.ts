import { comparisonsToName } from '../src/answers/render-text';
import { formatChangeSize, formatValue, looksUnchanged, windowLabel } from '../src/answers/format';
import type { AnswerResult } from '../src/answers/reply-types';
import { judgeChange, type Comparison, type ComparisonKind } from '../src/domain/comparisons';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import type { ChangeView } from './view-models';

const ORDER: readonly ComparisonKind[] = ['previous', 'last_year', 'fy_end', 'benchmark'];

/** Which window a comparison is with, in words: "December 2019", "12 months to March 2019". */
function detailOf(c: Comparison, r: AnswerResult): string {
  if (c.kind === 'benchmark') return STRINGS.cards.benchmarkDetail(monthLabel(c.to));
  return windowLabel({ kind: c.kind === 'fy_end' && r.window.kind === 'fytd' ? 'fy' : r.window.kind, from: c.from, to: c.to });
}

/** One comparison as the card shows it, coloured by the metric's polarity. */
export function changeView(c: Comparison, r: AnswerResult, asked: boolean): ChangeView {
  const same = looksUnchanged(c);
  return {
    title: STRINGS.cards.comparisonTitles[c.kind],
    detail: detailOf(c, r),
    direction: same ? 'same' : c.change > 0 ? 'up' : 'down',
    size: same ? STRINGS.cards.noChange : formatChangeSize(c),
    was: STRINGS.cards.was(formatValue(r.metric.unit, c.value)),
    tone: same ? 'neutral' : judgeChange(r.metric, c.change),
    asked,
  };
}

/** Every comparison the result holds: the asked ones first, then previous, last year, March year end, benchmark. */
export function changeViews(r: AnswerResult, asked: readonly ComparisonKind[]): ChangeView[] {
  const order = [...asked, ...ORDER.filter((k) => !asked.includes(k))];
  return order
    .map((kind) => r.comparisons.find((c) => c.kind === kind))
    .filter((c): c is Comparison => c !== undefined)
    .map((c) => changeView(c, r, asked.includes(c.kind)));
}

/** The one change a compact line names: the first asked, else the paper's first. */
export function headlineChange(r: AnswerResult, asked: readonly ComparisonKind[]): ChangeView | undefined {
  const kind = comparisonsToName(r, asked).find((k) => r.comparisons.some((c) => c.kind === k));
  const c = r.comparisons.find((x) => x.kind === kind);
  return c ? changeView(c, r, asked.includes(c.kind)) : undefined;
}
