import { readFileSync } from 'node:fs';
import { ask } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import { toJson } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';
import { DISTRICTS, RESIDENTS, rate, sampleRows, total } from './sample-csv';

const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const TODAY = '2020-02-10';

function answer(question: string): Extract<Reply, { kind: 'answer' }> {
  const reply = ask(question, EMPTY_CONVERSATION, TODAY, brain).reply;
  if (reply.kind !== 'answer') throw new Error(`"${question}": expected an answer, got ${reply.kind}`);
  return reply;
}

/** Areas sorted by a figure, largest first (ties by name), the way a person would rank them by hand. */
function byHand(values: Record<string, number>, desc: boolean): string[] {
  return Object.keys(values).sort((a, b) => (desc ? values[b]! - values[a]! : values[a]! - values[b]!));
}

describe('the sample data is there', () => {
  test('data/sample holds the CSV files (run `npm run generate-sample`)', () => {
    expect(sampleFiles().length).toBeGreaterThan(40);
  });
});

describe('rankings (ask-contract.md "Rankings"): every place of the level, ordered as asked', () => {
  const burglary = sampleRows('crimes_dwelling_burglary');
  const jan = Object.fromEntries(DISTRICTS.map((d) => [d, total(burglary, d, '2020-01', '2020-01')]));

  test('"most" of a count: districts by January 2020, highest first, each with its rank', () => {
    const reply = answer('which district has the most burglaries');
    expect(reply.results.map((r) => r.area.id)).toEqual(byHand(jan, true));
    expect(reply.results.map((r) => r.value)).toEqual(byHand(jan, true).map((d) => jan[d]));
    expect(reply.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reply.ranking).toMatchObject({ level: 'district', order: 'desc', by: 'value' });
    const [a, b, c] = byHand(jan, true).map((d) => reply.results.find((r) => r.area.id === d)!.area.name);
    expect(toJson(reply).text).toMatch(new RegExp(`^${a} had the most dwelling burglary offences in January 2020 \\(${jan[byHand(jan, true)[0]!]}, [0-9.]+ per 1,000\\), then ${b} \\(.*\\) and ${c} \\(`));
  });

  test('"least" of a count: lowest first', () => {
    expect(answer('which district had the fewest dwelling burglaries').results.map((r) => r.area.id)).toEqual(byHand(jan, false));
  });

  const violence = sampleRows('crimes_violence_with_injury');
  const vJan = Object.fromEntries(DISTRICTS.map((d) => [d, total(violence, d, '2020-01', '2020-01')]));
  test('"worst" of a crime count (fewer is better): highest first; "best": lowest first', () => {
    expect(answer('worst district for violence with injury').results.map((r) => r.area.id)).toEqual(byHand(vJan, true));
    expect(answer('best district for violence with injury').results.map((r) => r.area.id)).toEqual(byHand(vJan, false));
  });

  const outcomes = sampleRows('ppo_rate_dwelling_burglary');
  const rates = Object.fromEntries(DISTRICTS.map((d) => [d, rate(outcomes, d, '2019-02', '2020-01').value]));
  test('"worst" of an outcome rate (higher is better): lowest first, over the rolling 12 months; "best": highest first', () => {
    const worst = answer('worst district for burglary outcome rate');
    expect(worst.results.map((r) => r.area.id)).toEqual(byHand(rates, false));
    expect(worst.ranking?.order).toBe('asc');
    for (const r of worst.results) expect(r.value).toBeCloseTo(rates[r.area.id]!, 9);
    expect(answer('best district for burglary outcome rate').results.map((r) => r.area.id)).toEqual(byHand(rates, true));
  });

  const all = sampleRows('ppo_rate_all');
  test('at area level ("which area"): North and South, the force figure as reference', () => {
    const reply = answer('which area has the lowest outcome rate');
    const areaRates = { north: rate(all, 'north', '2019-02', '2020-01').value, south: rate(all, 'south', '2019-02', '2020-01').value };
    expect(reply.results.map((r) => r.area.id)).toEqual(byHand(areaRates, false));
    expect(reply.ranking?.level).toBe('area');
    expect(reply.ranking?.reference?.value).toBeCloseTo(rate(all, 'force', '2019-02', '2020-01').value, 9);
  });

  test('"top 3" names three places in the text, and the JSON says top 3', () => {
    const reply = answer('top 3 districts for ASB');
    const asb = sampleRows('asb_incidents');
    const jan20 = Object.fromEntries(DISTRICTS.map((d) => [d, total(asb, d, '2020-01', '2020-01')]));
    const order = byHand(jan20, true);
    expect(reply.results.map((r) => r.area.id)).toEqual(order);
    const json = toJson(reply);
    expect(json.ranking).toEqual({ level: 'district', order: 'desc', by: 'value', top: 3 });
    const head = json.text.split('\n')[0]!;
    const names = reply.results.map((r) => r.area.name);
    for (const n of names.slice(0, 3)) expect(head).toContain(n);
    for (const n of names.slice(3)) expect(head).not.toContain(n);
  });

  test('two places within noise of each other are said to be (Poisson counts)', () => {
    const reply = answer('which district has the most burglaries');
    const [first, second] = reply.results;
    const close = Math.abs(first!.value! - second!.value!) / Math.sqrt(first!.value! + second!.value!) < 1.96;
    expect(close).toBe(true);
    expect(toJson(reply).text).toMatch(new RegExp(`Within noise of the next in line: ${first!.area.name}(, | and )${second!.area.name}`));
  });

  test.each([
    'rank the districts by shoplifting',
    'where is domestic abuse highest',
    'which district is highest for robbery',
    'which districts have the most vehicle crime',
    'league table of districts for shoplifting',
    'bottom 2 districts for charges',
    'which area is worst for ASB',
    'top three districts for criminal damage last year',
    'what district has the lowest burglary outcome rate',
  ])('"%s" is a ranking', (q) => {
    const reply = answer(q);
    expect(reply.ranking).toBeDefined();
    expect(reply.results.length).toBeGreaterThan(1);
    expect(reply.results.map((r) => r.rank)).toEqual(reply.results.map((_, i) => i + 1));
  });

  test.each(['burglary in Peterborough', 'burglary vs last year', 'robbery by district'])('"%s" is not a ranking', (q) => {
    expect(answer(q).ranking).toBeUndefined();
  });
});

