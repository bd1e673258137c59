import { z } from 'zod';
import type { Unit } from '../domain/catalogue-types';
import { normalise } from './normalise';
import { stem } from './metric/stem';
import { abbreviationsOf, type Abbreviations } from './abbreviations';
import { escapeRegExp } from './escape-regexp';

/** The words of the language that are not the catalogue's: stop words and measure words. Data, from `data/language.json`. */
export interface Lexicon {
  readonly stopwords: ReadonlySet<string>;
  /** Phrases that say which kind of figure is wanted, by unit. */
  readonly measures: ReadonlyArray<{ readonly unit: Unit; readonly phrase: string; readonly pattern: RegExp }>;
  /** The words of measure phrases: not metric words, so not "unknown" either. */
  readonly measureWords: ReadonlySet<string>;
  /** Places outside the force (neighbouring districts, larger East of England towns, counties), normalised. */
  readonly outsidePlaces: readonly string[];
  /** Words that describe any figure without narrowing it ("recorded", "offences"): help name a metric, never a detail left out. */
  readonly qualifiers: ReadonlySet<string>;
  /**
   * Qualifiers that say the figure is of crimes ("priority crimes"): free only for a metric of one of
   * these themes; said of another figure (a response time) they are a detail it does not hold.
   */
  readonly crimeQualifiers: { readonly words: ReadonlySet<string>; readonly themes: ReadonlySet<string> };
  /** Nouns that ask for a count on their own ("count", "the number", "volume"), as in "outcome rate and count". */
  readonly countNouns: ReadonlySet<string>;
  /** Everyday words a typo's reach from a catalogue word ("murders", "markers"): never read as a misspelling of it. */
  readonly notTypos: ReadonlySet<string>;
  /** Words of a question's frame (periods, comparisons, places) a misspelling is corrected to ("quater" → "quarter"). */
  readonly readingWords: readonly string[];
  /** Short forms written out before reading ("mth" → "month", "burgs" → "burglary"); absent: none. */
  readonly abbreviations?: Abbreviations;
}

const lexiconSchema = z.object({
  stopwords: z.array(z.string().min(1)),
  measures: z.object({
    percent: z.array(z.string().min(1)),
    count: z.array(z.string().min(1)),
    minutes: z.array(z.string().min(1)),
    gbp: z.array(z.string().min(1)),
  }).strict(),
  qualifiers: z.array(z.string().min(1)).optional(),
  countNouns: z.array(z.string().min(1)).optional(),
  abbreviations: z.record(z.string().min(1), z.string().min(1)).optional(),
  notTypos: z.array(z.string().min(1)).optional(),
  readingWords: z.array(z.string().regex(/^[a-z]+$/)).optional(),
  crimeQualifiers: z.object({ words: z.array(z.string().min(1)), themes: z.array(z.string().min(1)) }).strict().optional(),
  placesOutsideForce: z.object({
    neighbouringDistricts: z.array(z.string().min(1)),
    towns: z.array(z.string().min(1)),
    counties: z.array(z.string().min(1)),
  }).strict().optional(),
}).strict();

export type LexiconCheck = { readonly kind: 'ok'; readonly lexicon: Lexicon } | { readonly kind: 'invalid'; readonly problems: readonly string[] };

export function checkLexicon(raw: unknown): LexiconCheck {
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((i) => `language ${i.path.join('.')}: ${i.message}`) };
  const measures = (Object.entries(parsed.data.measures) as [Unit, string[]][]).flatMap(([unit, phrases]) =>
    phrases.map((phrase) => ({ unit, phrase, pattern: new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(phrase)}(?:$|[^a-z0-9])`) })));
  // Longest first, so "how much money" wins over "how much".
  measures.sort((a, b) => b.phrase.length - a.phrase.length);
  // Every word of a measure phrase ("quickly" in "how quickly") says what kind of figure; it is never a detail left out.
  const measureWords = new Set(measures.flatMap((m) => m.phrase.split(' ')));
  const outside = parsed.data.placesOutsideForce;
  const outsidePlaces = outside ? [...outside.neighbouringDistricts, ...outside.towns, ...outside.counties].map((p) => normalise(p)) : [];
  const expansions = new Map<string, string>();
  const problems: string[] = [];
  for (const [short, long] of Object.entries(parsed.data.abbreviations ?? {})) {
    const key = normalise(short);
    const value = normalise(long);
    if (key === '' || value === '') problems.push(`language abbreviations.${short}: both the short form and what it stands for need letters or digits`);
    else if (key === value) problems.push(`language abbreviations.${short}: stands for itself`);
    else if (expansions.has(key)) problems.push(`language abbreviations.${short}: given twice (as "${key}")`);
    else expansions.set(key, value);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  const abbreviations = abbreviationsOf(expansions);
  return { kind: 'ok', lexicon: { stopwords: new Set(parsed.data.stopwords), measures, measureWords, outsidePlaces, qualifiers: new Set((parsed.data.qualifiers ?? []).map((w) => stem(w))), countNouns: new Set(parsed.data.countNouns ?? []), notTypos: new Set((parsed.data.notTypos ?? []).map((w) => normalise(w))), readingWords: parsed.data.readingWords ?? [], crimeQualifiers: { words: new Set((parsed.data.crimeQualifiers?.words ?? []).map((w) => stem(w))), themes: new Set(parsed.data.crimeQualifiers?.themes ?? []) }, ...(abbreviations ? { abbreviations } : {}) } };
}
