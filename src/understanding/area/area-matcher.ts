import type { CatalogueIndex } from '../../domain/catalogue';
import type { Area } from '../../domain/catalogue-types';
import { editDistance } from '../edit-distance';
import { monthNumberOf } from '../period/month-words';
import { normalise } from '../normalise';
import type { Sentence } from '../sentence';
import { escapeRegExp } from '../escape-regexp';

export interface AreaReading {
  readonly area: Area;
  readonly text: string;
  readonly source: 'name' | 'synonym' | 'town' | 'typo';
  /** The town named, as the catalogue spells it, when a town stood for its district ("St Ives"). */
  readonly town?: string;
  /** Where in the message the place was named. */
  readonly at?: number;
}

interface AreaPhrase {
  readonly phrase: string;
  readonly area: Area;
  readonly source: AreaReading['source'];
  readonly town?: string;
}

/**
 * Finds areas by id, name, synonym and town, longest phrase first ("South Cambs" before "South",
 * "East Cambridgeshire" before "Cambridgeshire"). A town that is also a month ("March") counts only
 * as "March town"; the period parsers leave "March, Fenland" alone and Fenland names the district.
 */
export class AreaMatcher {
  private readonly pattern: RegExp;
  private readonly byPhrase = new Map<string, AreaPhrase>();
  private readonly singleWords: AreaPhrase[];
  /** "March town", "town of March": towns that are also months, read before any period reader can take the month. */
  private readonly monthTownPattern: RegExp | null;

  constructor(catalogue: CatalogueIndex) {
    const phrases: AreaPhrase[] = [];
    const monthTowns: string[] = [];
    for (const area of catalogue.areas) {
      phrases.push({ phrase: normalise(area.name), area, source: 'name' });
      phrases.push({ phrase: normalise(area.id.replace(/_/g, ' ')), area, source: 'name' });
      for (const s of area.synonyms) phrases.push({ phrase: normalise(s), area, source: 'synonym' });
      for (const t of area.towns ?? []) {
        const town = normalise(t);
        const name = t.replace(/^St\. /, 'St ');
        phrases.push({ phrase: monthNumberOf(town) !== undefined ? `${town} town` : town, area, source: 'town', town: name });
        if (monthNumberOf(town) !== undefined) {
          // "March, Fenland", "March Fenland": the month-named town with its own district.
          for (const phrase of [`town of ${town}`, `${town} ${normalise(area.name)}`]) phrases.push({ phrase, area, source: 'town', town: name });
          monthTowns.push(`town of ${town}`, `${town} town`, `${town} ${normalise(area.name)}`);
        }
      }
    }
    for (const p of phrases) if (p.phrase && !this.byPhrase.has(p.phrase)) this.byPhrase.set(p.phrase, p);
    const ordered = [...this.byPhrase.keys()].sort((a, b) => b.length - a.length);
    // "Peterborough's burglary": the possessive belongs to the place.
    this.pattern = new RegExp(`\\b(?:${ordered.map(escapeRegExp).join('|')})\\b(?:'s\\b)?`, 'g');
    monthTowns.sort((a, b) => b.length - a.length);
    this.monthTownPattern = monthTowns.length > 0 ? new RegExp(`\\b(?:(?:the )?${monthTowns.map(escapeRegExp).join('|(?:the )?')})\\b`, 'g') : null;
    this.singleWords = [...this.byPhrase.values()].filter((p) => !p.phrase.includes(' ') && p.phrase.length >= 6);
  }

  /** Takes the towns that are also months ("the town of March"), before the periods are read. */
  extractMonthTowns(sentence: Sentence): AreaReading[] {
    return this.monthTownPattern ? this.scanWith(sentence, this.monthTownPattern) : [];
  }

  /** Takes every area the sentence names, in order. */
  extract(sentence: Sentence): AreaReading[] {
    return this.scanWith(sentence, this.pattern);
  }

  private scanWith(sentence: Sentence, pattern: RegExp): AreaReading[] {
    const found: AreaReading[] = [];
    sentence.scan(pattern, (m) => {
      // "the north" is "north"; "the city" is a phrase of its own (Cambridge), kept whole.
      const said = m[0].replace(/'s$/, '');
      const p = this.byPhrase.get(said) ?? this.byPhrase.get(said.replace(/^the /, ''));
      if (!p) return false;
      found.push({ area: p.area, text: m[0], source: p.source, at: m.index, ...(p.town !== undefined && p.source === 'town' ? { town: p.town } : {}) });
      return true;
    });
    return found;
  }

  /** A misspelt place name among the words nothing else understood ("Peterbrough", "Huntingdom"). */
  correct(word: string): AreaReading | undefined {
    if (word.length < 6) return undefined;
    const limit = word.length >= 9 ? 2 : 1;
    let best: AreaPhrase | undefined;
    let bestDistance = Infinity;
    for (const p of this.singleWords) {
      if (p.phrase[0] !== word[0]) continue;
      const d = editDistance(word, p.phrase);
      if (d <= limit && d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best ? { area: best.area, text: word, source: 'typo' } : undefined;
  }
}
