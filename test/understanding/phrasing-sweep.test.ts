import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ask } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';
import { DISTRICTS, rate, sampleRows, total } from '../answers/sample-csv';
import { lastReplyOf } from '../helpers/conversation';

/**
 * Phrasings found in a sweep of how people ask, each once read wrongly. Expected figures are worked
 * from the sample CSV files (sample-csv.ts); windows follow the ask contract with today 2020-02-10.
 */
const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const TODAY = '2020-02-10';

function reply(q: string): JsonReply {
  return toJson(ask(q, EMPTY_CONVERSATION, TODAY, brain).reply);
}

/** The last reply of the turns played as one conversation. */
const conversation = (...turns: string[]): JsonReply => lastReplyOf(brain, TODAY, turns);

/** No figure at all, and the words not held named in the reply. */
function expectRefusedNaming(q: string, words: string): void {
  const r = reply(q);
  expect(r.status).toBe('unknown');
  expect(r.results).toEqual([]);
  expect(r.unsupported).toContain(words);
}

describe('everyday words are never read as a misspelt catalogue word', () => {
  test.each([
    ['murders last month', 'murders'],
    ['offenders north', 'offenders'],
    ['burglary projection', 'projection'],
    ['crime by division', 'division'],
    ['detectives in the north', 'detectives'],
    ['child protection referrals', 'protection'],
    ['section 18 assaults', 'section'],
    ['care homes burglary', 'care'],
  ])('"%s" gives no figure and names "%s" as not understood', (q, word) => {
    expectRefusedNaming(q, word);
  });
});

describe('a question about movement is answered with the changes, never as another figure', () => {
  const crime = sampleRows('crimes_all');
  const burglary = sampleRows('crimes_dwelling_burglary');
  const robbery = sampleRows('crimes_robbery');
  const shoplifting = sampleRows('crimes_shoplifting');
  test.each([
    ['all crime change', 'crimes_all', crime, 'force'],
    ['all crime % change', 'crimes_all', crime, 'force'],
    ['has burglary gone up', 'crimes_dwelling_burglary', burglary, 'force'],
    ['is robbery increasing', 'crimes_robbery', robbery, 'force'],
    ['rise in burglary', 'crimes_dwelling_burglary', burglary, 'force'],
    ['has shoplifting fallen in Fenland', 'crimes_shoplifting', shoplifting, 'fenland'],
  ])('"%s" is %s in %s in January 2020, against December 2019 and January 2019', (q, metric, rows, area) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ metric, area, from: '2020-01', to: '2020-01', value: total(rows, area, '2020-01', '2020-01') });
    const kinds = r.results[0]?.comparisons.map((c) => [c.kind, c.from, c.value]);
    expect(kinds).toContainEqual(['previous', '2019-12', total(rows, area, '2019-12', '2019-12')]);
    expect(kinds).toContainEqual(['last_year', '2019-01', total(rows, area, '2019-01', '2019-01')]);
  });

  test('"percentage change on last year" asks for the change on a year earlier, of the count', () => {
    const r = reply('all crime percentage change on last year');
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_all', area: 'force', value: total(crime, 'force', '2020-01', '2020-01') });
    expect(r.reading?.comparisons).toEqual(['last_year']);
  });
});

describe('a word only part of several metrics\' names is put to the user', () => {
  test.each([
    ['theft last month', 'force'],
    ['thefts in Fenland', 'fenland'],
  ])('"%s": shoplifting or vehicle crime, no figure', (q, area) => {
    const r = reply(q);
    expect(r.status).toBe('clarify');
    expect(r.results).toEqual([]);
    expect(r.options?.map((o) => [o.metric, o.area])).toEqual(expect.arrayContaining([['crimes_shoplifting', area], ['crimes_vehicle', area]]));
  });

  test('"violence" offers violence without injury too', () => {
    const r = reply('violence last month');
    expect(r.status).toBe('clarify');
    expect(r.options?.map((o) => o.metric)).toEqual(expect.arrayContaining(['crimes_violence_with_injury', 'crimes_violence_without_injury']));
  });
});

