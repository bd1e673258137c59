import { ask, type Brain } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import { addMonths, monthIndex, monthNumber } from '../../src/domain/month';
import type { Observation } from '../../src/domain/observation';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';

/**
 * Small, plausible figures for the card tests, 2015-04 to 2020-01, with known directions:
 * dwelling burglary rises (bad), its outcome rate rises (good), robbery falls (good), domestic
 * abuse rises (neutral), immediate response times fall (good); data quality is force-only.
 */
export const FIRST_MONTH = '2015-04';
export const LAST_MONTH = '2020-01';
export const TODAY = '2020-02-10';

const DISTRICTS: ReadonlyArray<readonly [id: string, parent: string, weight: number]> = [
  ['peterborough', 'north', 0.28],
  ['fenland', 'north', 0.12],
  ['cambridge', 'south', 0.24],
  ['south_cambridgeshire', 'south', 0.13],
  ['east_cambridgeshire', 'south', 0.08],
  ['huntingdonshire', 'south', 0.15],
];

/** Deterministic wobble in [-1, 1] for a month and a salt. */
function wobble(n: number, salt: number): number {
  return Math.sin(n * 12.9898 + salt * 78.233);
}

function seasonal(month: string): number {
  return 1 + 0.12 * Math.cos(((monthNumber(month) - 12) / 12) * 2 * Math.PI);
}

interface Part {
  readonly area: string;
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** District figures rolled up to North, South and the force (sums, or ratio parts added). */
function rollUp(parts: readonly Part[]): Part[] {
  const groups: Record<string, Part[]> = { force: [...parts] };
  for (const p of parts) {
    const parent = DISTRICTS.find((d) => d[0] === p.area)?.[1] ?? 'force';
    (groups[parent] ??= []).push(p);
  }
  const sum = (ps: readonly Part[], k: 'value' | 'numerator' | 'denominator') => ps.reduce((s, p) => s + (p[k] ?? 0), 0);
  const rolled = Object.entries(groups).map(([area, ps]) => {
    if (ps[0]?.denominator === undefined) return { area, value: sum(ps, 'value') };
    const numerator = sum(ps, 'numerator');
    const denominator = sum(ps, 'denominator');
    return { area, value: (100 * numerator) / denominator, numerator, denominator };
  });
  return [...parts, ...rolled];
}

function observationsFor(metric: string, month: string, parts: readonly Part[]): Observation[] {
  return parts.map((p) => ({
    metric,
    area: p.area,
    month,
    value: p.numerator === undefined ? p.value : null,
    numerator: p.numerator ?? null,
    denominator: p.denominator ?? null,
  }));
}

function monthObservations(month: string): Observation[] {
  const n = monthIndex(month) - monthIndex(FIRST_MONTH);
  const s = seasonal(month);
  const burglaries = DISTRICTS.map(([area, , w], i) => ({ area, value: Math.round(95 * w * s * (1 + 0.006 * n) * (1 + 0.08 * wobble(n, i))) }));
  const outcomes = burglaries.map((b, i) => ({ area: b.area, value: Math.round(b.value * (0.07 + 0.0007 * n) * (1 + 0.3 * wobble(n, i + 10))) }));
  const robbery = DISTRICTS.map(([area, , w], i) => ({ area, value: Math.round(40 * w * (1 - 0.004 * n) * (1 + 0.1 * wobble(n, i + 20))) }));
  const da = DISTRICTS.map(([area, , w], i) => ({ area, value: Math.round(700 * w * (1 + 0.005 * n) * (1 + 0.05 * wobble(n, i + 30))) }));
  const medians = ['force', 'north', 'south', ...DISTRICTS.map((d) => d[0])].map((area, i) => ({ area, value: Math.round((11.5 - 0.03 * n + 0.6 * wobble(n, i + 40)) * 10) / 10 }));
  const prompt = medians.map((m) => ({ area: m.area, value: Math.round(m.value * 4.2 * 10) / 10 }));
  const assessed = Math.round(900 + 40 * wobble(n, 50));
  const passed = Math.round(assessed * (0.82 + 0.001 * n));
  return [
    ...observationsFor('crimes_dwelling_burglary', month, rollUp(burglaries)),
    ...observationsFor('ppo_count_dwelling_burglary', month, rollUp(outcomes)),
    ...observationsFor('ppo_rate_dwelling_burglary', month, rollUp(outcomes.map((o, i) => ({ area: o.area, value: 0, numerator: o.value, denominator: burglaries[i]?.value ?? 1 })))),
    ...observationsFor('crimes_robbery', month, rollUp(robbery)),
    ...observationsFor('crimes_domestic_abuse', month, rollUp(da)),
    ...observationsFor('response_immediate_median_mins', month, medians),
    ...observationsFor('response_prompt_median_mins', month, prompt),
    ...observationsFor('dq_records_assessed', month, [{ area: 'force', value: assessed }]),
    ...observationsFor('dq_pass_rate', month, [{ area: 'force', value: 0, numerator: passed, denominator: assessed }]),
  ];
}

/** Every fixture observation, FIRST_MONTH to LAST_MONTH. */
export function cardObservations(): Observation[] {
  const out: Observation[] = [];
  for (let m = FIRST_MONTH; monthIndex(m) <= monthIndex(LAST_MONTH); m = addMonths(m, 1)) out.push(...monthObservations(m));
  return out;
}

let cached: Brain | undefined;

/** The real catalogue and language data over the fixture figures, built once per test file. */
export function cardBrain(): Brain {
  cached ??= testBrain(cardObservations());
  return cached;
}

/** The reply to a first question in a new conversation, on the fixture figures. */
export function replyTo(question: string): Reply {
  return ask(question, EMPTY_CONVERSATION, TODAY, cardBrain()).reply;
}
