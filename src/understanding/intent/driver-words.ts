import type { Sentence } from '../sentence';

export type Direction = 'up' | 'down';

export interface DriversAsk {
  /** The way the question says the figure moved, if it says. */
  readonly direction?: Direction;
}

const UP = 'up|rise|rises|rising|rose|risen|increase|increased|increases|increasing|higher|high|growth|growing|grown|grew|more|jump|spike|surge';
const DOWN = 'down|fall|falls|falling|fell|fallen|decrease|decreased|decreases|decreasing|drop|dropped|drops|dropping|lower|low|reduction|reduced|decline|declined|declining|less|fewer';
const CHANGE = '(?:rise|increase|fall|drop|decrease|change|jump|spike|reduction|growth|decline)';
/** "the biggest increase", "risen most": which part moved most is a question about the change's parts. */
const MOST_CHANGED = `(?:the )?(?:biggest|largest|greatest|sharpest|steepest|most) ${CHANGE}s?|(?:risen|rose|increased|grown|grew|fallen|fell|dropped|decreased|declined|gone (?:up|down)|went (?:up|down)) (?:the )?most`;
const CUE = new RegExp(`\\b(?:why(?: (?:is|are|has|have|did|was|were))?|what(?:'s| is| are| has been| was)? (?:driving|drove|driven|behind|causing|caused|pushing|fuelling|fueling|explains?)|(?:the )?(?:key |main |biggest |largest )?drivers?(?: of| behind)?|driving (?:the|this|that)|drove|driven by|(?:the )?(?:reasons?|story) (?:for|behind)|behind (?:the|this|that)(?= ${CHANGE})|contribut(?:ed|es|ing|ion|ions|or|ors|e)(?: (?:the )?most)?(?: to)?|accounts? for|accounted for|responsible for|explain(?:s|ing)?(?= (?:the |this |that )?${CHANGE})|cause(?:s|d)? of|(?:come|coming|came) from|${MOST_CHANGED})\\b`);
const DIRECTION = new RegExp(`\\b(?:(?:gone|going|gone up|gone down|so|the|this|that) )?(${UP}|${DOWN})\\b`);
/** "where is the rise in X coming from", "where has it risen most": the "where" belongs to the question about the change. */
const WHERE_FROM = new RegExp(`\\bwhere(?: (?:is|are|does|did|has|have|was))?\\b(?=.*\\b(?:(?:come|coming|came) from|${MOST_CHANGED})\\b)`);
/** "the change in", "movement": a change with no direction named. */
const CHANGE_WORD = /\b(?:the |this |that )?(?:change|changes|changed|movement|moved|shift|difference)\b/;
const PLACE = /\b(?:(?:which|what) (?:districts?|areas?|places?|crime types?|types? of crime|crimes?)|(?:by|per|each|which) (?:district|area|crime type)s?)\b/;

/**
 * "why is burglary up", "what's driving the rise in violence", "which district contributed most to
 * the increase in shoplifting", "what's behind the fall in the outcome rate", "which district saw the
 * biggest increase", "where has shoplifting risen most" (a ranking of the change is the change's
 * parts, not a ranking of the figure): takes the words;
 * undefined when the question does not ask what drives a change.
 */
export function extractDrivers(sentence: Sentence): DriversAsk | undefined {
  if (!CUE.test(sentence.text)) return undefined;
  sentence.scan(WHERE_FROM, () => true);
  sentence.scan(CUE, () => true);
  sentence.scan(CHANGE_WORD, () => true);
  sentence.scan(PLACE, () => true);
  let direction: Direction | undefined;
  sentence.scan(DIRECTION, (m) => {
    const word = m[1] ?? '';
    direction ??= new RegExp(`^(?:${UP})$`).test(word) ? 'up' : 'down';
    return true;
  });
  return direction ? { direction } : {};
}