test('"the city" is Cambridge (catalogue.md: Cambridge City, the city)', () => {
  const crime = sampleRows('crimes_all');
  for (const q of ['crime in the city last month', 'crime in the city']) {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_all', area: 'cambridge', from: '2020-01', to: '2020-01', value: total(crime, 'cambridge', '2020-01', '2020-01') });
  }
});

describe('periods written as people write them', () => {
  const shoplifting = sampleRows('crimes_shoplifting');
  test.each([
    ['shoplifting Oct-Dec 2019', 'range', '2019-10', '2019-12'],
    ['shoplifting Jan\u2013Mar 2019', 'range', '2019-01', '2019-03'],
    ['shoplifting month of January', 'month', '2020-01', '2020-01'],
    ['shoplifting since the start of the financial year', 'fytd', '2019-04', '2020-01'],
    ['shoplifting since the beginning of the financial year', 'fytd', '2019-04', '2020-01'],
  ])('"%s" is the %s %s to %s', (q, window, from, to) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ metric: 'crimes_shoplifting', area: 'force', window, from, to, value: total(shoplifting, 'force', from, to) });
  });

  test('"this quarter" is January to March 2020, not complete: no figure, the latest month named', () => {
    const r = reply('shoplifting this quarter');
    expect(r.status).toBe('no_data');
    expect(r.results).toEqual([]);
    expect(r.latest).toBe('2020-01');
  });
});

describe('catalogue words people use for the response and CID figures', () => {
  test.each([
    ['median attendance time grade 2', 'response_prompt_median_mins', 'force', '2020-01'],
    ['grade 1 attendance time in Peterborough', 'response_immediate_median_mins', 'peterborough', '2020-01'],
  ])('"%s" is %s in %s, %s', (q, metric, area, month) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric, area, from: month, to: month, value: sampleRows(metric).get(area)?.get(month)?.value });
  });

  test('"attendance times" alone is immediate or prompt: a choice', () => {
    const r = reply('attendance times');
    expect(r.status).toBe('clarify');
    expect(r.options?.map((o) => o.metric)).toEqual(['response_immediate_median_mins', 'response_prompt_median_mins']);
  });

  test('"CID caseload north" is the live investigations at the end of January 2020', () => {
    const r = reply('CID caseload north');
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'cid_live_investigations', area: 'north', window: 'point', to: '2020-01', value: sampleRows('cid_live_investigations').get('north')?.get('2020-01')?.value });
  });
});

describe('"which district saw the biggest increase" asks for the change\'s parts, never a ranking of the figure', () => {
  test.each([
    ['where has shoplifting risen most', 'crimes_shoplifting'],
    ['which district has seen the biggest increase in shoplifting', 'crimes_shoplifting'],
    ['which district had the largest fall in robbery', 'crimes_robbery'],
    ['biggest increase in robbery by district', 'crimes_robbery'],
  ])('"%s": each district\'s change in %s, 12 months to January 2020 on a year earlier', (q, metric) => {
    const rows = sampleRows(metric);
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]?.rank).toBeUndefined();
    const byArea = new Map((r.contributions ?? []).map((c) => [c.area, c.change]));
    for (const d of DISTRICTS) expect(byArea.get(d)).toBe(total(rows, d, '2019-02', '2020-01') - total(rows, d, '2018-02', '2019-01'));
  });
});

