import { readFileSync } from 'node:fs';
import { ask } from '../../src/answers/ask';
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
