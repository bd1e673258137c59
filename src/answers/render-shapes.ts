import type { Comparison } from '../domain/comparisons';
import { comparisonPhrase } from './comparison-phrases';
import type { Contribution, DriversView } from './drivers';
import { formatValue, windowLabel } from './format';
import type { RankingView } from './rank-places';
import type { AnswerResult } from './reply-types';
import { SHAPE_STRINGS as S } from './shape-strings';
import type { Window } from '../domain/window';

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "12.3" per 1,000. */
export function formatPer1000(v: number): string {
  return ONE_DECIMAL.format(v);
}

/** "in January 2020", "in the 12 months to January 2020", "at the end of January 2020". */
export function inWindow(w: Window): string {
  const label = windowLabel(w);
  if (label.startsWith('end of')) return `at the ${label}`;
  return /^(?:\d|financial|calendar)/.test(label) ? `in the ${label}` : `in ${label}`;
}

function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

/** A result's figure in a ranking: the count and its rate per head, in the order ranked. */
export function rankedFigure(r: AnswerResult, by: RankingView['by']): string {
  const [main, aside] = rankedParts(r, by);
  return aside ? S.figureWithAside(main, aside) : main;
}

/** The figure ranked by, and the other one beside it (if any). */
export function rankedParts(r: AnswerResult, by: RankingView['by']): [string, string | undefined] {
  const value = r.value === null ? '–' : formatValue(r.metric.unit, r.value);
  if (!r.perHead) return [value, undefined];
  const head = S.perHeadAside(formatPer1000(r.perHead.per1000));
  return by === 'per1000' ? [head, value] : [value, head];
}

/** The population behind the rates: "Census 2021". */
export function populationLabel(r: AnswerResult | undefined): string | undefined {
  return r?.perHead ? S.populationSource(r.perHead.population.source, r.perHead.population.year) : undefined;
}

/** "Cambridge had the most dwelling burglary offences in January 2020 (56), then Peterborough (55) and …". */
export function rankingText(results: readonly AnswerResult[], view: RankingView): string[] {
  const [first, ...rest] = results;
  if (!first) return [];
  const named = Math.min(results.length, view.top ?? 3);
  const what = view.by === 'per1000' ? `${lowerFirst(first.metric.name)} ${S.perHeadUnit}` : lowerFirst(first.metric.name);
  // "the most" of a count; "the highest" of a rate, a time or money.
  const percent = first.metric.unit !== 'count' || view.by === 'per1000';
  const verb = view.asked === 'worst' || view.asked === 'best'
    ? view.neutral ? (view.order === 'desc' ? S.rankingVerb.highest : S.rankingVerb.lowest) : S.rankingVerb[view.asked]
    : view.order === 'desc' ? (percent ? S.rankingVerb.highest : S.rankingVerb.most) : (percent ? S.rankingVerb.lowest : S.rankingVerb.least);
  const when = inWindow(first.window);
  const head = (view.asked === 'worst' || view.asked === 'best') && !view.neutral
    ? S.rankingHeadJudged(first.area.name, view.asked, what, when, rankedFigure(first, view.by))
    : S.rankingHead(first.area.name, verb, what, when, rankedFigure(first, view.by));
  const then = rest.slice(0, named - 1).map((r) => `${r.area.name} (${rankedFigure(r, view.by)})`);
  const lines = [`${head}${S.rankingThen(then)}.`];
  // "which district has the most CID investigations": held by area only, so the areas, said first.
  if (view.levelAsked !== undefined && view.levelAsked !== view.level) lines.unshift(S.rankingOtherLevel(first.metric.name, S.rankingLevel[view.levelAsked], S.rankingLevel[view.level]));
  if (view.neutral) lines.push(S.rankingNeutral(first.metric.name));
  // Runs of neighbours each within noise of the next, among those named and the one after.
  const groups: string[][] = [];
  for (let i = 1; i <= Math.min(named, results.length - 1); i++) {
    if (!view.tiedWithPrevious[i]) continue;
    const last = groups[groups.length - 1];
    const before = results[i - 1]?.area.name ?? '';
    const name = results[i]?.area.name ?? '';
    if (last && last[last.length - 1] === before) last.push(name);
    else groups.push([before, name]);
  }
  if (groups.length > 0) lines.push(S.rankingTies(groups.map((g) => (g.length === 2 ? `${g[0]} and ${g[1]}` : `${g.slice(0, -1).join(', ')} and ${g[g.length - 1]}`))));
  if (results.length > named) lines.push(`${S.rankingOrder(S.rankingLevel[view.level], results.length)} ${results.map((r) => S.listEntry(r.area.name, ...rankedParts(r, view.by))).join(', ')}.`);
  if (view.reference) lines.push(S.rankingReference(view.reference.area.name, rankedFigure(view.reference, view.by)));
  const source = populationLabel(first);
  if (source) lines.push(S.populationNote(source));
  return lines;
}

