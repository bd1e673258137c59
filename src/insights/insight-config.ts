import type { Level } from '../domain/catalogue-types';

/** Every threshold of the insights engine, in one frozen place. */
export const INSIGHT_CONFIG = Object.freeze({
  /** A rate whose window has fewer cases than this underneath it is not reported. */
  minDenominator: 30,
  /** "The highest since …" only when the value was last reached at least this many months before. */
  minSinceSpan: 13,
  /** "The highest of the last n months". */
  extremeMonths: 12,
  /** Rising or falling: at least this many consecutive months, each beyond the one before. */
  minRunMonths: 4,
  /** The statistical process control baseline: the months before the one judged. */
  spcBaselineMonths: 24,
  spcSigmas: 3,
  /** Months in a row on one side of the baseline mean that make a signal. */
  spcRunMonths: 7,
  /** The long-term trend: the rolling-12 figure over this many months. */
  trendMonths: 24,
  /** North and South moving apart: the gap now against the gap this many months before. */
  divergenceMonths: 12,
  /** A concentrated change: one district holds more than this share of the change of the area above it. */
  concentratedShare: 0.5,
  /** A measure whose figures began within this many months is new (`new-series.ts`). */
  newSeriesMonths: 6,
  /** A month-on-month move under this share of its standard error is "stable month on month". */
  stableShare: 0.5,
  /** Headlines after the strategic paragraphs in the monthly digest. */
  digestHeadlines: 8,
  /** The noise of a series is measured over this many months before the month judged. */
  noiseMonths: 36,
  /**
   * A metric and area make the digest only with a finding scoring at least this (one chance in 20);
   * a weaker finding (at least `minClauseScore`, e.g. a 12-month high, one chance in 12) can join
   * the sentence as a second clause. Everything stays in the candidate list.
   */
  minDigestScore: 1.64,
  minClauseScore: 1.28,
  /** Digest size, findings per sentence, sentences per metric (across areas). */
  digestMax: 10,
  findingsPerHeadline: 2,
  headlinesPerMetric: 2,
  /**
   * Ranking weight by area level: the force figure first among equals, then North and South, then
   * districts (there are many of them, so more of their findings are chance).
   */
  levelWeight: { force: 1, area: 0.85, district: 0.7 } as Readonly<Record<Level, number>>,
  /** Scores within this band count as equal, and a strategic measure goes first among them. */
  equalBand: 0.5,
  /**
   * Beyond this score (about one chance in 4,000) a finding is as certain as it needs to be: for
   * ranking, scores are capped here, so among certain findings the strategic measures and the
   * force come first rather than the ever smaller chance of a steady series.
   */
  certainScore: 3.5,
  /**
   * A lasting state (a trend that continues, a run of months) is context rather than news: it was
   * news when it began. For ranking and for choosing clauses it counts at most this.
   */
  lastingScore: 2.5,
});
