import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkLexicon, type Lexicon } from '../understanding/lexicon';
import { DATA_DIR } from './project-paths';

export const LEXICON_FILE = path.join(DATA_DIR, 'language.json');

/** Reads and validates the language data (stop words, measure words) once. */
export function loadLexicon(file: string = LEXICON_FILE): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the language data ${file}: ${(err as Error).message}`);
  }
  const checked = checkLexicon(raw);
  if (checked.kind === 'invalid') throw new Error(`the language data ${file} is invalid:\n  ${checked.problems.join('\n  ')}`);
  return checked.lexicon;
}
