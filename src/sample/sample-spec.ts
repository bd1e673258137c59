import type { CountShape } from './base-series';

/**
 * The shapes of the sample data: plausible sizes for a county force, seasonal and noisy. Figures the
 * paper states are fitted afterwards (fit-facts.ts). Shares are of the leaves in catalogue order:
 * districts Peterborough, Fenland, Cambridge, South Cambs, East Cambs, Huntingdonshire; or areas
 * North, South.
 */
export const SEED = 20200131;

const DISTRICTS = [0.3, 0.12, 0.22, 0.14, 0.08, 0.14];
const BURGLARY = [0.26, 0.1, 0.27, 0.16, 0.07, 0.14];
const AREAS = [0.42, 0.58];

export const COUNT_SHAPES: Readonly<Record<string, CountShape>> = {
  crimes_all: { base: 8300, season: 0.06, peak: 7, noise: 0.03, shares: DISTRICTS },
  crimes_dwelling_burglary: { base: 224, season: 0.1, peak: 12, noise: 0.05, shares: BURGLARY },
  crimes_business_burglary: { base: 110, season: 0.08, peak: 12, shares: DISTRICTS },
  crimes_violence_with_injury: { base: 560, season: 0.08, peak: 7, drift: 0.07, noise: 0.04, shares: DISTRICTS },
  crimes_violence_without_injury: { base: 1100, season: 0.08, peak: 7, drift: 0.05, shares: DISTRICTS },
  crimes_robbery: { base: 95, season: 0.08, peak: 11, drift: -0.09, noise: 0.06, shares: DISTRICTS },
  crimes_domestic_abuse: { base: 190, season: 0.03, peak: 8, noise: 0.02, shares: DISTRICTS },
  crimes_sexual_offences: { base: 170, drift: 0.06, noise: 0.08, shares: DISTRICTS },
  crimes_vehicle: { base: 480, season: 0.1, peak: 11, shares: DISTRICTS },
  crimes_shoplifting: { base: 560, season: 0.08, peak: 12, shares: DISTRICTS },
  crimes_criminal_damage: { base: 720, season: 0.08, peak: 7, drift: -0.02, shares: DISTRICTS },
  crimes_drugs: { base: 190, noise: 0.1, shares: DISTRICTS },
  crimes_weapons_possession: { base: 45, drift: 0.07, noise: 0.1, shares: DISTRICTS },
  crimes_hate: { base: 95, season: 0.1, peak: 7, drift: 0.05, shares: DISTRICTS },
  asb_incidents: { base: 2600, season: 0.2, peak: 7, drift: -0.04, shares: DISTRICTS },
  tics: { base: 34, noise: 0.12, shares: DISTRICTS },
  community_resolutions: { base: 128, noise: 0.08, shares: DISTRICTS },
  oocd_positive_outcomes: { base: 0 },
  dq_records_assessed: { base: 1480, noise: 0.05 },
  casefiles_assessed: { base: 0 },
  calls_999: { base: 9400, season: 0.08, peak: 7, drift: 0.03, noise: 0.03 },
  calls_101: { base: 21000, season: 0.05, peak: 7, drift: -0.03, noise: 0.03 },
  incidents_dwelling_burglary: { base: 228, season: 0.1, peak: 12, noise: 0.05, shares: BURGLARY },
  comms_authorities_life_at_risk: { base: 5, noise: 0.3 },
};

/** Denominators that are not catalogue metrics: their shapes. */
export const OWN_DENOMINATORS: Readonly<Record<string, CountShape>> = {
  cdi_compliance: { base: 230, noise: 0.05, shares: AREAS },
  prompt_over_4h_rate: { base: 5200, season: 0.06, peak: 7, noise: 0.03, shares: AREAS },
  domestic_prompt_da_share: { base: 400, noise: 0.02 },
};

/** Piecewise-linear paths of rates (fractions), by month position (0 = April 2015, 45 = January 2019, 57 = January 2020). */
export type RatePath = readonly (readonly [number, number])[];

export const RATE_PATHS: Readonly<Record<string, RatePath | readonly RatePath[]>> = {
  ppo_count_all: [[0, 0.08], [21, 0.074], [31, 0.13], [34, 0.121], [45, 0.11], [56, 0.096], [57, 0.112]],
  ppo_count_dwelling_burglary: [
    [[0, 0.072], [40, 0.064], [50, 0.08], [57, 0.08]],
    [[0, 0.074], [44, 0.071], [47, 0.076], [57, 0.14]],
  ],
  ppo_count_domestic_abuse: [[0, 0.15], [33, 0.145], [36, 0.14], [47, 0.138], [49, 0.095], [56, 0.09], [57, 0.14]],
  ppo_count_violence_with_injury: [[0, 0.18], [47, 0.169], [57, 0.153]],
  ppo_count_robbery: [[0, 0.11], [47, 0.108], [57, 0.128]],
  weapon_rate_violence_with_injury: [[0, 0.034], [45, 0.038], [57, 0.06]],
  weapon_rate_robbery: [[0, 0.19], [45, 0.195], [57, 0.235]],
  dq_pass_rate: [[0, 0.6], [40, 0.55], [57, 0.54]],
  casefile_error_rate: [[0, 0.2], [57, 0.15]],
  cdi_compliance: [[0, 0.86], [57, 0.887]],
  calls_999_answered_10s: [[0, 0.9], [56, 0.86], [57, 0.89]],
  calls_101_abandoned_rate: [[0, 0.12], [56, 0.19], [57, 0.24]],
  prompt_over_4h_rate: [[0, 0.16], [57, 0.23]],
  domestic_prompt_da_share: [[0, 0.75]],
  charges: [[0, 0.66]],
};

export function pathAt(path: RatePath, m: number): number {
  const first = path[0];
  if (!first) return 0;
  if (m <= first[0]) return first[1];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (a && b && m <= b[0]) return a[1] + ((b[1] - a[1]) * (m - a[0])) / (b[0] - a[0]);
  }
  return path[path.length - 1]?.[1] ?? 0;
}

/** Medians by leaf: a level in minutes and a seasonal swing. Areas and the force are their own series. */
export const MEDIAN_LEVELS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  response_immediate_median_mins: { force: 12.4, north: 12.9, south: 12.1, peterborough: 10.6, fenland: 16.8, cambridge: 9.8, south_cambridgeshire: 13.9, east_cambridgeshire: 15.2, huntingdonshire: 13.5 },
  response_prompt_median_mins: { force: 96, north: 104, south: 90, peterborough: 92, fenland: 121, cambridge: 78, south_cambridgeshire: 97, east_cambridgeshire: 104, huntingdonshire: 95 },
  response_immediate_burglary_median_mins: { force: 11.6, north: 12.2, south: 11.2 },
  response_prompt_burglary_median_mins: { force: 88, north: 95, south: 84 },
};