/** "All crime, Fenland, 12 months to January 2020: 71.3 per 1,000 residents (7,305 among 102,465 residents, Census 2021)." */
export function perHeadText(r: AnswerResult): string | undefined {
  if (!r.perHead || r.value === null) return undefined;
  const p = r.perHead.population;
  return S.perHeadLine(r.metric.name, r.area.name, windowLabel(r.window), formatPer1000(r.perHead.per1000), formatValue(r.metric.unit, r.value), WHOLE.format(p.value), S.populationSource(p.source, p.year));
}

function signed(v: number, unit: DriversView['changeUnit']): string {
  const shown = unit === 'ppt' || unit === 'percent' ? Math.round(v * 10) / 10 : Math.round(v);
  const sign = shown > 0 ? '+' : shown < 0 ? '-' : '';
  const size = Math.abs(v);
  return unit === 'ppt' || unit === 'percent' ? `${sign}${size.toFixed(1)}ppt` : `${sign}${unit === 'gbp' ? '£' : ''}${WHOLE.format(size)}`;
}

function shareText(c: Contribution): string {
  return c.share === null ? '' : ` (${Math.round(100 * c.share)}%)`;
}

/** "+51 (121%)", "+0.88ppt (31%)": one part of a change. */
export function contributionText(c: Contribution, unit: DriversView['changeUnit']): string {
  return `${signed(c.effect ?? c.change, unit)}${shareText(c)}`;
}

/** The comparison the split is over, as the answers word it. */
export function driversComparison(d: DriversView): Comparison {
  return { kind: d.comparison, from: d.base.from, to: d.base.to, value: d.from, change: d.change, changeUnit: d.changeUnit, ...(d.changePct !== null ? { changePct: d.changePct } : {}) };
}

function partsList(parts: readonly Contribution[], unit: DriversView['changeUnit'], n: number, of: string, rise: boolean): string {
  const shown = parts.slice(0, n).map((c) => (c.effect !== undefined
    ? S.driversRatePart(c.name, signed(c.change, unit), `${Math.round(c.denominatorShare ?? 0)}%`, of, c.share === null ? '' : `${Math.round(100 * c.share)}%`, rise)
    : `${c.name} ${signed(c.change, unit)}${shareText(c)}`));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "Dwelling burglary offences, Cambridgeshire, 12 months to January 2020: up 56 (2.3%) on …. By place: Cambridge +30 (54%), …". */
export function driversText(d: DriversView): string[] {
  const lines: string[] = [];
  const phrase = comparisonPhrase(driversComparison(d), d.window);
  if (!d.movedAsAsked && d.asked) lines.push(S.driversNotMoved(`${d.metric.name}, ${d.scope.name}, ${windowLabel(d.window)}:`, d.asked, phrase));
  else lines.push(S.driversHead(d.metric.name, d.scope.name, windowLabel(d.window), phrase));
  if (d.otherWay) {
    const o = d.otherWay;
    const other = comparisonPhrase({ kind: o.comparison, from: o.base.from, to: o.base.to, value: 0, change: o.change, changeUnit: d.changeUnit, ...(o.changePct !== null ? { changePct: o.changePct } : {}) }, d.window);
    lines.push(S.driversOtherWay(other));
  }
  const of = d.metric.ratio?.denominatorLabel.toLowerCase() ?? '';
  if (d.byArea.length > 0) lines.push(S.driversByPlace(partsList(d.byArea, d.changeUnit, 3, of, d.change >= 0)));
  if (d.byType.length > 0) lines.push(S.driversByType(partsList(d.byType, d.changeUnit, 3, of, d.change >= 0)));
  if (d.mix !== undefined) lines.push(S.driversMix(signed(d.mix, d.changeUnit)));
  return lines;
}
