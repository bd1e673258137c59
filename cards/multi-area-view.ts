import { formatValue, windowLabel } from '../src/answers/format';
import type { AnswerResult } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import { multiAreaButtons, type AnswerReply } from './answer-buttons';
import { hasPerHead } from '../src/answers/answer-shapes';
import { formatPer1000, populationLabel } from '../src/answers/render-shapes';
import { SHAPE_STRINGS } from '../src/answers/shape-strings';
import { definitionView } from './answer-view';
import { headlineChange } from './change-view';
import { trendView } from './trend-view';
import type { AreaRowView, MultiAreaView } from './view-models';

/** Which rows are best and worst by the metric's polarity; none for a neutral metric or a tie. */
export function bestAndWorst(results: readonly AnswerResult[]): { best?: number; worst?: number } {
  const metric = results[0]?.metric;
  if (!metric || metric.polarity === 'neutral' || results.length < 2) return {};
  // Counts in places of different size compare per 1,000 residents, else the biggest place is always worst.
  const values = byPerHead(results) ? results.map((r) => r.perHead?.per1000 ?? null) : results.map((r) => r.value);
  if (values.some((v) => v === null)) return {};
  const numbers = values as readonly number[];
  const high = Math.max(...numbers);
  const low = Math.min(...numbers);
  if (high === low) return {};
  const [best, worst] = metric.polarity === 'up' ? [high, low] : [low, high];
  return { best: numbers.indexOf(best), worst: numbers.indexOf(worst) };
}

/** Whether the rows are counts with a rate per head for every place (compared by it). */
export function byPerHead(results: readonly AnswerResult[]): boolean {
  return results.length > 1 && results.every((r) => r.perHead !== undefined && hasPerHead(r.metric)) && new Set(results.map((r) => r.area.id)).size === results.length;
}

/** A row's label: the area, and the metric and window when the rows differ in those (two metrics, two periods). */
export function rowLabel(reply: AnswerReply, r: AnswerResult): string {
  const rs = reply.results;
  const parts: string[] = [];
  if (new Set(rs.map((x) => x.metric.id)).size > 1) parts.push(r.metric.name);
  if (new Set(rs.map((x) => x.area.id)).size > 1 || parts.length === 0) parts.push(r.area.name);
  if (new Set(rs.map((x) => `${x.window.from}${x.window.to}`)).size > 1) parts.push(windowLabel(r.window));
  return parts.join(', ');
}

function row(reply: AnswerReply, r: AnswerResult, mark: AreaRowView['mark']): AreaRowView {
  const change = headlineChange(r, reply.asked);
  return {
    area: rowLabel(reply, r),
    value: r.value === null ? '–' : formatValue(r.metric.unit, r.value),
    ...(r.perHead ? { perHead: SHAPE_STRINGS.perHeadAside(formatPer1000(r.perHead.per1000)) } : {}),
    ...(change ? { change } : {}),
    ...(mark ? { mark } : {}),
  };
}

/** Several areas of one figure side by side. */
export function multiAreaView(reply: AnswerReply): MultiAreaView {
  const first = reply.results[0];
  if (!first) throw new Error('a multi-area view needs at least one result');
  const oneMetric = reply.results.every((r) => r.metric.id === first.metric.id);
  const oneWindow = reply.results.every((r) => r.window.from === first.window.from && r.window.to === first.window.to);
  const { best, worst } = oneMetric ? bestAndWorst(reply.results) : {};
  const rows = reply.results.map((r, i) => row(reply, r, i === best ? 'best' : i === worst ? 'worst' : undefined));
  const heading = rows.find((r) => r.change)?.change;
  const trend = reply.seriesAsked ? trendView(reply.results, true) : undefined;
  return {
    title: oneMetric ? first.metric.name : [...new Set(reply.results.map((r) => r.metric.name))].join(' and '),
    subtitle: oneWindow ? windowLabel(first.window) : first.area.name,
    ...(reply.reading ? { readAs: reply.reading.line } : {}),
    ...(heading ? { changeHeading: STRINGS.cards.changeHeading(heading.detail) } : {}),
    rows,
    ...(oneMetric && byPerHead(reply.results) && best !== undefined ? { note: SHAPE_STRINGS.marksPerHead(populationLabel(first) ?? '') } : {}),
    ...(trend ? { trend } : {}),
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), first.metric.source),
    definition: definitionView(first.metric),
    buttons: multiAreaButtons(reply),
    fallbackText: renderText(reply),
  };
}
