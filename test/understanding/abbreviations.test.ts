import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ask } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { checkLexicon } from '../../src/understanding/lexicon';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';
import { rate, sampleRows, total } from '../answers/sample-csv';

/**
 * Short forms typed in chat are read as the words they stand for: the answer is the one the words
 * written out ask for, with the figures worked from the sample CSV files (sample-csv.ts).
 */
const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const TODAY = '2020-02-10';

function reply(q: string): JsonReply {
  return toJson(ask(q, EMPTY_CONVERSATION, TODAY, brain).reply);
}

const burglary = sampleRows('crimes_dwelling_burglary');
const burglaryRate = sampleRows('ppo_rate_dwelling_burglary');

describe('counts, with the short form of the subject or the period', () => {
  test.each([
    ['burgs in Cambridge last month', 'crimes_dwelling_burglary', 'cambridge', '2020-01', '2020-01'],
    ['burg in Fenland jan', 'crimes_dwelling_burglary', 'fenland', '2020-01', '2020-01'],
    ['burglary res north last month', 'crimes_dwelling_burglary', 'north', '2020-01', '2020-01'],
    ['dom abuse last month', 'crimes_domestic_abuse', 'force', '2020-01', '2020-01'],
    ['robbery last mth', 'crimes_robbery', 'force', '2020-01', '2020-01'],
    ['robbery prev month', 'crimes_robbery', 'force', '2020-01', '2020-01'],
    ['burglary last qtr', 'crimes_dwelling_burglary', 'force', '2019-10', '2019-12'],
    ['burglary last 3 mths', 'crimes_dwelling_burglary', 'force', '2019-11', '2020-01'],
    ['shop lifting in Fenland last month', 'crimes_shoplifting', 'fenland', '2020-01', '2020-01'],
    ['burglary figs for Cambridge last month', 'crimes_dwelling_burglary', 'cambridge', '2020-01', '2020-01'],
  ])('"%s" is %s in %s, %s to %s', (q, metric, area, from, to) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ metric, area, from, to, value: total(sampleRows(metric), area, from, to) });
  });
});

describe('rates, with the short form of the subject or the measure', () => {
  test.each([
    ['resi burglary outcome rate', 'force'],
    ['burglary o/c rate South', 'south'],
    ['burg outcome rate last month', 'force'],
    ['burglary det rate', 'force'],
  ])('"%s" is the dwelling burglary outcome rate in %s, 12 months to January 2020', (q, area) => {
    const expected = rate(burglaryRate, area, '2019-02', '2020-01');
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ metric: 'ppo_rate_dwelling_burglary', area, from: '2019-02', to: '2020-01', numerator: expected.numerator, denominator: expected.denominator });
  });
});

test('"12m to Dec" is the 12 months to December 2019', () => {
  const r = reply('burglary 12m to Dec');
  expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', from: '2019-01', to: '2019-12', value: total(burglary, 'force', '2019-01', '2019-12') });
});

test('"vs ly" compares with the same month a year earlier', () => {
  const r = reply('burglary last month vs ly');
  expect(r.status).toBe('answer');
  const jan2019 = total(burglary, 'force', '2019-01', '2019-01');
  expect(r.results[0]?.comparisons.map((c) => [c.kind, c.from, c.value])).toContainEqual(['last_year', '2019-01', jan2019]);
});

test('"VAP" is read as "violence against the person", a total not held: offered choices, no figure', () => {
  for (const q of ['VAP last month', 'violence against the person last month']) {
    const r = reply(q);
    expect(r.status).toBe('clarify');
    expect(r.results).toEqual([]);
    expect(r.options?.map((o) => o.metric)).toContain('crimes_violence_with_injury');
  }
});

test('a short form inside a word is left alone ("resident", "domestic", "burglary")', () => {
  const r = reply('residential burglary in Cambridge last month');
  expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', area: 'cambridge', value: total(burglary, 'cambridge', '2020-01', '2020-01') });
});

describe('the list is data, checked at start', () => {
  const language = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'data', 'language.json'), 'utf8')) as Record<string, unknown>;
  const withAbbreviations = (abbreviations: Record<string, string>) => checkLexicon({ ...language, abbreviations });

  test.each([
    [{ '!!': 'month' }, 'abbreviations.!!: both the short form and what it stands for need letters or digits'],
    [{ mth: 'month', MTH: 'months' }, 'abbreviations.MTH: given twice (as "mth")'],
    [{ month: 'Month' }, 'abbreviations.month: stands for itself'],
  ])('%j is refused: %s', (abbreviations, problem) => {
    const check = withAbbreviations(abbreviations);
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' ? check.problems.join('\n') : '').toContain(problem);
  });

  test('the bundled list loads', () => {
    expect(checkLexicon(language).kind).toBe('ok');
  });
});
