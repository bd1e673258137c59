import { readFileSync } from 'node:fs';
import { ask, choose } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';
import { RESIDENTS, rate, sampleRows, total } from './sample-csv';

/**
 * Gaps found in review of "answer only what was asked": two measures of one subject, a town read as
 * its district, a question that pairs metrics with places, a force-only metric ranked by district.
 * Expected figures are worked from the sample CSV files (sample-csv.ts), not from the code under test.
 */
const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const TODAY = '2020-02-10';

function reply(q: string): JsonReply {
  return toJson(ask(q, EMPTY_CONVERSATION, TODAY, brain).reply);
}

describe('two measures of one subject are both answered, side by side', () => {
  const outcomes = sampleRows('ppo_count_dwelling_burglary');
  const outcomeRate = sampleRows('ppo_rate_dwelling_burglary');
  const janCount = total(outcomes, 'force', '2020-01', '2020-01');
  const rolling = rate(outcomeRate, 'force', '2019-02', '2020-01');

  test.each([
    ['burglary outcome rate and count', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['dwelling burglary outcome rate and the number', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['burglary outcome rate and outcome count', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['burglary outcomes and rate', ['ppo_count_dwelling_burglary', 'ppo_rate_dwelling_burglary']],
    ['number and rate of burglary outcomes', ['ppo_count_dwelling_burglary', 'ppo_rate_dwelling_burglary']],
  ])('"%s" gives %j', (q, metrics) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => x.metric)).toEqual(metrics);
    const count = r.results.find((x) => x.metric === 'ppo_count_dwelling_burglary');
    const pct = r.results.find((x) => x.metric === 'ppo_rate_dwelling_burglary');
    expect(count?.value).toBe(janCount);
    expect(pct?.numerator).toBe(rolling.numerator);
    expect(pct?.denominator).toBe(rolling.denominator);
    expect(r.reading?.metrics).toEqual(metrics);
    // Both figures in the text, one line each.
    expect(r.text).toContain(`${rolling.value.toFixed(1)}%`);
    expect(r.text).toContain(`: ${janCount},`);
  });

  test('"charges and charge rate": the charges and the rate, not the rate twice', () => {
    const r = reply('charges and charge rate');
    expect(r.results.map((x) => x.metric)).toEqual(['charges', 'charge_rate_all']);
    expect(r.results[0]?.value).toBe(total(sampleRows('charges'), 'force', '2020-01', '2020-01'));
  });

  test.each(['robbery count and rate', 'burglary rate and volume'])('"%s": a crime\'s count and its rate per head, side by side', (q) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    const res = r.results[0];
    const metric = q.startsWith('robbery') ? 'crimes_robbery' : 'crimes_dwelling_burglary';
    const count = total(sampleRows(metric), 'force', '2019-02', '2020-01');
    expect(res?.metric).toBe(metric);
    expect(res?.value).toBe(count);
    expect(res?.per1000).toBeCloseTo((1000 * count) / Object.values(RESIDENTS).reduce((s, n) => s + n, 0), 2);
  });
});

describe('a town is answered for its district, and the reply says so first', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');

  test.each([
    ['burglary in St Ives', 'St Ives', 'huntingdonshire', 'Huntingdonshire'],
    ['burglary in st neots', 'St Neots', 'huntingdonshire', 'Huntingdonshire'],
    ['burglary Wisbech', 'Wisbech', 'fenland', 'Fenland'],
    ['burglary in Ely', 'Ely', 'east_cambridgeshire', 'East Cambridgeshire'],
    ['burglary in the town of March', 'March', 'fenland', 'Fenland'],
  ])('"%s": %s is in %s', (q, town, area, district) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.area, x.value])).toEqual([[area, total(burglary, area, '2020-01', '2020-01')]]);
    const note = `I hold figures by district: ${town} is in ${district}.`;
    expect(r.text.split('\n')[0]).toBe(note);
    expect(r.reading?.notes).toEqual([note]);
    expect(r.text).toContain(`Read as: Dwelling burglary offences · ${district} (${town}) ·`);
  });

  test('"knife crime in Wisbech": the town note, then the broader-figure note', () => {
    const lines = reply('knife crime in Wisbech').text.split('\n');
    expect(lines[0]).toBe('I hold figures by district: Wisbech is in Fenland.');
    expect(lines[1]).toMatch(/broader figure that includes knife crime/);
  });

  test('a district named by its own name has no note', () => {
    const r = reply('burglary in Peterborough');
    expect(r.reading?.notes).toBeUndefined();
    expect(r.text.split('\n')[0]).toMatch(/^Dwelling burglary offences, Peterborough/);
  });

  test('a follow-up keeps the town note', () => {
    const first = ask('burglary in St Ives', EMPTY_CONVERSATION, TODAY, brain);
    const next = toJson(ask('and robbery?', first.state, TODAY, brain).reply);
    expect(next.results.map((x) => x.area)).toEqual(['huntingdonshire']);
    expect(next.text.split('\n')[0]).toBe('I hold figures by district: St Neots is in Huntingdonshire.'.replace('St Neots', 'St Ives'));
  });

  test('the answer card shows the district with the town in its Read as line', () => {
    const turn = ask('burglary in St Ives', EMPTY_CONVERSATION, TODAY, brain);
    expect(turn.reply.kind === 'answer' ? turn.reply.reading?.line : '').toContain('Huntingdonshire (St Ives)');
  });
});

