/** Every message of the police.uk importer (refusals, the import report), in one place. */
export const POLICE_UK_SAY = Object.freeze({
  emptyFile: 'the file is empty: expected a data.police.uk street-level or outcomes file',
  tidyFile: 'this is a perfbot tidy file (metric,area,month,…): import it with "perfbot import FILE"',
  stopAndSearch: 'this is a data.police.uk stop-and-search file: perfbot imports the street-level crime and outcomes files only',
  wrongHeader: (column: number, expected: string, found: string, kind: string) =>
    `not a data.police.uk ${kind} file: column ${column} should be "${expected}", found "${found || '(nothing)'}"`,
  fieldCount: (expected: number, found: number) => `expected ${expected} fields, found ${found}`,
  badMonth: (month: string) => `bad month "${month}": expected YYYY-MM`,
  otherForce: (found: string, force: string) => `this row falls within "${found}", not ${force}: import only ${force}'s files`,
  unknownCrimeType: (type: string) => `unknown crime type "${type}": if data.police.uk has added it, add it to data/police-uk.json`,
  unterminatedQuote: 'a quoted field is never closed',
  textAfterQuote: 'unexpected text after a closing quote',
  unreadable: (file: string, why: string) => `cannot read ${file}: ${why}`,
  moreRefusals: (n: number) => `… and ${n} more ${n === 1 ? 'problem' : 'problems'}`,

  usage: 'usage: perfbot import police-uk [--db FILE] FILE.csv...',
  summary: 'add data.police.uk street-level crime and outcomes files to the store (each file all or nothing)',
  noFiles: 'no files given',
  imported: (file: string, kind: string, months: string, rows: string, forceOnly: string, values: string, replaced: string, ms: number) =>
    `${file}: ${kind}, ${months}, ${rows} rows${forceOnly}; ${values} values written (${replaced} held before for those months replaced) in ${ms} ms`,
  forceOnly: (noLocation: string, outside: string, examples: string) =>
    ` (${noLocation} without a location and ${outside} outside the force's districts${examples} counted at force level only)`,
  unknownOutcomes: (list: string) => `  outcome types not in data/police-uk.json, counted as "other": ${list}`,
  progress: (file: string, percent: number, rows: string) => `${file}: ${percent}% (${rows} rows)`,
  refusedFile: (file: string) => `${file}: not imported`,
  someRefused: (n: number, of: number) => `perfbot import police-uk: ${n} of ${of} ${of === 1 ? 'file' : 'files'} not imported (the others were)`,
});
