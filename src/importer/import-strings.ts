/** Every reason the tidy CSV importer gives for refusing a row or a file, in one place. */
export const IMPORT_REASONS = Object.freeze({
  emptyFile: (header: string) => `the file is empty: expected the header "${header}"`,
  wrongHeader: (header: string, found: string) => `wrong header: expected "${header}", found "${found}"`,
  unterminatedQuote: 'a quoted field is never closed',
  textAfterQuote: 'unexpected text after a closing quote',
  fieldCount: (expected: number, found: number) => `expected ${expected} fields, found ${found}`,
  unknownMetric: (metric: string) => `unknown metric "${metric}"`,
  unknownArea: (area: string) => `unknown area "${area}"`,
  wrongLevel: (metric: string, area: string, level: string, levels: readonly string[]) =>
    `metric "${metric}" is not held at ${level} level (area "${area}"); it is held at: ${levels.join(', ')}`,
  badMonth: (month: string) => `bad month "${month}": expected YYYY-MM with a month from 01 to 12`,
  notNumber: (column: string, text: string) => `${column} "${text}" is not a number`,
  negativeCount: (metric: string, value: number) => `metric "${metric}" is a count and cannot be negative (${value})`,
  needsValue: (metric: string) => `metric "${metric}" needs a value`,
  partsNotAllowed: (metric: string) => `metric "${metric}" is not a ratio: leave numerator and denominator empty`,
  ratioNeedsParts: (metric: string) => `metric "${metric}" is a ratio and needs a numerator and a denominator`,
  negativeNumerator: (value: number) => `numerator cannot be negative (${value})`,
  denominatorNotPositive: (value: number) => `denominator must be more than zero (${value})`,
  numeratorOverDenominator: (numerator: number, denominator: number) => `numerator ${numerator} is more than denominator ${denominator}`,
  percentOutOfRange: (metric: string, value: number) => `metric "${metric}" is a percentage and ${value} is outside 0 to 100`,
  valueDisagrees: (value: number, computed: number) => `value ${value} does not agree with 100 × numerator / denominator = ${computed.toFixed(2)}`,
  duplicateKey: (firstLine: number) => `the same metric, area and month as line ${firstLine}`,
});