describe('a question that pairs metrics with places gets each metric at its own places', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  const robbery = sampleRows('crimes_robbery');
  const jan = (rows: ReturnType<typeof sampleRows>, area: string) => total(rows, area, '2020-01', '2020-01');

  test.each(['burglary in Cambridge and robbery in Peterborough', 'burglary in Cambridge vs robbery in Peterborough'])('"%s": two results, not four', (q) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.metric, x.area, x.value])).toEqual([
      ['crimes_dwelling_burglary', 'cambridge', jan(burglary, 'cambridge')],
      ['crimes_robbery', 'peterborough', jan(robbery, 'peterborough')],
    ]);
    expect(r.text).toContain('Read as: Dwelling burglary offences in Cambridge and Robbery offences in Peterborough');
  });

  test('a part naming only places adds them to the metric before it', () => {
    const r = reply('burglary in Cambridge and Peterborough and robbery in Fenland');
    expect(r.results.map((x) => `${x.metric}/${x.area}`)).toEqual(['crimes_dwelling_burglary/cambridge', 'crimes_dwelling_burglary/peterborough', 'crimes_robbery/fenland']);
  });

  test('metrics named together, then places together: every metric at every place', () => {
    const r = reply('burglary and robbery in Cambridge and Peterborough');
    expect(r.results).toHaveLength(4);
  });

  test('a follow-up keeps the pairs until it names a place for all', () => {
    const first = ask('burglary in Cambridge and robbery in Peterborough', EMPTY_CONVERSATION, TODAY, brain);
    const again = ask('and last month?', first.state, TODAY, brain);
    expect(toJson(again.reply).results.map((x) => `${x.metric}/${x.area}`)).toEqual(['crimes_dwelling_burglary/cambridge', 'crimes_robbery/peterborough']);
    const fenland = toJson(ask('and in Fenland?', again.state, TODAY, brain).reply);
    expect(fenland.results.map((x) => `${x.metric}/${x.area}`)).toEqual(['crimes_dwelling_burglary/fenland', 'crimes_robbery/fenland']);
  });
});

describe('a figure held for the force only cannot be ranked by district or area, and the reply says so', () => {
  test.each([
    ['which district has the most 999 calls', '999 calls received', 'district', 'calls_999'],
    ['rank the areas by 101 calls', '101 calls received', 'area', 'calls_101'],
  ])('"%s"', (q, name, level, metric) => {
    const r = reply(q);
    expect(r.status).toBe('no_data');
    expect(r.results).toEqual([]);
    expect(r.text.split('\n')[0]).toBe(`${name} is recorded for the whole force only, so it cannot be ranked by ${level}. Would you like ${name} for Cambridgeshire as a whole instead?`);
    expect(r.text).not.toMatch(/Peterborough|North/);
    expect(r.options).toEqual([expect.objectContaining({ metric, area: 'force' })]);
  });

  test('the force figure offered is the force figure', () => {
    const turn = ask('which district has the most 999 calls', EMPTY_CONVERSATION, TODAY, brain);
    const r = toJson(choose('calls_999', 'force', '999 calls received', turn.state, TODAY, brain).reply);
    expect(r.results.map((x) => [x.area, x.value])).toEqual([['force', total(sampleRows('calls_999'), 'force', '2020-01', '2020-01')]]);
  });
});

describe('a breakdown of a figure held for the force only says it cannot be split', () => {
  test('"999 calls by district"', () => {
    const r = reply('999 calls by district');
    expect(r.status).toBe('no_data');
    expect(r.text.split('\n')[0]).toBe('999 calls received is recorded for the whole force only, so it cannot be broken down by district. Would you like 999 calls received for Cambridgeshire as a whole instead?');
  });
});

describe('each part of a list at its own place and period', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  const robbery = sampleRows('crimes_robbery');

  test('"burglary in Peterborough in March and in Fenland in June": two results, not four', () => {
    const r = reply('burglary in Peterborough in March and in Fenland in June');
    expect(r.results.map((x) => [x.area, x.from, x.value])).toEqual([
      ['peterborough', '2019-03', total(burglary, 'peterborough', '2019-03', '2019-03')],
      ['fenland', '2019-06', total(burglary, 'fenland', '2019-06', '2019-06')],
    ]);
  });

  test('"burglary in Cambridge in January and robbery in Peterborough in December"', () => {
    const r = reply('burglary in Cambridge in January and robbery in Peterborough in December');
    expect(r.results.map((x) => [x.metric, x.area, x.from, x.value])).toEqual([
      ['crimes_dwelling_burglary', 'cambridge', '2020-01', total(burglary, 'cambridge', '2020-01', '2020-01')],
      ['crimes_robbery', 'peterborough', '2019-12', total(robbery, 'peterborough', '2019-12', '2019-12')],
    ]);
  });

  test('the same window said twice is one period', () => {
    const r = reply('burglary 19/20 year to date vs last year');
    expect(r.results.map((x) => [x.from, x.to])).toEqual([['2019-04', '2020-01']]);
  });
});