describe('"rate" said with per-head words is the rate per head of the count', () => {
  /** Residents by district, read from the shipped file (population.md). */
  const population = new Map(readFileSync(path.join(__dirname, '..', '..', 'data', 'population.csv'), 'utf8').trim().split('\n').slice(1).map((l) => {
    const [area = '', , people = ''] = l.split(',');
    return [area, Number(people)] as const;
  }));

  test.each([
    ['violence with injury rate per thousand residents in Fenland', 'crimes_violence_with_injury', 'fenland'],
    ['rate of robbery per 1000 population in Fenland', 'crimes_robbery', 'fenland'],
    ['criminal damage rate in Fenland', 'crimes_criminal_damage', 'fenland'],
    ['TIC rate in Fenland', 'tics', 'fenland'],
  ])('"%s" is %s per 1,000 in %s, 12 months to January 2020', (q, metric, area) => {
    const value = total(sampleRows(metric), area, '2019-02', '2020-01');
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric, area, window: 'rolling12', value });
    expect(r.results[0]?.per1000).toBeCloseTo((1000 * value) / (population.get(area) ?? NaN), 3);
  });

  test('"which district has the highest rate of burglary per head" ranks dwelling burglaries per 1,000, not the outcome rate', () => {
    const rows = sampleRows('crimes_dwelling_burglary');
    const perHead = DISTRICTS.map((d) => [d, (1000 * total(rows, d, '2019-02', '2020-01')) / (population.get(d) ?? NaN)] as const).sort((a, b) => b[1] - a[1]);
    const r = reply('which district has the highest rate of burglary per head');
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => x.metric)).toEqual(DISTRICTS.map(() => 'crimes_dwelling_burglary'));
    expect(r.results.map((x) => x.area)).toEqual(perHead.map(([d]) => d));
  });

  test('"outcome rate per head" keeps the outcome rate and says it has no figure per head', () => {
    const r = reply('burglary outcome rate per head');
    expect(r.results[0]?.metric).toBe('ppo_rate_dwelling_burglary');
    expect(r.results[0]?.per1000).toBeUndefined();
    expect(r.text).toMatch(/not a count, so it has no rate per head/);
    expect(r.text).not.toMatch(/no population/);
  });
});

describe('short forms of comparisons and windows', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  test.each([
    ['burglary y/y', ['last_year']],
    ['burglary cf last year', ['last_year']],
    ['burglary c.f. last year', ['last_year']],
    ['burglary m/m', ['previous']],
  ])('"%s" is January 2020 with the comparison %j', (q, kinds) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', from: '2020-01', to: '2020-01', value: total(burglary, 'force', '2020-01', '2020-01') });
    expect(r.reading?.comparisons).toEqual(kinds);
  });

  test.each(['burglary L12M', 'burglary R12M'])('"%s" is the 12 months to January 2020', (q) => {
    const r = reply(q);
    expect(r.results[0]).toMatchObject({ window: 'rolling12', from: '2019-02', to: '2020-01', value: total(burglary, 'force', '2019-02', '2020-01') });
  });

  test('"no. of burglaries last month" is the number of them', () => {
    const r = reply('no. of burglaries last month');
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', value: total(burglary, 'force', '2020-01', '2020-01') });
  });
});

describe('"the year before", "the month before" in a follow-up are comparisons', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  test.each([
    ['and the year before?', 'last_year', '2019-01'],
    ['and the month before?', 'previous', '2019-12'],
  ])('"burglary south" then "%s": January 2020 in South against %s', (q, kind, month) => {
    const first = ask('burglary south', EMPTY_CONVERSATION, TODAY, brain);
    const r = toJson(ask(q, first.state, TODAY, brain).reply);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', area: 'south', from: '2020-01', to: '2020-01', value: total(burglary, 'south', '2020-01', '2020-01') });
    expect(r.reading?.comparisons).toEqual([kind]);
    expect(r.results[0]?.comparisons.find((c) => c.kind === kind)).toMatchObject({ from: month, value: total(burglary, 'south', month, month) });
  });
});

