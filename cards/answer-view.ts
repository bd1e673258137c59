import { formatValue, windowLabel } from '../src/answers/format';
import type { AnswerResult } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import type { Metric } from '../src/domain/catalogue-types';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import { answerButtons, type AnswerReply } from './answer-buttons';
import { changeViews } from './change-view';
import { trendView } from './trend-view';
import type { AnswerView, DefinitionView } from './view-models';

/** "Burglaries recorded" reads "burglaries recorded" mid-sentence; "DA crimes" keeps its capitals. */
function midSentence(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "140 outcomes / 1,333 burglaries recorded", for a rate whose parts are known. */
export function ratioParts(r: AnswerResult): string | undefined {
  const ratio = r.metric.ratio;
  if (!ratio || r.numerator === undefined || r.denominator === undefined) return undefined;
  const count = (n: number) => formatValue('count', n);
  return STRINGS.cards.ratioParts(count(r.numerator), midSentence(ratio.numeratorLabel), count(r.denominator), midSentence(ratio.denominatorLabel));
}

export function definitionView(metric: Metric): DefinitionView {
  return { button: STRINGS.buttons.definition, heading: metric.name, text: metric.definition, ...(metric.source ? { source: STRINGS.cards.source(metric.source) } : {}) };
}

export function subtitleOf(r: AnswerResult): string {
  return STRINGS.cards.subtitle(r.area.name, windowLabel(r.window));
}

/** One figure, in full: the number, its comparisons, its trend and what to ask next. */
export function answerView(reply: AnswerReply, r: AnswerResult): AnswerView {
  const parts = ratioParts(r);
  const trend = trendView([r], reply.seriesAsked || r.value === null);
  return {
    title: r.metric.name,
    subtitle: subtitleOf(r),
    ...(reply.reading ? { readAs: reply.reading.line } : {}),
    ...(r.value !== null ? { value: formatValue(r.metric.unit, r.value) } : { note: STRINGS.cards.medianNote }),
    ...(parts ? { parts } : {}),
    changes: changeViews(r, reply.asked),
    ...(trend ? { trend } : {}),
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), r.metric.source),
    definition: definitionView(r.metric),
    buttons: answerButtons(reply, r),
    fallbackText: renderText(reply),
  };
}