describe('rates per head (ask-contract.md "Rates per head")', () => {
  const crimes = sampleRows('crimes_all');
  test('"crime rate in Fenland": per 1,000 residents over the rolling 12 months, with the population and its source', () => {
    const reply = answer('crime rate in Fenland');
    const [r] = reply.results;
    const expected = (1000 * total(crimes, 'fenland', '2019-02', '2020-01')) / RESIDENTS.fenland!;
    expect(r?.metric.id).toBe('crimes_all');
    expect(r?.window).toMatchObject({ kind: 'rolling12', from: '2019-02', to: '2020-01' });
    expect(r?.perHead?.per1000).toBeCloseTo(expected, 9);
    const json = toJson(reply);
    expect(json.results[0]).toMatchObject({ population: { value: 102465, year: 2021, source: 'Census 2021' } });
    expect(json.results[0]?.per1000).toBeCloseTo(expected, 3);
    expect(json.text).toContain(`${expected.toFixed(1)} per 1,000 residents`);
    expect(json.text).toContain('Census 2021');
  });

  test('per 1,000 for every district, ranked by it when the question says "per head"', () => {
    const reply = answer('rank the districts by crime per head');
    const per = Object.fromEntries(DISTRICTS.map((d) => [d, (1000 * total(crimes, d, '2019-02', '2020-01')) / RESIDENTS[d]!]));
    expect(reply.ranking?.by).toBe('per1000');
    expect(reply.results.map((r) => r.area.id)).toEqual(byHand(per, true));
    for (const r of reply.results) expect(r.perHead?.per1000).toBeCloseTo(per[r.area.id]!, 9);
  });

  test('the force and the areas are the sums of their districts (population.md)', () => {
    const reply = answer('crimes per 1,000 residents North and South');
    const pops = Object.fromEntries(reply.results.map((r) => [r.area.id, r.perHead?.population.value]));
    expect(pops).toEqual({ north: 318134, south: 576390 });
    expect(answer('crime per head').results[0]?.perHead?.population.value).toBe(894524);
  });

  test('a named window is kept: per head in January 2020', () => {
    const r = answer('burglary per head in Peterborough in January 2020').results[0];
    expect(r?.window.kind).toBe('month');
    expect(r?.perHead?.per1000).toBeCloseTo((1000 * total(sampleRows('crimes_dwelling_burglary'), 'peterborough', '2020-01', '2020-01')) / RESIDENTS.peterborough!, 9);
  });

  test('a percentage has no rate per head, and the reply says so', () => {
    const text = toJson(answer('burglary outcome rate per head in Fenland')).text;
    expect(text).toMatch(/^Dwelling burglary prosecution possible outcome rate is not a count, so it has no rate per head/);
  });

  test.each(['crimes per capita in Cambridge', 'violence with injury per 1,000 population in Peterborough', 'ASB per thousand residents Fenland', 'robbery relative to population in Cambridge'])('"%s" is per head', (q) => {
    expect(answer(q).results[0]?.perHead).toBeDefined();
  });
});

