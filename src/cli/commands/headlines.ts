import { isMonth, monthLabel, monthOfDate, type Month } from '../../domain/month';
import type { CatalogueIndex } from '../../domain/catalogue';
import { roundForJson } from '../../answers/format';
import { buildDigest } from '../../insights/digest';
import type { Digest, Headline } from '../../insights/headline-types';
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

function render(catalogue: CatalogueIndex, digest: Digest, json: boolean): string {
  const headlines = digest.kind === 'headlines' ? digest.headlines : [];
  if (json) {
    const message = digest.kind === 'headlines' ? {} : { message: digest.text };
    return `${JSON.stringify({ month: digest.month, ...(digest.area ? { area: digest.area } : {}), headlines: headlines.map((h) => headlineJson(catalogue, h)), ...message })}\n`;
  }
  if (digest.kind !== 'headlines') return `${digest.text}\n`;
  const lines = headlines.map((h, i) => HEADLINES.numbered(i + 1, h.text));
  return `${lines.join('\n')}\n`;
}

/** `perfbot headlines`: the month's most notable figures, as numbered sentences or JSON. */
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
    io.stdout(args.json ? `${JSON.stringify({ month: null, headlines: [], message: HEADLINES.noStoreData })}\n` : `${HEADLINES.noStoreData}\n`);
    return 0;
  }
  const digest = buildDigest(index, catalogue, month, area !== undefined ? { area } : {});
  const place = area !== undefined ? catalogue.area(area) : undefined;
  if (!args.json && digest.kind === 'headlines') io.stdout(`${HEADLINES.title(monthLabel(month), place ? placeOf(place) : '')}\n`);
  io.stdout(render(catalogue, digest, args.json));
  return 0;
}