describe('more ways to name a comparison', () => {
  test.each([
    ['burglary FYTD vs last FYTD', 'crimes_dwelling_burglary', 'fytd', '2019-04', '2020-01', 'last_year', '2018-04', '2019-01'],
    ['burglary YTD vs previous YTD', 'crimes_dwelling_burglary', 'fytd', '2019-04', '2020-01', 'last_year', '2018-04', '2019-01'],
    ['robbery last 3 months vs same 3 months last year', 'crimes_robbery', 'range', '2019-11', '2020-01', 'last_year', '2018-11', '2019-01'],
    ['burglary in Huntingdonshire last 6 months compared with previous 6 months', 'crimes_dwelling_burglary', 'range', '2019-08', '2020-01', 'previous', '2019-02', '2019-07'],
  ])('"%s": %s %s %s to %s against %s %s to %s', (q, metric, window, from, to, kind, cFrom, cTo) => {
    const rows = sampleRows(metric);
    const area = q.includes('Huntingdonshire') ? 'huntingdonshire' : 'force';
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ metric, area, window, from, to, value: total(rows, area, from, to) });
    expect(r.reading?.comparisons).toEqual([kind]);
    expect(r.results[0]?.comparisons.find((c) => c.kind === kind)).toMatchObject({ from: cFrom, to: cTo, value: total(rows, area, cFrom, cTo) });
  });

  test.each([
    ['burglary above or below average', ['benchmark']],
    ['has the outcome rate improved', ['previous', 'last_year']],
    ['is 101 abandonment deteriorating', ['previous', 'last_year']],
  ])('"%s" asks for %j', (q, kinds) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.reading?.comparisons).toEqual(kinds);
  });
});

test.each([
  ['burgalry in cambridge last month', 'burgalry'],
  ['volience with injury north', 'volience'],
])('a misspelt subject is shown in the reading as typed: "%s"', (q, typed) => {
  const r = reply(q);
  expect(r.status).toBe('answer');
  expect(r.reading?.understood.split(' · ')[0]).toContain(typed);
});

test.each(['theft offences', 'recorded theft', 'theft crimes in Fenland'])('"%s": a word that only describes ("offences", "recorded") does not turn theft into vehicle crime', (q) => {
  const r = reply(q);
  expect(r.status).toBe('clarify');
  expect(r.results).toEqual([]);
  expect(r.options?.map((o) => o.metric)).toEqual(expect.arrayContaining(['crimes_shoplifting', 'crimes_vehicle']));
});

describe('rankings, worded otherwise', () => {
  test('"which district has the most CID investigations": held by area only, the areas ranked and the reply says so first', () => {
    const rows = sampleRows('cid_live_investigations');
    const r = reply('which district has the most CID investigations');
    expect(r.status).toBe('answer');
    const expected = ['north', 'south'].map((a) => [a, rows.get(a)?.get('2020-01')?.value ?? NaN] as const).sort((a, b) => b[1] - a[1]);
    expect(r.results.map((x) => [x.area, x.value])).toEqual(expected);
    expect(r.text.split('\n')[0]).toMatch(/^I don't hold CID live investigations by district, only by area/);
  });

  test('"which district performs best on outcome rate" ranks the districts by the all crime outcome rate, highest first', () => {
    const rows = sampleRows('ppo_rate_all');
    const expected = DISTRICTS.map((d) => {
      let n = 0;
      let den = 0;
      for (const [m, row] of rows.get(d) ?? []) if (m >= '2019-02' && m <= '2020-01') { n += row.numerator ?? NaN; den += row.denominator ?? NaN; }
      return [d, n / den] as const;
    }).sort((a, b) => b[1] - a[1]);
    const r = reply('which district performs best on outcome rate');
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => x.area)).toEqual(expected.map(([d]) => d));
  });

  test('"Peterborough\'s burglary": the possessive is the place\'s', () => {
    const r = reply("Peterborough's burglary last month");
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', area: 'peterborough', value: total(sampleRows('crimes_dwelling_burglary'), 'peterborough', '2020-01', '2020-01') });
  });
});

