import { MAX_QUESTION_LENGTH } from './limits';
import type { ComparisonKind } from '../domain/comparisons';
import { monthLabel, shortMonthLabel } from '../domain/month';
import { isPoliceUkMetric } from '../domain/police-uk-catalogue';
import { STRINGS } from '../strings';
import { comparisonPhrase } from './comparison-phrases';
import { formatValue, windowLabel } from './format';
import type { AnswerResult, Reply } from './reply-types';
import { driversText, perHeadText, rankingText } from './render-shapes';
import { SHAPE_STRINGS } from './shape-strings';

/** Which comparisons a sentence names: those asked for first, else the two the paper would use. */
export function comparisonsToName(r: AnswerResult, asked: readonly ComparisonKind[]): ComparisonKind[] {
  if (asked.length > 0) return [...asked];
  // A year to date against the same months a year earlier; a rate also against the whole last year (a sum of 10 months is not set against 12).
  if (r.window.kind === 'fytd') return r.metric.aggregation === 'sum' ? ['last_year'] : ['last_year', 'fy_end'];
  return r.window.kind === 'rolling12' ? ['previous', 'fy_end'] : ['previous', 'last_year'];
}

/** A year's `last_year` is its `previous` (the same months): the one comparison that holds them. */
function sameMonthsAs(r: AnswerResult, kind: ComparisonKind): ComparisonKind {
  return kind === 'last_year' && (r.window.kind === 'fy' || r.window.kind === 'year') ? 'previous' : kind;
}

/** "Dwelling burglary …, South, 12 months to January 2020: 10.5%, up 0.4ppt on … and 3.3ppt above March year end." */
export function resultSentence(r: AnswerResult, asked: readonly ComparisonKind[]): string {
  const head = `${r.metric.name}, ${r.area.name}, ${windowLabel(r.window)}`;
  if (r.value === null) {
    const months = r.series.filter((p) => p.month >= r.window.from).map((p) => `${shortMonthLabel(p.month)} ${formatValue(r.metric.unit, p.value)}`).join(', ');
    return `${head}: ${STRINGS.medianNotAdded} ${months}.`;
  }
  const phrases = [...new Set(comparisonsToName(r, asked).map((kind) => sameMonthsAs(r, kind)))]
    .map((kind) => r.comparisons.find((c) => c.kind === kind))
    .filter((c) => c !== undefined)
    .map((c) => comparisonPhrase(c, r.window));
  const tail = phrases.length === 0 ? '' : `, ${phrases.slice(0, -1).join(', ')}${phrases.length > 1 ? ' and ' : ''}${phrases[phrases.length - 1]}`;
  return `${head}: ${formatValue(r.metric.unit, r.value)}${tail}.`;
}

function seriesLine(r: AnswerResult): string {
  return `Trend: ${r.series.map((p) => `${shortMonthLabel(p.month)} ${formatValue(r.metric.unit, p.value)}`).join(', ')}.`;
}

/** The answer's main lines: a ranking, what drove a change, a rate per head, or a sentence per result. */
function answerLines(reply: Extract<Reply, { kind: 'answer' }>): string[] {
  const first = reply.results[0];
  const note = [
    ...(reply.perHeadUnavailable && first ? [SHAPE_STRINGS.perHeadNone(first.metric.name)] : []),
    ...(reply.driversUnavailable && first ? [first.area.level === 'district' ? SHAPE_STRINGS.driversDistrict(first.area.name) : SHAPE_STRINGS.driversNone(first.metric.name)] : []),
  ];
  if (reply.drivers) return [...note, ...driversText(reply.drivers)];
  if (reply.ranking) return [...note, ...rankingText(reply.results, reply.ranking)];
  if (reply.query.perHead && !reply.perHeadUnavailable) {
    return [...note, ...reply.results.flatMap((r) => {
      const head = perHeadText(r);
      return head ? [head, resultSentence(r, reply.asked)] : [SHAPE_STRINGS.perHeadNoPopulation(r.area.name), resultSentence(r, reply.asked)];
    })];
  }
  return [...note, ...reply.results.map((r) => resultSentence(r, reply.asked))];
}

