import { isMonth, monthLabel, monthOfDate, type Month } from '../../domain/month';
import type { CatalogueIndex } from '../../domain/catalogue';
import { roundForJson } from '../../answers/format';
import type { Candidate, Headline } from '../../insights/headline-types';
import { buildMonthlyDigest } from '../../insights/monthly-digest';
import type { MonthlyDigest } from '../../insights/strategic/strategic-types';
import { digestText } from '../../../cards/digest-card';
import { latestCompleteMonth } from '../../insights/latest-month';
import { placeOf } from '../../insights/sentences';
import { loadBrain } from '../../io/load-brain';
import { HEADLINES } from '../../strings';
import { parseArgs } from '../args';

export interface HeadlinesIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Today as YYYY-MM-DD, read by the entry point. */
  readonly today: string;
}

interface HeadlinesArgs {
  readonly month?: Month;
  readonly area?: string;
  readonly json: boolean;
  readonly db?: string;
}

function parseHeadlinesArgs(argv: readonly string[]): HeadlinesArgs | string {
  const parsed = parseArgs(argv, { options: ['month', 'area', 'db'], flags: ['json'] });
  if (parsed.kind === 'usage') return parsed.message;
  const { options, flags, positionals } = parsed.args;
  const word = positionals[0];
  if (word !== undefined) return word.startsWith('-') ? HEADLINES.unknownOption(word) : HEADLINES.unexpected(word);
  const json = flags.has('json');
  const month = options.get('month');
  const area = options.get('area');
  const db = options.get('db');
  if (month !== undefined && !isMonth(month)) return HEADLINES.badMonth(month);
  return { json, ...(month !== undefined ? { month } : {}), ...(area !== undefined ? { area } : {}), ...(db !== undefined ? { db } : {}) };
}

/** An area by id or name, as typed ("south", "South Cambridgeshire", "south-cambridgeshire"). */
function findArea(catalogue: CatalogueIndex, text: string): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  const wanted = norm(text);
  return catalogue.areas.find((a) => norm(a.id) === wanted || norm(a.name) === wanted)?.id;
}

function headlineJson(catalogue: CatalogueIndex, h: Headline) {
  const unit = catalogue.metric(h.metric)?.unit ?? 'count';
  return {
    metric: h.metric,
    area: h.area,
    kind: h.kind,
    text: h.text,
    value: roundForJson(h.value, unit),
    since: h.since ?? null,
    change: h.change !== undefined ? roundForJson(h.change, h.changeUnit ?? unit) : null,
    changeUnit: h.changeUnit ?? null,
    good: h.good,
    score: Math.round(h.score * 100) / 100,
  };
}

/** An insight: its kind, metric and area, and its month, change and district where they apply. */
function insightJson(catalogue: CatalogueIndex, c: Candidate) {
  const unit = catalogue.metric(c.metric)?.unit ?? 'count';
  return {
    kind: c.kind,
    metric: c.metric,
    area: c.area,
    text: c.clause,
    value: roundForJson(c.value, unit),
    ...(c.since !== undefined ? { since: c.since } : {}),
    ...(c.change !== undefined ? { change: roundForJson(c.change, c.changeUnit ?? unit), changeUnit: c.changeUnit ?? unit } : {}),
    ...(c.part !== undefined ? { part: c.part, share: Math.round((c.share ?? 0) * 1000) / 1000 } : {}),
    good: c.good,
    score: Math.round(c.score * 100) / 100,
  };
}

function render(catalogue: CatalogueIndex, digest: MonthlyDigest, json: boolean): string {
  if (json) {
    const area = digest.area ? { area: digest.area } : {};
    if (digest.kind !== 'digest') return `${JSON.stringify({ month: digest.month, ...area, strategic: [], headlines: [], message: digest.text })}\n`;
    return `${JSON.stringify({
      month: digest.month,
      ...area,
      strategic: digest.strategic.map((p) => ({ metric: p.metric, area: p.area, text: p.text, insights: p.insights.map((c) => insightJson(catalogue, c)) })),
      headlines: digest.headlines.map((h) => ({ ...headlineJson(catalogue, h), insights: h.findings.map((c) => insightJson(catalogue, c)) })),
      ...(digest.quiet ? { quiet: digest.quiet } : {}),
    })}\n`;
  }
  return `${digestText(digest)}\n`;
}

/** `perfbot headlines`: the month's digest (strategic measures, then numbered headlines), as text or JSON. */
export async function headlinesCommand(argv: readonly string[], io: HeadlinesIo): Promise<number> {
  const args = parseHeadlinesArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`perfbot headlines: ${args}\n${HEADLINES.usage}\n`);
    return 2;
  }
  const brain = await loadBrain({ env: io.env, ...(args.db !== undefined ? { db: args.db } : {}), log: io.stderr });
  const { catalogue, index } = brain;
  const area = args.area !== undefined ? findArea(catalogue, args.area) : undefined;
  if (args.area !== undefined && area === undefined) {
    io.stderr(`perfbot headlines: ${HEADLINES.unknownArea(args.area, catalogue.areas.map((a) => a.id).join(', '))}\n`);
    return 2;
  }
  const month = args.month ?? latestCompleteMonth(index, catalogue, monthOfDate(io.today));
  if (month === undefined) {
    io.stdout(args.json ? `${JSON.stringify({ month: null, strategic: [], headlines: [], message: HEADLINES.noStoreData })}\n` : `${HEADLINES.noStoreData}\n`);
    return 0;
  }
  const digest = buildMonthlyDigest(index, catalogue, month, area !== undefined ? { area } : {});
  const place = area !== undefined ? catalogue.area(area) : undefined;
  if (!args.json && digest.kind === 'digest') io.stdout(`${HEADLINES.title(monthLabel(month), place ? placeOf(place) : '')}\n\n`);
  io.stdout(render(catalogue, digest, args.json));
  return 0;
}
