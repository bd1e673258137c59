import { editDistance } from './edit-distance';

/**
 * Corrects misspelt words of the question's frame ("finacial year", "last quater", "compaired to"),
 * the way month names are corrected, so the period and comparison readers read them. Only a word
 * no list knows is corrected, only to a word of the `readingWords` list (data/language.json), and
 * only within a typo's reach: same first letter, one edit (two for words of eight letters or more).
 */
export function correctReadingTypos(text: string, readingWords: readonly string[], known: (word: string) => boolean): string {
  if (readingWords.length === 0) return text;
  return text.replace(/\b[a-z]{5,14}\b/g, (word) => {
    if (known(word)) return word;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const target of readingWords) {
      if (target[0] !== word[0]) continue;
      const d = editDistance(word, target);
      if (d <= (target.length >= 8 ? 2 : 1) && d < bestDistance) {
        best = target;
        bestDistance = d;
      }
    }
    return best ?? word;
  });
}
