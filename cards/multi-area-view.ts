import { formatValue, windowLabel } from '../src/answers/format';
import type { AnswerResult } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import { multiAreaButtons, type AnswerReply } from './answer-buttons';
import { definitionView } from './answer-view';
import { headlineChange } from './change-view';
import { trendView } from './trend-view';
import type { AreaRowView, MultiAreaView } from './view-models';

/** Which rows are best and worst by the metric's polarity; none for a neutral metric or a tie. */
export function bestAndWorst(results: readonly AnswerResult[]): { best?: number; worst?: number } {
  const metric = results[0]?.metric;
  if (!metric || metric.polarity === 'neutral' || results.length < 2) return {};
  const values = results.map((r) => r.value);
  if (values.some((v) => v === null)) return {};
  const numbers = values as readonly number[];
  const high = Math.max(...numbers);
  const low = Math.min(...numbers);
  if (high === low) return {};
  const [best, worst] = metric.polarity === 'up' ? [high, low] : [low, high];
  return { best: numbers.indexOf(best), worst: numbers.indexOf(worst) };
}

function row(reply: AnswerReply, r: AnswerResult, mark: AreaRowView['mark']): AreaRowView {
  const change = headlineChange(r, reply.asked);
  return {
    area: r.area.name,
    value: r.value === null ? '–' : formatValue(r.metric.unit, r.value),
    ...(change ? { change } : {}),
    ...(mark ? { mark } : {}),
  };
}

/** Several areas of one figure side by side. */
export function multiAreaView(reply: AnswerReply): MultiAreaView {
  const first = reply.results[0];
  if (!first) throw new Error('a multi-area view needs at least one result');
  const { best, worst } = bestAndWorst(reply.results);
  const rows = reply.results.map((r, i) => row(reply, r, i === best ? 'best' : i === worst ? 'worst' : undefined));
  const heading = rows.find((r) => r.change)?.change;
  const trend = reply.seriesAsked ? trendView(reply.results, true) : undefined;
  return {
    title: first.metric.name,
    subtitle: windowLabel(first.window),
    ...(heading ? { changeHeading: STRINGS.cards.changeHeading(heading.detail) } : {}),
    rows,
    ...(trend ? { trend } : {}),
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), first.metric.source),
    definition: definitionView(first.metric),
    buttons: multiAreaButtons(reply),
    fallbackText: renderText(reply),
  };
}
