import { z } from 'zod';
import type { Catalogue } from './catalogue-types';

const id = z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and underscores');
const text = z.string().trim().min(1, 'must not be empty');

const ratioSchema = z.object({
  numeratorLabel: text,
  denominatorLabel: text,
  numeratorMetric: id.optional(),
  denominatorMetric: id.optional(),
}).strict();

const metricSchema = z.object({
  id,
  name: text,
  synonyms: z.array(text),
  includes: z.array(text).optional(),
  unit: z.enum(['count', 'percent', 'minutes', 'gbp']),
  polarity: z.enum(['up', 'down', 'neutral']),
  window: z.enum(['month', 'rolling12', 'point']),
  aggregation: z.enum(['sum', 'ratio', 'median', 'point']),
  levels: z.array(z.enum(['force', 'area', 'district'])).min(1, 'must name at least one level'),
  theme: text,
  topic: id,
  definition: text,
  ratio: ratioSchema.optional(),
  strategic: z.boolean().optional(),
  source: text.optional(),
}).strict();

const areaSchema = z.object({
  id,
  name: text,
  level: z.enum(['force', 'area', 'district']),
  parent: id.optional(),
  synonyms: z.array(text),
  towns: z.array(text).optional(),
}).strict();

const catalogueSchema = z.object({
  version: z.number().int().positive(),
  force: text,
  metrics: z.array(metricSchema).min(1),
  areas: z.array(areaSchema).min(1),
}).strict();

export type CatalogueCheck =
  | { readonly kind: 'ok'; readonly catalogue: Catalogue }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** Names the entry (metric or area id) and the field of every problem. */
function describeIssue(raw: unknown, path: readonly PropertyKey[], message: string): string {
  const [section, index, ...rest] = path;
  let where = path.map(String).join('.');
  if ((section === 'metrics' || section === 'areas') && typeof index === 'number') {
    const list = (raw as Record<string, unknown>)[section];
    const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const entryId = entry && typeof entry.id === 'string' ? entry.id : `#${index + 1}`;
    const kind = section === 'metrics' ? 'metric' : 'area';
    where = `${kind} ${entryId}${rest.length ? `, field ${rest.map(String).join('.')}` : ''}`;
  }
  return `${where}: ${message}`;
}

function crossCheck(cat: Catalogue): string[] {
  const problems: string[] = [];
  const metricIds = new Set<string>();
  for (const m of cat.metrics) {
    if (metricIds.has(m.id)) problems.push(`metric ${m.id}: id appears twice`);
    metricIds.add(m.id);
  }
  for (const m of cat.metrics) {
    if (m.aggregation === 'ratio' && !m.ratio) problems.push(`metric ${m.id}, field ratio: a ratio metric needs numerator and denominator labels`);
    if (m.aggregation !== 'ratio' && m.ratio) problems.push(`metric ${m.id}, field ratio: only ratio metrics have one`);
    if (m.aggregation === 'ratio' && m.unit !== 'percent') problems.push(`metric ${m.id}, field unit: a ratio is a percent`);
    for (const ref of [m.ratio?.numeratorMetric, m.ratio?.denominatorMetric]) {
      if (ref !== undefined && !metricIds.has(ref)) problems.push(`metric ${m.id}, field ratio: unknown metric ${ref}`);
    }
    if ((m.window === 'point') !== (m.aggregation === 'point')) problems.push(`metric ${m.id}, field window: point window goes with point aggregation`);
  }
  const areaIds = new Set<string>();
  for (const a of cat.areas) {
    if (areaIds.has(a.id)) problems.push(`area ${a.id}: id appears twice`);
    areaIds.add(a.id);
  }
  const byId = new Map(cat.areas.map((a) => [a.id, a] as const));
  const parentLevel = { force: undefined, area: 'force', district: 'area' } as const;
  for (const a of cat.areas) {
    const want = parentLevel[a.level];
    const parent = a.parent === undefined ? undefined : byId.get(a.parent);
    if (want === undefined && a.parent !== undefined) problems.push(`area ${a.id}, field parent: the force has no parent`);
    if (want !== undefined && (!parent || parent.level !== want)) problems.push(`area ${a.id}, field parent: must name an area of level ${want}`);
  }
  if (cat.areas.filter((a) => a.level === 'force').length !== 1) problems.push('areas: exactly one area must have level force');
  return problems;
}

/** Validates raw catalogue data; every problem names its entry and field. */
export function checkCatalogue(raw: unknown): CatalogueCheck {
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'invalid', problems: parsed.error.issues.map((i) => describeIssue(raw, i.path, i.message)) };
  }
  const catalogue = parsed.data as Catalogue;
  const problems = crossCheck(catalogue);
  return problems.length ? { kind: 'invalid', problems } : { kind: 'ok', catalogue };
}
