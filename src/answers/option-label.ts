import type { Area, Metric } from '../domain/catalogue-types';

/** "Median time to attend immediate incidents" or "… , South" when not force-wide. */
export function optionLabel(metric: Metric, area: Area): string {
  return area.level === 'force' ? metric.name : `${metric.name}, ${area.name}`;
}
