import { isMonth } from '../domain/month';
import type { PoliceUkKind } from './file-kind';
import { lsoaDistrictName, type PoliceUkLookup } from './lookup';
import { POLICE_UK_SAY as SAY } from './police-uk-strings';

const MONTH = 1;
const FALLS_WITHIN = 3;
const LSOA_NAME = 8;
/** Crime type (street files) or outcome type (outcomes files). */
const WHAT = 9;
const EXAMPLES = 5;

/** What one file held, for the import report. */
export interface TallyReport {
  readonly rows: number;
  readonly byMonth: ReadonlyMap<string, number>;
  /** Rows with no LSOA: counted at force level only. */
  readonly noLocation: number;
  /** Rows whose LSOA is in none of the force's districts: counted at force level only. */
  readonly outsideForce: number;
  readonly outsideExamples: readonly string[];
  /** Outcome types the spec does not list (counted in the fallback category). */
  readonly unknownOutcomes: ReadonlyMap<string, number>;
}

/**
 * Counts one police.uk file's rows by month, what (crime type metric, or outcome category) and
 * place (district id, or '' for force level only). Pure: rows go in one by one; a row that cannot
 * be counted gives the reason the file is refused.
 */
export class PoliceUkTally {
  /** `month|what|place` -> rows. */
  readonly counts = new Map<string, number>();
  private readonly byMonth = new Map<string, number>();
  private readonly unknownOutcomes = new Map<string, number>();
  private readonly examples = new Set<string>();
  private rows = 0;
  private noLocation = 0;
  private outsideForce = 0;
  private readonly force: string;

  constructor(readonly kind: PoliceUkKind, private readonly columns: number, private readonly lookup: PoliceUkLookup) {
    this.force = lookup.force.toLowerCase();
  }

  /** Counts a data row; the reason when it cannot be counted. */
  add(fields: readonly string[]): string | undefined {
    if (fields.length !== this.columns) return SAY.fieldCount(this.columns, fields.length);
    const month = (fields[MONTH] ?? '').trim();
    if (!isMonth(month)) return SAY.badMonth(month);
    const within = (fields[FALLS_WITHIN] ?? '').trim();
    if (within.toLowerCase() !== this.force) return SAY.otherForce(within, this.lookup.force);
    const what = this.what((fields[WHAT] ?? '').trim());
    if (what === undefined) return SAY.unknownCrimeType((fields[WHAT] ?? '').trim());
    const lsoa = (fields[LSOA_NAME] ?? '').trim();
    let place = '';
    if (lsoa === '') this.noLocation++;
    else {
      const district = this.lookup.districtByName.get(lsoaDistrictName(lsoa));
      if (district) place = district;
      else {
        this.outsideForce++;
        if (this.examples.size < EXAMPLES) this.examples.add(lsoa);
      }
    }
    const key = `${month}|${what}|${place}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.byMonth.set(month, (this.byMonth.get(month) ?? 0) + 1);
    this.rows++;
    return undefined;
  }

  get rowCount(): number {
    return this.rows;
  }

  months(): string[] {
    return [...this.byMonth.keys()].sort();
  }

  report(): TallyReport {
    return { rows: this.rows, byMonth: new Map([...this.byMonth].sort()), noLocation: this.noLocation, outsideForce: this.outsideForce, outsideExamples: [...this.examples], unknownOutcomes: this.unknownOutcomes };
  }

  private what(text: string): string | undefined {
    const lower = text.toLowerCase();
    if (this.kind === 'street') return this.lookup.crimeTypeMetric.get(lower);
    const category = this.lookup.categoryOf.get(lower);
    if (category !== undefined) return category;
    this.unknownOutcomes.set(text, (this.unknownOutcomes.get(text) ?? 0) + 1);
    return this.lookup.fallbackCategory;
  }
}
