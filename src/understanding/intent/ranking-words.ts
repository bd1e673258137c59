import type { Sentence } from '../sentence';
import { COUNT_WORD, countOf } from './number-words';

/** How a ranking is ordered, as asked: by size ("most", "lowest") or by performance ("worst", "best"). */
export type RankOrder = 'most' | 'least' | 'worst' | 'best';
export type RankLevel = 'district' | 'area';

export interface RankingAsk {
  readonly order: RankOrder;
  readonly level: RankLevel;
  /** "top 3": how many the question wants named. */
  readonly top?: number;
  /** "which is worst?" names no level: a follow-up ranks the places the conversation was about. */
  readonly levelImplied?: boolean;
}

const ORDER_WORDS: ReadonlyArray<readonly [RankOrder, string]> = [
  ['most', 'most|highest|largest|biggest|greatest|top|max(?:imum)?|higher|slowest|longest'],
  ['least', 'least|fewest|lowest|smallest|bottom|min(?:imum)?|lower|fastest|quickest|shortest'],
  ['worst', 'worst|poorest|weakest|worse'],
  ['best', 'best|strongest|better'],
];
const ORDER = new RegExp(`\\b(?:the )?(${ORDER_WORDS.map(([, w]) => w).join('|')})\\b`);
const LEVEL_WORD = '(?:districts?|areas?|lpas?|lprs?|local authorit(?:y|ies)|council areas?|places?|parts? of the (?:force|county))';
/** Words that make the order words a ranking of places rather than, say, "the highest month". */
const PLACE_CUE = new RegExp(`\\b(?:(?:in |for )?(?:which|what) ${LEVEL_WORD}|where|${LEVEL_WORD}|which(?: one)?(?= (?:is|was|has|had|did|does|comes?|came) (?:the )?(?:${ORDER_WORDS.map(([, w]) => w).join('|')})\\b))\\b`);
const RANK_WORD = /\b(?:rank(?:ed|ing|ings|s)?|league table|order(?:ed)? by|sort(?:ed)? by)\b/;
const TOP_N = new RegExp(`\\b(top|bottom|first|worst|best|highest|lowest) (${COUNT_WORD})\\b|\\b(${COUNT_WORD}) (worst|best|highest|lowest|most|least|biggest|smallest)\\b|\\b(${COUNT_WORD})(?= (?:districts|areas|places)\\b)`);
const LEVEL_TAKEN = new RegExp(`\\b(?:(?:in |for )?(?:which|what) ${LEVEL_WORD}|where|which(?: one)?(?= (?:is|was|has|had|did|does|comes?|came) )|(?:each|every|all|all the|the|of the|across the) ${LEVEL_WORD}|${LEVEL_WORD})\\b`);

function orderOf(word: string): RankOrder {
  for (const [order, words] of ORDER_WORDS) if (new RegExp(`^(?:${words})$`).test(word)) return order;
  return 'most';
}

/**
 * "which district has the most burglaries", "top 3 districts for ASB", "where is domestic abuse
 * highest", "rank the districts by shoplifting": takes the ranking's words and returns how to order
 * which level. Order words alone ("highest month") are not a ranking: a place word, "where", "rank"
 * or "top N" must be there too.
 */
export function extractRanking(sentence: Sentence): RankingAsk | undefined {
  const text = sentence.text;
  const topN = TOP_N.exec(text);
  const rank = RANK_WORD.test(text);
  const order = ORDER.exec(text);
  const cue = PLACE_CUE.exec(text);
  if (!topN && !rank && !(order && cue)) return undefined;

  let top: number | undefined;
  let orderWord = order?.[1];
  if (topN) {
    top = countOf(topN[2] ?? topN[3] ?? topN[5] ?? '');
    orderWord = topN[1] === 'first' ? 'top' : topN[1] ?? topN[4] ?? orderWord;
  }
  const levelText = cue?.[0] ?? '';
  const implied = !topN && !rank && /^which(?: one)?$/.test(levelText);
  const level: RankLevel = /\b(?:area|areas|lpa|lpas|lpr|lprs)\b/.test(levelText) ? 'area' : 'district';

  sentence.scan(TOP_N, () => true);
  sentence.scan(ORDER, () => true);
  sentence.scan(RANK_WORD, () => true);
  sentence.scan(LEVEL_TAKEN, () => true);
  return { order: orderOf(orderWord ?? 'most'), level, ...(top !== undefined ? { top } : {}), ...(implied ? { levelImplied: true } : {}) };
}