/** The reply as a person reads it in chat or a terminal. */
export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'answer': {
      const first = reply.results[0];
      const lines = [...(reply.reading?.notes ?? [])];
      if (reply.query.broader && first) lines.push(STRINGS.broaderFigure(first.metric.name, reply.query.broader));
      lines.push(...answerLines(reply));
      if (reply.seriesAsked) for (const r of reply.results) if (r.value !== null) lines.push(`${reply.results.length > 1 ? `${r.area.name}: ` : ''}${seriesLine(r)}`);
      const source = reply.results[0]?.metric.source;
      if (source) lines.push(STRINGS.sourceLine(source));
      if (reply.reading) lines.push(reply.reading.line);
      return lines.join('\n');
    }
    case 'clarify':
      return [reply.reason === 'period' ? STRINGS.clarifyPeriod : STRINGS.clarify, ...reply.options.map((o, i) => `${i + 1}. ${o.label}`), STRINGS.clarifyReply].join('\n');
    case 'no_data': {
      const text = [...(reply.reading?.notes ?? []), noDataText(reply)].join('\n');
      return reply.reading ? `${text}\n${reply.reading.line}` : text;
    }
    case 'unknown': {
      if (reply.reason === 'too_long') return STRINGS.tooLong(MAX_QUESTION_LENGTH);
      if (reply.reason === 'empty') return STRINGS.empty;
      if (reply.reason === 'invalid_date') return STRINGS.invalidDate(reply.detail ?? '');
      if (reply.reason === 'unsupported_detail') {
        const words = (reply.unsupported ?? []).join(' ');
        return STRINGS.unsupportedDetail(reply.detail ?? words, words, reply.suggestions[0]?.name);
      }
      if (reply.reason === 'outside_force') return STRINGS.outsideForce((reply.unsupported ?? []).map(titleCase).join(' and '), reply.detail ?? '');
      const suggestion = reply.suggestions.length > 0 ? ` ${STRINGS.didYouMean(reply.suggestions.map((m) => m.name))}` : '';
      return `${STRINGS.unknown(reply.question.trim().slice(0, 120))}${suggestion} ${STRINGS.unknownHint}`;
    }
  }
}

/** "king's lynn" → "King's Lynn". */
function titleCase(text: string): string {
  return text.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
}

function noDataText(reply: Extract<Reply, { kind: 'no_data' }>): string {
  const what = reply.area.level === 'force' ? reply.metric.name : `${reply.metric.name} in ${reply.area.name}`;
  const when = reply.window ? windowLabel(reply.window) : '';
  switch (reply.reason) {
    case 'after_data': return STRINGS.noDataAfter(what, when, monthLabel(reply.latest ?? ''));
    case 'before_data': return STRINGS.noDataBefore(what, when, monthLabel(reply.earliest ?? ''));
    case 'gap': return STRINGS.noDataGap(what, when);
    case 'no_series': return (isPoliceUkMetric(reply.metric) ? STRINGS.noPublishedSeries : STRINGS.noSeries)(reply.metric.name, reply.area.name);
    case 'level': {
      const levels = (reply.levels ?? []).map((l) => STRINGS.levelWords[l as keyof typeof STRINGS.levelWords] ?? l).join(' and ');
      const offer = reply.alternative ? ` ${STRINGS.levelOffer(reply.alternative.label)}` : '';
      // "which district has the most 999 calls": a force-only figure cannot be ranked, whatever place the ranking started at.
      const q = reply.query;
      const alt = reply.alternative;
      // A ranking or a breakdown asked of a figure not held at that level: no place was named, the split was.
      if (alt && (q.ranking || q.breakdown) && q.areas.length === 0) {
        const level = q.ranking?.level ?? (q.breakdown === 'areas' ? 'area' : 'district');
        const refusal = q.ranking ? STRINGS.levelNotRanked(reply.metric.name, levels, level) : STRINGS.levelNotSplit(reply.metric.name, levels, level);
        return `${refusal} ${STRINGS.levelOffer(alt.area.level === 'force' ? STRINGS.wholeForce(alt.label, alt.area.name) : alt.label)}`;
      }
      return `${STRINGS.levelMissing(reply.metric.name, reply.area.name, levels)}${offer}`;
    }
    case 'grain': return STRINGS.grainNotHeld(what, reply.detail ?? '', reply.latest ? monthLabel(reply.latest) : undefined);
    case 'fy_not_started': return STRINGS.fyNotStarted(what, reply.detail ?? '', reply.alternative?.label ?? '');
  }
  return '';
}
