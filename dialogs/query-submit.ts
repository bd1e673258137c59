import { z } from 'zod';

/** A month as YYYY-MM. */
const month = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/);
const id = z.string().min(1).max(100);
const comparison = z.enum(['previous', 'last_year', 'fy_end', 'benchmark']);

const period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), month }),
  z.object({ kind: z.literal('rolling12'), to: month.optional() }),
  z.object({ kind: z.literal('fytd'), to: month, startYear: z.number().int().optional() }),
  z.object({ kind: z.literal('fy'), startYear: z.number().int() }),
  z.object({ kind: z.literal('quarter'), from: month, to: month }),
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('range'), from: month, to: month }),
  z.object({ kind: z.literal('since'), from: month }),
]);

/** The reading a card button carries: the Query the card answered (ask-contract.md's `reading`, in full). */
export const querySchema = z.object({
  metric: id,
  areas: z.array(id).max(20),
  breakdown: z.enum(['districts', 'areas', 'below']).optional(),
  period: period.optional(),
  monthOnly: z.boolean(),
  comparisons: z.array(comparison).max(4),
  wantsSeries: z.boolean(),
  extraMetrics: z.array(id).max(5).optional(),
  extraPeriods: z.array(period).max(5).optional(),
  broader: z.string().max(100).optional(),
  unheld: z.string().max(100).optional(),
  ranking: z.object({ order: z.enum(['most', 'least', 'worst', 'best']), level: z.enum(['district', 'area']), top: z.number().int().min(1).max(20).optional() }).optional(),
  perHead: z.boolean().optional(),
  drivers: z.object({ direction: z.enum(['up', 'down']).optional() }).optional(),
});

/** What the button asks for on top of the reading. */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trend') }),
  z.object({ kind: z.literal('compare'), comparison: z.enum(['last_year', 'previous', 'fy_end']) }),
  z.object({ kind: z.literal('breakdown'), breakdown: z.enum(['areas', 'districts']) }),
  z.object({ kind: z.literal('rank'), order: z.enum(['most', 'least', 'worst', 'best']), level: z.enum(['district', 'area']) }),
  z.object({ kind: z.literal('per_head'), on: z.boolean() }),
  z.object({ kind: z.literal('drivers') }),
  z.object({ kind: z.literal('window'), period, monthOnly: z.boolean() }),
]);
