import type { CatalogueIndex } from '../../domain/catalogue';
import type { Area, StrategicMeasure } from '../../domain/catalogue-types';
import type { Month } from '../../domain/month';
import type { ObservationIndex } from '../../domain/observation-index';
import type { Candidate, Headline } from '../headline-types';

/** One strategic measure told as a paragraph, with every insight it tells. */
export interface StrategicParagraph {
  readonly metric: string;
  readonly area: string;
  readonly text: string;
  readonly sentences: readonly string[];
  readonly insights: readonly Candidate[];
  /** The metric and area pairs ("metric|area") the paragraph tells; the headlines leave them out. */
  readonly covers: readonly string[];
}

/** The monthly digest: the strategic paragraphs, then the headlines for everything else. */
export type MonthlyDigest =
  | {
    readonly kind: 'digest';
    readonly month: Month;
    readonly area?: string;
    readonly strategic: readonly StrategicParagraph[];
    readonly headlines: readonly Headline[];
    /** Said when nothing but the strategic measures is notable. */
    readonly quiet?: string;
  }
  | { readonly kind: 'no_data'; readonly month: Month; readonly area?: string; readonly text: string };

/** What a paragraph's sentences read. */
export interface ParagraphContext {
  readonly index: ObservationIndex;
  readonly catalogue: CatalogueIndex;
  readonly month: Month;
  readonly area: Area;
  readonly measure: StrategicMeasure;
  /** The insights told about a metric in an area (deduplicated, above the clause score), best kind first. */
  told(metric: string, area: string): readonly Candidate[];
}

export const pairKey = (metric: string, area: string): string => `${metric}|${area}`;
