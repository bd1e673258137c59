import type { Area, Metric } from '../domain/catalogue-types';
import { KIND_ORDER } from './detectors/configuration';
import type { Candidate, HeadlineKind, Headline } from './headline-types';
import { INSIGHT_CONFIG } from './insight-config';
import { newsScore } from './rank';
import { sentenceOf } from './sentences';

/**
 * Whether another finding about the same metric and area already says this one: a record since a
 * month says "the highest of the last 12 months"; for a rolling-12 measure, the change since March
 * year end says the change on a year ago when both go the same way (the paper gives the year end).
 */
export function saidByAnother(f: Candidate, all: readonly Candidate[]): boolean {
  const has = (kind: HeadlineKind, same: (o: Candidate) => boolean = () => true) => all.some((o) => o.kind === kind && same(o));
  switch (f.kind) {
    case 'n_month_high': return has('highest_since');
    case 'n_month_low': return has('lowest_since');
    case 'vs_last_year': return has('vs_fy_end', (o) => Math.sign(o.change ?? 0) === Math.sign(f.change ?? 0));
    default: return false;
  }
}

/** Records say the most in the fewest words ("the highest monthly total since March 2018"): always told. */
const RECORDS: ReadonlySet<HeadlineKind> = new Set(['highest_since', 'lowest_since', 'n_month_high', 'n_month_low']);

const orderOf = (kind: HeadlineKind) => KIND_ORDER.indexOf(kind);

/**
 * One sentence from the findings about one metric in one area, as the paper writes them: the best
 * `findingsPerHeadline` by news score (`rank.ts`; leaving out what a stronger finding already says, and always
 * keeping a record), told in the detectors' order. The headline's kind and figures are those of its
 * first clause; its score is the best finding's (uncapped).
 */
export function mergeFindings(metric: Metric, area: Area, findings: readonly Candidate[], max = INSIGHT_CONFIG.findingsPerHeadline): Headline | undefined {
  const useful = findings.filter((f) => !saidByAnother(f, findings));
  const byScore = [...useful].sort((a, b) => newsScore(b) - newsScore(a) || b.score - a.score || orderOf(a.kind) - orderOf(b.kind));
  const record = byScore.find((f) => RECORDS.has(f.kind));
  const best = record ? [record, ...byScore.filter((f) => f !== record)].slice(0, max) : byScore.slice(0, max);
  const told = [...best].sort((a, b) => orderOf(a.kind) - orderOf(b.kind));
  const lead = told[0];
  const top = [...useful].sort((a, b) => b.score - a.score)[0];
  if (!lead || !top) return undefined;
  return {
    metric: metric.id,
    area: area.id,
    kind: lead.kind,
    month: lead.month,
    value: lead.value,
    ...(lead.since !== undefined ? { since: lead.since } : {}),
    ...(lead.change !== undefined ? { change: lead.change } : {}),
    ...(lead.changeUnit !== undefined ? { changeUnit: lead.changeUnit } : {}),
    good: lead.good,
    score: top.score,
    strategic: metric.strategic === true,
    text: sentenceOf(metric, area, told),
    findings: best,
  };
}
