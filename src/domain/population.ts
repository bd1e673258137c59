import type { CatalogueIndex } from './catalogue';
import { yearOf, type Month } from './month';

/** One row of `data/population.csv` or `perfbot import population`: residents of an area in a year. */
export interface PopulationRow {
  readonly area: string;
  readonly year: number;
  readonly population: number;
  readonly source: string;
}

/** The residents a rate per head divides by, and where the figure comes from. */
export interface PopulationFigure {
  readonly value: number;
  readonly year: number;
  readonly source: string;
}

/**
 * Residents by area and year. An area without its own row is the sum of its districts (the force
 * and the two areas, as population.md says); a rate uses the latest year not after the window's
 * end, else the earliest year held.
 */
export class PopulationTable {
  private readonly byArea = new Map<string, Map<number, PopulationRow>>();

  /** Later rows for the same area and year replace earlier ones (an import over the shipped file). */
  constructor(rows: Iterable<PopulationRow>, private readonly catalogue: CatalogueIndex) {
    for (const row of rows) {
      let years = this.byArea.get(row.area);
      if (!years) this.byArea.set(row.area, (years = new Map()));
      years.set(row.year, row);
    }
  }

  get size(): number {
    let n = 0;
    for (const years of this.byArea.values()) n += years.size;
    return n;
  }

  /** The figure for one area in one year: its own row, or the sum of its districts (all of them). */
  private inYear(areaId: string, year: number): PopulationFigure | undefined {
    const own = this.byArea.get(areaId)?.get(year);
    if (own) return { value: own.population, year, source: own.source };
    const area = this.catalogue.area(areaId);
    if (!area || area.level === 'district') return undefined;
    const districts = this.catalogue.districtsUnder(areaId);
    if (districts.length === 0) return undefined;
    let value = 0;
    const sources = new Set<string>();
    for (const d of districts) {
      const row = this.byArea.get(d.id)?.get(year);
      if (!row) return undefined;
      value += row.population;
      sources.add(row.source);
    }
    return { value, year, source: [...sources].join(', ') };
  }

  /** Every year the area's figure can be given for, in order. */
  private yearsFor(areaId: string): number[] {
    const years = new Set<number>();
    for (const d of [areaId, ...this.catalogue.districtsUnder(areaId).map((a) => a.id)]) for (const y of this.byArea.get(d)?.keys() ?? []) years.add(y);
    return [...years].filter((y) => this.inYear(areaId, y) !== undefined).sort((a, b) => a - b);
  }

  /** The population a rate for a window ending at `to` uses; undefined when none is held. */
  at(areaId: string, to: Month): PopulationFigure | undefined {
    const years = this.yearsFor(areaId);
    const end = yearOf(to);
    const notAfter = years.filter((y) => y <= end);
    const year = notAfter.length > 0 ? notAfter[notAfter.length - 1] : years[0];
    return year === undefined ? undefined : this.inYear(areaId, year);
  }
}

/** Residents per 1,000: the rate per head of a count. */
export function per1000(value: number, population: number): number {
  return (1000 * value) / population;
}
