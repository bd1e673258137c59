import type { Area, Metric } from '../domain/catalogue-types';
import { monthLabel } from '../domain/month';
import type { Window } from '../domain/window';
import { formatValue } from '../answers/format';
import { HEADLINES } from '../strings';
import type { ClauseForm } from './headline-types';

/** What a sentence needs to know about a finding. */
export interface Finding {
  readonly form: ClauseForm;
  readonly clause: string;
  readonly value: number;
  readonly window: Window;
}

export function placeOf(area: Area): string {
  return area.level === 'force' ? '' : HEADLINES.place(area.name);
}

/** "955 in January 2020", "12 months to January 2020: 10.1%", with the name in front. */
export function figureHead(metric: Metric, area: Area, window: Window, value: number): string {
  const v = formatValue(metric.unit, value);
  const month = monthLabel(window.to);
  switch (window.kind) {
    case 'rolling12': return HEADLINES.figureRolling(metric.name, placeOf(area), v, month);
    case 'point': return HEADLINES.figurePoint(metric.name, placeOf(area), v, month);
    default: return HEADLINES.figureMonth(metric.name, placeOf(area), v, month);
  }
}

/** What a record is a record of: "monthly total", "rolling 12-month rate", "month-end figure". */
export function recordNoun(metric: Metric, window: Window): string {
  const n = HEADLINES.recordNoun;
  if (window.kind === 'point') return n.point;
  if (window.kind === 'rolling12') return metric.unit === 'percent' ? n.rollingRate : n.rollingOther;
  if (metric.unit === 'count') return n.monthCount;
  return metric.unit === 'percent' ? n.monthRate : n.monthOther;
}

/**
 * One sentence from one or more findings about the same metric and area (best first): the figure
 * and its findings, then the findings that stand on their own, as the paper writes them:
 * "Prosecution possible outcomes: 955 in January 2020, the highest monthly total since March 2018."
 */
export function sentenceOf(metric: Metric, area: Area, findings: readonly Finding[]): string {
  const figures = findings.filter((f) => f.form === 'figure');
  const statements = findings.filter((f) => f.form === 'statement').map((f) => f.clause);
  const lead = figures[0];
  const parts: string[] = [];
  if (lead) {
    parts.push(`${figureHead(metric, area, lead.window, lead.value)}${HEADLINES.firstJoin}${figures.map((f) => f.clause).join(HEADLINES.firstJoin)}`);
    parts.push(...statements);
    return HEADLINES.sentence(parts.join(HEADLINES.nextJoin));
  }
  return HEADLINES.sentence(`${HEADLINES.statementHead(metric.name, placeOf(area))}: ${statements.join(HEADLINES.nextJoin)}`);
}
