/**
 * Normalises a message for reading: @mentions and HTML removed, entities decoded, smart quotes
 * straightened, lower case, punctuation that carries no meaning turned to spaces, spaces collapsed.
 * Keeps what periods and figures need: `/` and `-` between digits (2018/19, 2019-01), `%`, and
 * apostrophes inside words (P'boro).
 */
import { MONTH_WORD } from './period/month-words';

/** "Oct-Dec 2019", "Jan–Mar": a dash between two month names is a range, read as "to". */
const MONTH_DASH_MONTH = new RegExp(`\\b(${MONTH_WORD})\\s*-\\s*(?=${MONTH_WORD}\\b)`, 'g');

/** "Jan2020", "dec19": a month name run into its year. */
const MONTH_YEAR_RUN = new RegExp(`\\b(${MONTH_WORD})(?=(?:\\d{2}|\\d{4})\\b)`, 'g');

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ', '&apos;': "'" };

export function normalise(raw: string): string {
  let s = raw.normalize('NFKC');
  s = s.replace(/<at>[^<]*<\/at>/gi, ' ');
  s = s.replace(/<[^>]*>/g, ' ');
  s = s.replace(/&[a-z#0-9]+;/gi, (e) => ENTITIES[e.toLowerCase()] ?? ' ');
  s = s.replace(/[\u2018\u2019\u201B\u2032`´]/g, "'").replace(/[\u201C\u201D\u201E\u2033]/g, '"');
  s = s.replace(/[\u2013\u2014\u2212]/g, '-');
  s = s.toLowerCase();
  s = s.replace(MONTH_DASH_MONTH, '$1 to ').replace(MONTH_YEAR_RUN, '$1 ');
  s = s.replace(/(^|\s)@[\w.-]+/g, ' ');
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\ufeff]/g, ' ');
  s = s.replace(/(\d),(\d{3})\b/g, '$1$2');
  s = s.replace(/(\d)\.(\d)/g, '$1\u0000$2');
  s = s.replace(/(\d)\/(?=\d)/g, '$1\u0001').replace(/(\d)-(?=\d)/g, '$1\u0003');
  s = s.replace(/(\w)'(\w)/g, '$1\u0002$2');
  s = s.replace(/[^a-z0-9%&\s\u0000-\u0003]/g, ' ');
  s = s.replace(/\u0000/g, '.').replace(/\u0001/g, '/').replace(/\u0002/g, "'").replace(/\u0003/g, '-');
  return s.replace(/\s+/g, ' ').trim();
}