describe('what drives a change (ask-contract.md "What drives a change")', () => {
  test('a count: the districts\' changes add up to the force change, largest contributors first', () => {
    const rows = sampleRows('crimes_shoplifting');
    const reply = answer('which district contributed most to the increase in shoplifting');
    const d = reply.drivers!;
    const force = total(rows, 'force', '2019-02', '2020-01') - total(rows, 'force', '2018-02', '2019-01');
    expect(force).toBeGreaterThan(0);
    expect(d.comparison).toBe('last_year');
    expect(d.change).toBe(force);
    const byDistrict = Object.fromEntries(DISTRICTS.map((x) => [x, total(rows, x, '2019-02', '2020-01') - total(rows, x, '2018-02', '2019-01')]));
    expect(d.byArea.map((c) => c.id)).toEqual(byHand(byDistrict, true));
    for (const c of d.byArea) expect(c.change).toBe(byDistrict[c.id]);
    expect(d.byArea.reduce((s, c) => s + c.change, 0)).toBe(force);
    const json = toJson(reply);
    expect(json.contributions?.[0]).toMatchObject({ area: byHand(byDistrict, true)[0], change: byDistrict[byHand(byDistrict, true)[0]!] });
    expect(json.text).toContain(`By place: ${d.byArea[0]!.name} +${d.byArea[0]!.change} (${Math.round((100 * d.byArea[0]!.change) / force)}%)`);
  });

  test('all crime: also by the crime types held, which with the rest add up to the change', () => {
    const reply = answer('why is crime up');
    const d = reply.drivers!;
    const rows = sampleRows('crimes_all');
    const force = total(rows, 'force', '2019-02', '2020-01') - total(rows, 'force', '2018-02', '2019-01');
    expect(d.change).toBe(force);
    expect(d.byType.length).toBeGreaterThan(5);
    expect(d.byType.reduce((s, c) => s + c.change, 0)).toBeCloseTo(force, 9);
    const violence = sampleRows('crimes_violence_without_injury');
    const vChange = total(violence, 'force', '2019-02', '2020-01') - total(violence, 'force', '2018-02', '2019-01');
    expect(d.byType.find((c) => c.id === 'crimes_violence_without_injury')?.change).toBe(vChange);
  });

  test('a rate: each district\'s change in ppt and share of the denominator, plus the mix, add up to the force change', () => {
    const rows = sampleRows('ppo_rate_all');
    const d = answer("what's behind the fall in the outcome rate").drivers!;
    const now = rate(rows, 'force', '2019-02', '2020-01');
    const then = rate(rows, 'force', '2018-02', '2019-01');
    expect(d.change).toBeCloseTo(now.value - then.value, 9);
    let effects = 0;
    let mix = 0;
    for (const x of DISTRICTS) {
      const a = rate(rows, x, '2019-02', '2020-01');
      const b = rate(rows, x, '2018-02', '2019-01');
      const c = d.byArea.find((p) => p.id === x)!;
      expect(c.change).toBeCloseTo(a.value - b.value, 9);
      expect(c.denominatorShare).toBeCloseTo((100 * a.denominator) / now.denominator, 9);
      effects += c.effect!;
      mix += ((a.value + b.value) / 2) * (a.denominator / now.denominator - b.denominator / then.denominator);
    }
    expect(d.mix).toBeCloseTo(mix, 9);
    expect(effects + d.mix!).toBeCloseTo(now.value - then.value, 9);
  });

  test('if the figure did not move the way the question says, the reply says so first', () => {
    const rows = sampleRows('crimes_shoplifting');
    const now = total(rows, 'force', '2019-02', '2020-01');
    const moves = [total(rows, 'force', '2018-02', '2019-01'), total(rows, 'force', '2019-01', '2019-12'), total(rows, 'force', '2018-04', '2019-03')].map((v) => now - v);
    expect(moves.every((m) => m > 0)).toBe(true);
    const text = toJson(answer('why is shoplifting down')).text;
    expect(text.split('\n')[0]).toMatch(/^Not down: Shoplifting, Cambridgeshire, 12 months to January 2020: up /);
  });

  test('a named comparison is the one split', () => {
    const d = answer('what is driving the change in robbery compared with last month').drivers!;
    expect(d.comparison).toBe('previous');
  });

  test.each(['why is burglary up', "what's driving the rise in shoplifting", 'what is behind the increase in ASB', 'what drove the fall in robbery', 'which district is driving the rise in vehicle crime', 'explain the increase in criminal damage', 'where is the rise in shoplifting coming from'])('"%s" asks what drives a change', (q) => {
    expect(answer(q).drivers).toBeDefined();
  });
});

