/**
 * The text of a message while extractors read it: what an extractor takes is blanked out with a
 * separator that no later pattern can match across, so each word is read once.
 */
export const TAKEN = '\u00b7';

export interface Span {
  readonly start: number;
  readonly end: number;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The patterns are module constants: their global copies are made once, not on every message. */
function globalVersion(pattern: RegExp): RegExp {
  let re = GLOBAL.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL.set(pattern, re);
  }
  return re;
}

export class Sentence {
  private current: string;

  constructor(readonly original: string) {
    this.current = original;
  }

  get text(): string {
    return this.current;
  }

  take(span: Span): void {
    this.current = this.current.slice(0, span.start) + TAKEN.repeat(span.end - span.start) + this.current.slice(span.end);
  }

  /** Runs a global pattern over what is left; for each match `onMatch` says whether it took it. */
  scan(pattern: RegExp, onMatch: (m: RegExpExecArray) => boolean): void {
    const re = globalVersion(pattern);
    re.lastIndex = 0;
    const taken: Span[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.current)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (onMatch(m)) taken.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const span of taken) this.take(span);
  }

  /** The words not taken yet. */
  words(): string[] {
    return this.current.split(/[\s\u00b7]+/).filter((w) => w.length > 0);
  }
}
