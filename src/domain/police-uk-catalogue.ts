import { z } from 'zod';
import type { Metric } from './catalogue-types';

/**
 * The public data.police.uk files as catalogue metrics: one per published crime type
 * (`policeuk_<slug>`), all crime, and the outcomes by category with a positive-outcome rate.
 * Built from `data/police-uk.json`; pure.
 */

const text = z.string().trim().min(1, 'must not be empty');

const crimeTypeSchema = z.object({
  name: text,
  synonyms: z.array(text),
  /** False for anti-social behaviour: published beside crimes, not a crime. */
  countsAsCrime: z.boolean().optional(),
}).strict();

const outcomeCategorySchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and underscores'),
  name: text,
  synonyms: z.array(text),
  positive: z.boolean(),
  outcomeTypes: z.array(text).min(1),
}).strict();

const policeUkSchema = z.object({
  $comment: z.string().optional(),
  force: text,
  source: text,
  crimeTypes: z.array(crimeTypeSchema).min(1),
  outcomeCategories: z.array(outcomeCategorySchema).min(1),
}).strict();

export type PoliceUkSpec = z.infer<typeof policeUkSchema>;
export type CrimeType = z.infer<typeof crimeTypeSchema>;
export type OutcomeCategory = z.infer<typeof outcomeCategorySchema>;

export type PoliceUkCheck =
  | { readonly kind: 'ok'; readonly spec: PoliceUkSpec }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

export const POLICE_UK_PREFIX = 'policeuk_';
export const POLICE_UK_ALL_CRIME = 'policeuk_all_crime';
export const POLICE_UK_OUTCOMES_ALL = 'policeuk_outcomes_all';
export const POLICE_UK_POSITIVE_RATE = 'policeuk_positive_outcome_rate';
const POLICE_UK_TOPIC_OUTCOMES = 'policeuk_outcomes';
const LEVELS = ['force', 'area', 'district'] as const;

/** "Anti-social behaviour" -> "anti_social_behaviour". */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

export function crimeTypeMetricId(name: string): string {
  return `${POLICE_UK_PREFIX}${slugOf(name)}`;
}

export function outcomeCategoryMetricId(category: string): string {
  return `${POLICE_UK_PREFIX}outcomes_${category}`;
}

/** Whether a metric comes from the public police.uk files rather than the force's own figures. */
export function isPoliceUkMetric(metric: Pick<Metric, 'id'>): boolean {
  return metric.id.startsWith(POLICE_UK_PREFIX);
}

export function checkPoliceUk(raw: unknown): PoliceUkCheck {
  const parsed = policeUkSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`) };
  const spec = parsed.data;
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of spec.crimeTypes) {
    const id = crimeTypeMetricId(t.name);
    if (ids.has(id)) problems.push(`crime type ${t.name}: appears twice`);
    ids.add(id);
  }
  const seen = new Map<string, string>();
  for (const c of spec.outcomeCategories) {
    for (const o of c.outcomeTypes) {
      const before = seen.get(o.toLowerCase());
      if (before !== undefined) problems.push(`outcome type "${o}": in both ${before} and ${c.id}`);
      seen.set(o.toLowerCase(), c.id);
    }
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', spec };
}

function countMetric(id: string, name: string, synonyms: readonly string[], topic: string, definition: string, source: string, polarity: Metric['polarity']): Metric {
  return { id, name: `${name} (police.uk)`, synonyms: [name, ...synonyms], unit: 'count', polarity, window: 'month', aggregation: 'sum', levels: LEVELS, theme: 'Public data (police.uk)', topic, definition, source };
}

/** Every police.uk metric, crime types first, in the order of the spec. */
export function policeUkMetrics(spec: PoliceUkSpec): Metric[] {
  const streetSource = `${spec.source} street-level crime files`;
  const outcomeSource = `${spec.source} outcomes files`;
  const located = 'Rows without a location, or located outside the force\'s districts, count at force level only.';
  const metrics: Metric[] = spec.crimeTypes.map((t) => countMetric(
    crimeTypeMetricId(t.name), t.name, t.synonyms, crimeTypeMetricId(t.name),
    `Street-level records of "${t.name}" published on ${spec.source} for ${spec.force}, by month. ${located}`,
    streetSource, 'down'));
  metrics.push(countMetric(POLICE_UK_ALL_CRIME, 'All crime', ['all street-level crime', 'street-level crime', 'crime'], POLICE_UK_ALL_CRIME,
    `Every street-level crime published on ${spec.source} for ${spec.force} in the month (all crime types except anti-social behaviour). ${located}`,
    streetSource, 'down'));
  metrics.push(countMetric(POLICE_UK_OUTCOMES_ALL, 'Outcomes recorded', ['outcomes', 'outcomes recorded', 'crime outcomes'], POLICE_UK_TOPIC_OUTCOMES,
    `Outcomes published on ${spec.source} for ${spec.force}, by the month the outcome was recorded (not the month of the crime). ${located}`,
    outcomeSource, 'neutral'));
  for (const c of spec.outcomeCategories) {
    metrics.push(countMetric(outcomeCategoryMetricId(c.id), c.name, c.synonyms, POLICE_UK_TOPIC_OUTCOMES,
      `Outcomes published on ${spec.source} in the category "${c.name}": ${c.outcomeTypes.join('; ')}.`,
      outcomeSource, c.positive ? 'up' : 'neutral'));
  }
  const positive = spec.outcomeCategories.filter((c) => c.positive).map((c) => c.name.toLowerCase());
  metrics.push({
    id: POLICE_UK_POSITIVE_RATE,
    name: 'Positive outcome rate (police.uk)',
    synonyms: ['positive outcome rate', 'outcome rate', 'police.uk outcome rate'],
    unit: 'percent',
    polarity: 'up',
    window: 'month',
    aggregation: 'ratio',
    levels: LEVELS,
    theme: 'Public data (police.uk)',
    topic: POLICE_UK_TOPIC_OUTCOMES,
    definition: `Positive outcomes (${positive.join(', ')}) as a share of all outcomes published on ${spec.source} for the month the outcomes were recorded. It is not the force's prosecution possible outcome rate, which divides by crimes recorded.`,
    ratio: { numeratorLabel: 'Positive outcomes', denominatorLabel: 'Outcomes recorded', denominatorMetric: POLICE_UK_OUTCOMES_ALL },
    source: outcomeSource,
  });
  return metrics;
}