describe('what drives a change: the comparison used is the one that moved the way asked', () => {
  test('"why is burglary up" when it is down on a year ago but up on the previous 12 months: the split is over the rise, and the fall is said too', () => {
    const rows = sampleRows('crimes_dwelling_burglary');
    const now = total(rows, 'force', '2019-02', '2020-01');
    const yearAgo = now - total(rows, 'force', '2018-02', '2019-01');
    const previous = now - total(rows, 'force', '2019-01', '2019-12');
    expect(yearAgo).toBeLessThan(0);
    expect(previous).toBeGreaterThan(0);
    const reply = answer('why is burglary up');
    expect(reply.drivers?.comparison).toBe('previous');
    expect(reply.drivers?.change).toBe(previous);
    expect(reply.drivers?.byArea.reduce((s, c) => s + c.change, 0)).toBe(previous);
    const lines = toJson(reply).text.split('\n');
    expect(lines[0]).toContain(`up ${previous} `);
    expect(lines[1]).toMatch(new RegExp(`^But down ${-yearAgo} `));
  });
});

describe('what drives a change, where it cannot be split', () => {
  test('a district is held whole: the reply says so first, then gives its figure', () => {
    const text = toJson(answer('why is burglary up in Fenland')).text;
    expect(text.split('\n')[0]).toBe("I hold Fenland's figures as a whole, not by smaller places, so I can't say what drove its change. Here it is as it stands.");
    expect(text).toContain('Dwelling burglary offences, Fenland');
  });

  test('a median does not add up across places: said first', () => {
    const text = toJson(answer('why is the immediate response time up')).text;
    expect(text.split('\n')[0]).toMatch(/^I can't split the change in Median time to attend immediate incidents by place/);
  });

  test('an area splits into its own districts', () => {
    const d = answer('why is burglary up in the North').drivers!;
    expect(d.scope.id).toBe('north');
    expect(d.byArea.map((c) => c.id).sort()).toEqual(['fenland', 'peterborough']);
  });
});
