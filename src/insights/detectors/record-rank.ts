import type { RecordKind } from '../../domain/records';
import { recordChance } from './chance';
import type { Subject } from '../subject';

/**
 * The chance of a record over `span` months. A calendar-month series with seasonal effects is
 * judged on its adjusted figures, so a January low in a series that always dips in January counts
 * for little: the chance is the adjusted figure's rank among the span's adjusted figures, over
 * span + 1. Otherwise, `recordChance`.
 */
export function recordRankChance(subject: Subject, kind: RecordKind, span: number): number {
  if (subject.window.kind !== 'month' || !subject.effects) return recordChance(subject.window.kind, span);
  const points = subject.adjusted.slice(-(span + 1));
  const now = points[points.length - 1];
  if (!now || now.month !== subject.month) return recordChance(subject.window.kind, span);
  const atLeast = points.filter((p) => (kind === 'highest' ? p.value >= now.value : p.value <= now.value)).length;
  return atLeast / points.length;
}
