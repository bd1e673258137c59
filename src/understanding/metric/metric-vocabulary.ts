import Fuse from 'fuse.js';
import type { Metric } from '../../domain/catalogue-types';
import { normalise } from '../normalise';
import { editDistance } from '../edit-distance';
import type { Lexicon } from '../lexicon';
import { stem } from './stem';
import { FUSE_OPTIONS, maxEdits } from './fuse-config';

export interface MetricPhrase {
  readonly text: string;
  readonly tokens: readonly string[];
  /** A narrower thing the figure includes ("rape" for sexual offences): the figure is broader than asked. */
  readonly broader?: boolean;
}

export interface MetricEntry {
  readonly metric: Metric;
  readonly phrases: readonly MetricPhrase[];
  readonly vocabulary: ReadonlySet<string>;
}

/** The catalogue's names and synonyms as stemmed words, with how telling each word is (idf). */
export class MetricVocabulary {
  readonly entries: readonly MetricEntry[];
  private readonly idf = new Map<string, number>();
  private readonly topicCount = new Map<string, number>();
  private readonly fuse: Fuse<string>;
  private readonly rawFuse: Fuse<string>;
  private readonly rawToStem = new Map<string, string>();
  private readonly corrections = new Map<string, string | undefined>();
  private readonly nameSets = new Map<string, ReadonlySet<string>>();
  private rateNames: ReadonlySet<string> | undefined;

  constructor(metrics: readonly Metric[], private readonly lexicon: Lexicon) {
    this.entries = metrics.map((metric) => {
      const own = [metric.name, ...metric.synonyms].map((text): MetricPhrase => ({ text, tokens: this.tokens(text) }));
      const narrower = (metric.includes ?? []).map((text): MetricPhrase => ({ text, tokens: this.tokens(text), broader: true }));
      const phrases = [...own, ...narrower].filter((p) => p.tokens.length > 0);
      return { metric, phrases, vocabulary: new Set(phrases.flatMap((p) => p.tokens)) };
    });
    const df = new Map<string, number>();
    const topics = new Map<string, Set<string>>();
    for (const e of this.entries) {
      for (const t of e.vocabulary) {
        df.set(t, (df.get(t) ?? 0) + 1);
        let set = topics.get(t);
        if (!set) topics.set(t, (set = new Set()));
        set.add(e.metric.topic);
      }
    }
    for (const [t, set] of topics) this.topicCount.set(t, set.size);
    const n = this.entries.length;
    for (const [t, count] of df) this.idf.set(t, Math.log(1 + n / count));
    this.fuse = new Fuse([...df.keys()].filter((t) => t.length >= 3), FUSE_OPTIONS);
    for (const e of this.entries) {
      for (const p of e.phrases) {
        for (const w of normalise(p.text).split(' ')) if (!this.lexicon.stopwords.has(w)) this.rawToStem.set(w, stem(w));
      }
    }
    this.rawFuse = new Fuse([...this.rawToStem.keys()].filter((w) => w.length >= 3), FUSE_OPTIONS);
  }

  /**
   * The narrower phrase a question named when the metric it reads is broader ("rape" → sexual
   * offences): one of the metric's `includes` said in full while none of its own phrases was.
   */
  broaderPhrase(metricId: string, words: ReadonlySet<string>): string | undefined {
    const entry = this.entries.find((e) => e.metric.id === metricId);
    if (!entry) return undefined;
    const full = (p: MetricPhrase) => p.tokens.every((t) => words.has(t));
    if (entry.phrases.some((p) => !p.broader && full(p))) return undefined;
    return entry.phrases.find((p) => p.broader && full(p))?.text;
  }

  /** The metric's own words: those of its name, synonyms and the narrower things it includes. */
  vocabularyOf(metricId: string): ReadonlySet<string> | undefined {
    return this.entries.find((e) => e.metric.id === metricId)?.vocabulary;
  }

  /** The words of a metric's name (normalised, stemmed), worked out once per name. */
  nameWords(metric: Metric): ReadonlySet<string> {
    let words = this.nameSets.get(metric.name);
    if (!words) this.nameSets.set(metric.name, (words = new Set(this.tokens(metric.name))));
    return words;
  }

  /** Normalised, stop words out, stemmed. */
  tokens(text: string): string[] {
    return normalise(text)
      .split(/[\s\u00b7]+/)
      .filter((w) => w.length > 0 && !this.lexicon.stopwords.has(w))
      .map((w) => stem(w.replace(/'s$/, '')));
  }

  /** Whether a word describes any figure without narrowing it ("offences", "recorded"): the language's qualifiers. */
  isQualifier(token: string): boolean {
    return this.lexicon.qualifiers.has(token);
  }

  /** Whether a word goes before "rate" in the name of a percentage the catalogue holds ("outcome rate", "charge rate", "pass rate"). */
  namesARate(token: string): boolean {
    if (!this.rateNames) {
      const names = new Set<string>();
      for (const e of this.entries) {
        if (e.metric.unit !== 'percent') continue;
        for (const p of e.phrases) p.tokens.forEach((t, i) => { if (t === 'rate' && i > 0) names.add(p.tokens[i - 1] as string); });
      }
      this.rateNames = names;
    }
    return this.rateNames.has(token);
  }

  /** Whether a word says what kind of figure rather than what about: it runs across many topics ("rate", "outcome"). */
  isGeneric(token: string, topics: number): boolean {
    return (this.topicCount.get(token) ?? 0) >= topics;
  }

  knows(token: string): boolean {
    return this.idf.has(token);
  }

  weight(token: string): number | undefined {
    return this.idf.get(token);
  }

  /**
   * The catalogue word a word stands for: itself, or the nearest catalogue word within a typo's reach
   * (same first letter), tried on the stem and on the word as typed ("shoplifitng"). A word of its
   * own on the language's `notTypos` list ("murders", "change") is never a misspelling.
   */
  correct(word: string): string | undefined {
    const token = stem(word);
    if (this.idf.has(token)) return token;
    if (this.lexicon.notTypos.has(word) || this.lexicon.qualifiers.has(token)) return undefined;
    if (this.corrections.has(word)) return this.corrections.get(word);
    const best = this.nearest(this.fuse, token, (hit) => hit) ?? this.nearest(this.rawFuse, word, (hit) => this.rawToStem.get(hit));
    this.corrections.set(word, best);
    return best;
  }

  private nearest(fuse: Fuse<string>, text: string, toStem: (hit: string) => string | undefined): string | undefined {
    const limit = maxEdits(text.length);
    if (limit === 0 || /\d/.test(text)) return undefined;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const hit of fuse.search(text, { limit: 8 })) {
      const d = editDistance(text, hit.item);
      if (d <= limit && d < bestDistance && hit.item[0] === text[0]) {
        best = toStem(hit.item);
        bestDistance = d;
      }
    }
    return best;
  }
}
