import type { Sentence } from '../sentence';

/** Where the figures should come from: the public police.uk files, when the question says so. */
export type SourceWanted = 'police.uk';

const POLICE_UK = /\b(?:(?:data )?police ?uk|(?:public|open|published) (?:police )?(?:data|figures|stats|statistics)|street level (?:crime )?data)\b/;

/** "police.uk", "data.police.uk", "public data": takes the words and says the source asked for. */
export function extractSource(sentence: Sentence): SourceWanted | undefined {
  let found: SourceWanted | undefined;
  sentence.scan(POLICE_UK, () => {
    found = 'police.uk';
    return true;
  });
  return found;
}