describe('follow-ups that rank what was just shown', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  const ranked = (areas: readonly string[]) => areas.map((a) => [a, total(burglary, a, '2020-01', '2020-01')] as const).sort((x, y) => y[1] - x[1]);

  test.each([
    [['burglary north vs south', 'which is higher?'], ['north', 'south']],
    [['Fenland vs Peterborough burglary', 'which is worst?'], ['fenland', 'peterborough']],
    [['burglary by district', 'rank them'], [...DISTRICTS]],
    [['burglary by area', 'which has the most?'], ['north', 'south']],
  ])('%j ranks %j by January 2020 dwelling burglaries, most first', (turns, areas) => {
    const r = conversation(...turns);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.area, x.value])).toEqual(ranked(areas));
    expect(r.results.map((x) => x.rank)).toEqual(areas.map((_, i) => i + 1));
  });

  test('"compare to last year" as a follow-up is the comparison, not calendar 2019', () => {
    const r = conversation('burglary last month', 'compare to last year');
    expect(r.results[0]).toMatchObject({ from: '2020-01', to: '2020-01', value: total(burglary, 'force', '2020-01', '2020-01') });
    expect(r.reading?.comparisons).toEqual(['last_year']);
  });
});

describe('misspelt words of the question\'s frame are read as the words meant', () => {
  test.each([
    ['shoplifting this finacial year', 'crimes_shoplifting', 'fytd', '2019-04', '2020-01'],
    ['burglary last quater', 'crimes_dwelling_burglary', 'quarter', '2019-10', '2019-12'],
    ['burglary past 12 monhts', 'crimes_dwelling_burglary', 'rolling12', '2019-02', '2020-01'],
    ['burglary in hunts last mth', 'crimes_dwelling_burglary', 'month', '2020-01', '2020-01'],
  ])('"%s" is %s, %s %s to %s', (q, metric, window, from, to) => {
    const area = q.includes('hunts') ? 'huntingdonshire' : 'force';
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric, area, window, from, to, value: total(sampleRows(metric), area, from, to) });
  });

  test('"robbery compaired to last year" compares with a year earlier', () => {
    const r = reply('robbery compaired to last year');
    expect(r.status).toBe('answer');
    expect(r.reading?.comparisons).toEqual(['last_year']);
  });

  test('"critical damage" is not criminal damage: a word of its own is not a typo', () => {
    const r = reply('critical damage');
    expect(r.status).toBe('unknown');
    expect(r.results).toEqual([]);
  });
});

test.each([
  ['what percentage of crime is shoplifting', 'percentage'],
  ['percentage of crime that is shoplifting', 'percentage'],
])('"%s": a percentage of a count held only as a count is not held: no figure, "%s" named', (q, word) => {
  expectRefusedNaming(q, word);
});

test('"what % of 999 calls are answered in 10s" is still the percentage held', () => {
  const r = reply('what % of 999 calls are answered in 10s');
  expect(r.status).toBe('answer');
  const row = sampleRows('calls_999_answered_10s').get('force')?.get('2020-01');
  expect(r.results[0]).toMatchObject({ metric: 'calls_999_answered_10s', numerator: row?.numerator, denominator: row?.denominator });
});

describe('periods run together or said bare', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  test.each([
    ['burglary Jan2020', 'month', '2020-01', '2020-01'],
    ['burglary dec19', 'month', '2019-12', '2019-12'],
    ['burglary 12 months', 'rolling12', '2019-02', '2020-01'],
    ['burglary 12m', 'rolling12', '2019-02', '2020-01'],
    ['burglary 12 month period north', 'rolling12', '2019-02', '2020-01'],
  ])('"%s" is the %s %s to %s', (q, window, from, to) => {
    const area = q.endsWith('north') ? 'north' : 'force';
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', area, window, from, to, value: total(burglary, area, from, to) });
  });
});

test('"which crime types are driving the increase in all crime" splits the change by crime type too', () => {
  const vwoi = sampleRows('crimes_violence_without_injury');
  const r = reply('which crime types are driving the increase in all crime');
  expect(r.status).toBe('answer');
  const byType = new Map((r.contributions ?? []).filter((c) => c.metric !== undefined).map((c) => [c.metric, c.change]));
  expect(byType.get('crimes_violence_without_injury')).toBe(total(vwoi, 'force', '2019-02', '2020-01') - total(vwoi, 'force', '2018-02', '2019-01'));
});

