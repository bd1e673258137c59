/** Small counts written as words or digits ("top three", "top 3"). */
export const COUNT_WORD = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';

const WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export function countOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : WORDS[word];
  return n !== undefined && n > 0 ? n : undefined;
}
