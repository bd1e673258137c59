import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import type { ChangeUnit } from '../domain/comparisons';
import type { Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import type { Window } from '../domain/window';
import type { Candidate, ClauseForm, HeadlineKind, Judgement } from './headline-types';
import { sentenceOf } from './sentences';
import type { Subject } from './subject';

/** What a detector can read besides its subject (another area's subject, for comparisons of areas). */
export interface ScanContext {
  readonly index: ObservationIndex;
  readonly catalogue: CatalogueIndex;
  readonly month: Month;
  subject(metric: Metric, areaId: string): Subject | undefined;
}

/**
 * One kind of headline: looks at one metric in one area and returns what it finds (usually nothing).
 * Detectors are run as an ordered list (`configuration.ts`); each keeps to one concern.
 */
export interface Detector {
  readonly name: string;
  detect(subject: Subject, context: ScanContext): readonly Candidate[];
}

export interface FindingParts {
  readonly kind: HeadlineKind;
  readonly form: ClauseForm;
  readonly clause: string;
  readonly good: Judgement;
  readonly score: number;
  /** A lasting state rather than news of the month (default: news). */
  readonly lasting?: boolean;
  /** Defaults to the subject's figure and window. */
  readonly value?: number;
  readonly window?: Window;
  readonly area?: string;
  readonly since?: Month;
  readonly change?: number;
  readonly changeUnit?: ChangeUnit;
}

/** A candidate about the subject, with its sentence. */
export function makeCandidate(subject: Subject, parts: FindingParts): Candidate {
  const value = parts.value ?? subject.value;
  const window = parts.window ?? subject.window;
  const { kind, form, clause, good, score } = parts;
  const text = sentenceOf(subject.metric, subject.area, [{ form, clause, value, window }]);
  return {
    metric: subject.metric.id,
    area: parts.area ?? subject.area.id,
    kind,
    month: subject.month,
    value,
    window,
    ...(parts.since !== undefined ? { since: parts.since } : {}),
    ...(parts.change !== undefined ? { change: parts.change } : {}),
    ...(parts.changeUnit !== undefined ? { changeUnit: parts.changeUnit } : {}),
    good,
    score,
    form,
    lasting: parts.lasting ?? false,
    clause,
    text,
  };
}
