import type { Comparison } from '../domain/comparisons';
import { windowLength, type Window } from '../domain/window';
import { CHANGE_WORDS, STRINGS } from '../strings';
import { formatChangeSize, looksUnchanged, spanLabel, windowLabel } from './format';

/** What a comparison's window is called: "December 2019", "the previous 12 months", "the 12 months to January 2019". */
function otherWindowName(c: Comparison, asked: Window): string {
  const other: Window = { kind: asked.kind, from: c.from, to: c.to };
  if (asked.kind === 'month' || asked.kind === 'point') return windowLabel(other);
  if (asked.kind === 'rolling12') return `the ${windowLabel(other)}`;
  if (c.kind === 'last_year') return asked.kind === 'fytd' ? `the same months a year earlier (${spanLabel(c.from, c.to)})` : windowLabel(other);
  if (c.kind === 'previous') {
    switch (asked.kind) {
      case 'quarter':
      case 'fy':
      case 'year': return windowLabel(other);
      default: return `the previous ${windowLength(asked)} months (${spanLabel(c.from, c.to)})`;
    }
  }
  return spanLabel(c.from, c.to);
}

/** A comparison kind in a few words, for the "Read as" line. */
export function comparisonName(kind: Comparison['kind']): string {
  return STRINGS.comparisonNames[kind];
}

/** One comparison in the paper's words: "up 0.4ppt on the previous 12 months", "3.3ppt above March year end". */
export function comparisonPhrase(c: Comparison, asked: Window): string {
  const up = c.change > 0;
  const size = formatChangeSize(c);
  switch (c.kind) {
    case 'previous':
    case 'last_year': {
      const name = otherWindowName(c, asked);
      if (looksUnchanged(c)) return `${STRINGS.unchanged} ${CHANGE_WORDS.previous.on(name)}`;
      return `${up ? CHANGE_WORDS.previous.up : CHANGE_WORDS.previous.down} ${size} ${CHANGE_WORDS.previous.on(name)}`;
    }
    case 'fy_end':
      // A year to date is set against the whole previous financial year: say which.
      if (asked.kind === 'fytd') {
        const name = windowLabel({ kind: 'fy', from: c.from, to: c.to });
        return looksUnchanged(c) ? `${STRINGS.unchanged} ${CHANGE_WORDS.previous.on(name)}` : `${up ? CHANGE_WORDS.previous.up : CHANGE_WORDS.previous.down} ${size} ${CHANGE_WORDS.previous.on(name)}`;
      }
      if (looksUnchanged(c)) return CHANGE_WORDS.fyEnd.same;
      return `${size} ${up ? CHANGE_WORDS.fyEnd.up : CHANGE_WORDS.fyEnd.down} ${CHANGE_WORDS.fyEnd.at}`;
    case 'benchmark':
      if (looksUnchanged(c)) return CHANGE_WORDS.benchmark.same;
      return `${size} ${up ? CHANGE_WORDS.benchmark.up : CHANGE_WORDS.benchmark.down} ${CHANGE_WORDS.benchmark.at}`;
  }
}
