import type { Area, Catalogue, Level, Metric } from './catalogue-types';
import { isPoliceUkMetric } from './police-uk-catalogue';

/** Fast look-ups over a validated catalogue. Built once at start-up. */
export class CatalogueIndex {
  readonly metrics: readonly Metric[];
  /** The force's own figures: every metric but those from the public police.uk files. */
  readonly ownMetrics: readonly Metric[];
  readonly areas: readonly Area[];
  readonly force: Area;
  private readonly metricById: ReadonlyMap<string, Metric>;
  private readonly areaById: ReadonlyMap<string, Area>;

  constructor(readonly catalogue: Catalogue) {
    this.metrics = catalogue.metrics;
    this.ownMetrics = catalogue.metrics.filter((m) => !isPoliceUkMetric(m));
    this.areas = catalogue.areas;
    this.metricById = new Map(catalogue.metrics.map((m) => [m.id, m]));
    this.areaById = new Map(catalogue.areas.map((a) => [a.id, a]));
    const force = catalogue.areas.find((a) => a.level === 'force');
    if (!force) throw new Error('catalogue has no force area');
    this.force = force;
  }

  metric(id: string): Metric | undefined {
    return this.metricById.get(id);
  }

  area(id: string): Area | undefined {
    return this.areaById.get(id);
  }

  children(areaId: string): Area[] {
    return this.areas.filter((a) => a.parent === areaId);
  }

  areasAtLevel(level: Level): Area[] {
    return this.areas.filter((a) => a.level === level);
  }

  /** The districts below an area (itself, for a district). */
  districtsUnder(areaId: string): Area[] {
    const area = this.area(areaId);
    if (!area) return [];
    if (area.level === 'district') return [area];
    return this.children(areaId).flatMap((c) => this.districtsUnder(c.id));
  }

  hasLevel(metric: Metric, areaId: string): boolean {
    const area = this.area(areaId);
    return area !== undefined && metric.levels.includes(area.level);
  }
}