describe('a time, an amount of money or a number asked of a figure not held in it is refused, never dropped', () => {
  test.each([
    ['value of burglaries', 'value of'],
    ['how many minutes for burglary', 'minutes'],
    ['number of account forfeiture orders', 'number of'],
  ])('"%s": no figure, "%s" named', (q, words) => {
    expectRefusedNaming(q, words);
  });

  test.each([
    ['how long to attend prompt incidents', 'response_prompt_median_mins'],
    ['total value of assets under restraint', 'assets_restrained_gbp'],
    ['how many live investigations in CID', 'cid_live_investigations'],
  ])('"%s" is still %s', (q, metric) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]).toMatchObject({ metric, value: sampleRows(metric).get('force')?.get('2020-01')?.value });
  });

  test('"how many 999 calls were answered within 10 seconds": the number answered is the rate\'s numerator', () => {
    const r = reply('how many 999 calls were answered within 10 seconds');
    expect(r.status).toBe('answer');
    expect(r.results[0]?.numerator).toBe(sampleRows('calls_999_answered_10s').get('force')?.get('2020-01')?.numerator);
  });
});

test.each([
  ['burglary 2018 or 2019', '2019', 'crimes_dwelling_burglary', 'year', '2019-01', '2019-12'],
  ['robbery Q2 or Q3', 'Q3', 'crimes_robbery', 'quarter', '2019-10', '2019-12'],
])('a choice of periods answered by naming one: "%s", then "%s"', (first, second, metric, window, from, to) => {
  const one = ask(first, EMPTY_CONVERSATION, TODAY, brain);
  expect(toJson(one.reply).status).toBe('clarify');
  const r = toJson(ask(second, one.state, TODAY, brain).reply);
  expect(r.status).toBe('answer');
  expect(r.results).toHaveLength(1);
  expect(r.results[0]).toMatchObject({ metric, window, from, to, value: total(sampleRows(metric), 'force', from, to) });
});

test.each([
  ['burglary in each area', ['north', 'south']],
  ['burglary across the force', ['force']],
])('"%s" is dwelling burglary in %j, January 2020', (q, areas) => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  const r = reply(q);
  expect(r.status).toBe('answer');
  expect(r.results.map((x) => [x.area, x.value])).toEqual(areas.map((a) => [a, total(burglary, a, '2020-01', '2020-01')]));
});

describe('"crimes" and "offences" describe crime figures only', () => {
  test.each([
    ['priority crimes in Fenland', 'crimes'],
    ['priority offences', 'offences'],
  ])('"%s" is not the prompt response time: no figure, "%s" named', (q, word) => {
    expectRefusedNaming(q, word);
  });

  test.each([
    ['shoplifting offences', 'crimes_shoplifting'],
    ['ASB offences', 'asb_incidents'],
    ['crime recording compliance in the north', 'cdi_compliance'],
  ])('"%s" is still %s', (q, metric) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]?.metric).toBe(metric);
  });
});

test('"violence demand": a choice of figures none of which holds "violence" is refused, not offered', () => {
  const r = reply('violence demand');
  expect(r.status).toBe('unknown');
  expect(r.options ?? []).toEqual([]);
  expect(r.unsupported).toContain('violence');
});

test('"burglary as a percentage of all crime": no choice of all crime rates that drops "burglary"', () => {
  const r = reply('burglary as a percentage of all crime');
  expect(r.status).toBe('unknown');
  expect(r.unsupported).toContain('burglary');
});

test('"the latest position on dwelling burglary in the north": "position" is a qualifier, never a misspelt "positive" (was burglary outcomes)', () => {
  const r = reply('can you give me the latest position on dwelling burglary in the north compared with last year');
  expect(r.status).toBe('answer');
  expect(r.results[0]).toMatchObject({ metric: 'crimes_dwelling_burglary', area: 'north', value: total(sampleRows('crimes_dwelling_burglary'), 'north', '2020-01', '2020-01') });
  expect(r.reading?.comparisons).toEqual(['last_year']);
});

test.each([
  ['just the number of robberies in Cambridge in December please', 'crimes_robbery', 'cambridge', '2019-12'],
  ['where are we with CID caseloads', 'cid_live_investigations', 'force', '2020-01'],
])('"%s": filler words ("just", "where are we with") are filler', (q, metric, area, month) => {
  const r = reply(q);
  expect(r.status).toBe('answer');
  const rows = sampleRows(metric);
  expect(r.results[0]).toMatchObject({ metric, area, to: month, value: metric === 'cid_live_investigations' ? rows.get(area)?.get(month)?.value : total(rows, area, month, month) });
});

test('"crime in Finland" is a place outside the force, not a misspelt Fenland', () => {
  const r = reply('crime in Finland');
  expect(r.status).toBe('unknown');
  expect(r.results).toEqual([]);
  expect(r.unsupported).toContain('Finland');
});

describe('a follow-up that sets a place against the one before shows both', () => {

  test.each([
    [['shoplifting in Fenland', 'compared to Peterborough?'], 'crimes_shoplifting', ['fenland', 'peterborough']],
    [['burglary north', 'vs south'], 'crimes_dwelling_burglary', ['north', 'south']],
    [['shoplifting last month', 'compare with North'], 'crimes_shoplifting', ['force', 'north']],
  ])('%j: %s in %j, January 2020', (turns, metric, areas) => {
    const rows = sampleRows(metric);
    const r = conversation(...turns);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.area, x.value])).toEqual(areas.map((a) => [a, total(rows, a, '2020-01', '2020-01')]));
  });

  test('"and the quarter before?" compares the quarter with the one before', () => {
    const robbery = sampleRows('crimes_robbery');
    const r = conversation('robbery last quarter', 'and the quarter before?');
    expect(r.results[0]).toMatchObject({ from: '2019-10', to: '2019-12', value: total(robbery, 'force', '2019-10', '2019-12') });
    expect(r.reading?.comparisons).toEqual(['previous']);
    expect(r.results[0]?.comparisons.find((c) => c.kind === 'previous')).toMatchObject({ from: '2019-07', to: '2019-09', value: total(robbery, 'force', '2019-07', '2019-09') });
  });
});

describe('follow-ups naming a new subject', () => {

  test('"burglary outcome rate by district", then "and robbery?": robbery\'s outcome rate by district', () => {
    const rows = sampleRows('ppo_rate_robbery');
    const r = conversation('burglary outcome rate by district', 'and robbery?');
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => x.metric)).toEqual(DISTRICTS.map(() => 'ppo_rate_robbery'));
    expect(r.results.map((x) => [x.area, x.numerator])).toEqual(DISTRICTS.map((d) => [d, rate(rows, d, '2019-02', '2020-01').numerator]));
  });

  test('"and robbery offences?" after an outcome rate is the offences, as said', () => {
    const r = conversation('burglary outcome rate', 'and robbery offences?');
    expect(r.results[0]).toMatchObject({ metric: 'crimes_robbery', value: total(sampleRows('crimes_robbery'), 'force', '2020-01', '2020-01') });
  });

  test.each([[['burglary north', 'and robbery outcome rate?'], 'north'], [['and robbery outcome rate?'], 'force']])('%j is the robbery outcome rate alone (a leading "and" is no second figure)', (turns, area) => {
    const r = conversation(...turns);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.metric, x.area])).toEqual([['ppo_rate_robbery', area]]);
  });
});

test('"burglary since last March" is March 2019 to January 2020', () => {
  const r = reply('burglary since last March');
  expect(r.status).toBe('answer');
  expect(r.results[0]).toMatchObject({ window: 'range', from: '2019-03', to: '2020-01', value: total(sampleRows('crimes_dwelling_burglary'), 'force', '2019-03', '2020-01') });
});
