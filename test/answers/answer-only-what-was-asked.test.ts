import { ask } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';
import { lastReplyOf } from '../helpers/conversation';

/**
 * ask-contract.md, "Answer only what was asked": a question holding a word, a place or a period the
 * bot cannot use never gets a plain answer to the rest of it. The synthetic figures end in January 2020.
 */
const brain = testBrain(syntheticObservations());
const TODAY = '2020-02-10';

function reply(q: string, today = TODAY): JsonReply {
  return toJson(ask(q, EMPTY_CONVERSATION, today, brain).reply);
}

/** The last reply of the turns played as one conversation. */
const converse = (turns: readonly string[]): JsonReply => lastReplyOf(brain, TODAY, turns);

/** A plain answer: one figure, no word of what it left out or that it is broader. */
function isPlainAnswer(r: JsonReply): boolean {
  return r.status === 'answer' && r.results.length === 1 && !/broader|don't hold/i.test(r.text.split('\n')[0] ?? '');
}

describe('a detail the catalogue does not hold is named, with the broader figure first', () => {
  test.each([
    ['cyber crime last month', 'cyber', 'crimes_all'],
    ['online crime', 'online', 'crimes_all'],
    ['youth violence with injury', 'youth', 'crimes_violence_with_injury'],
    ['repeat victims of domestic abuse', 'repeat', 'crimes_domestic_abuse'],
    ['racially motivated hate crime', 'racially', 'crimes_hate'],
    ['violence with injury against over 65s', '65s', 'crimes_violence_with_injury'],
    ['rape charge rate', 'rape', 'charge_rate_all'],
    ['all crime excluding shoplifting', 'excluding shoplifting', 'crimes_all'],
    ['burglary solving speed index', 'index', 'ppo_(count|rate)_dwelling_burglary'],
    ['drug offences in schools', 'schools', 'crimes_drugs'],
    ['robbery of mobile phones', 'mobile', 'crimes_robbery'],
    ['alcohol related violence with injury', 'alcohol', 'crimes_violence_with_injury'],
    ['night time economy robbery last month', 'night', 'crimes_robbery'],
    ['shoplifting by juveniles', 'juveniles', 'crimes_shoplifting'],
    ['vehicle crime involving electric scooters', 'scooters', 'crimes_vehicle'],
    ['domestic abuse involving children', 'children', 'crimes_domestic_abuse'],
  ])('"%s" names "%s" and offers %s first', (q, word, nearest) => {
    const r = reply(q);
    expect(r.status).toBe('unknown');
    expect(r.reason).toBe('unsupported_detail');
    expect(r.results).toEqual([]);
    expect(r.unsupported).toEqual(expect.arrayContaining(word.split(' ').length > 1 ? [word] : [expect.stringContaining(word)]));
    expect(r.suggestions?.[0]).toMatch(new RegExp(`^${nearest}$`));
    expect(r.text).toContain(word);
    // No figure: no percentage, no number of three or more digits.
    expect(r.text).not.toMatch(/\d%|\b\d{3,}\b/);
  });
});

describe('a place outside the force is named, with the force and its areas', () => {
  test.each([
    ['burglary in Norwich', 'Norwich'],
    ['crime in Bedford', 'Bedford'],
    ["burglary in King's Lynn", "King's Lynn"],
    ['vehicle crime in Ipswich', 'Ipswich'],
    ['robbery in Luton last month', 'Luton'],
    ['ASB in Stamford', 'Stamford'],
    ['shoplifting Northampton', 'Northampton'],
    ['charges in Essex', 'Essex'],
    ['violence with injury in North Hertfordshire', 'North Hertfordshire'],
    ['burglary outcome rate Spalding', 'Spalding'],
    ['robbery in Newmarket vs last year', 'Newmarket'],
    ['burglary in Ruritania', 'Ruritania'],
    ['crime for Gotham', 'Gotham'],
  ])('"%s" is outside the force: %s', (q, place) => {
    const r = reply(q);
    expect(r.status).toBe('unknown');
    expect(r.reason).toBe('outside_force');
    expect(r.results).toEqual([]);
    expect(r.text).toContain(place);
    expect(r.text).toContain('Cambridgeshire');
    expect(r.text).toContain('Peterborough');
  });
});

describe('a grain or span not held is no data, naming the monthly grain and the latest month', () => {
  test.each([
    'robbery this week',
    'burglary last week',
    'robbery yesterday',
    'burglary today',
    'burglary next month',
    'shoplifting tomorrow',
    'ASB daily',
    'how many burglaries per day',
    'weekly robbery figures',
    'robbery in the last 7 days',
    'violence with injury over the weekend',
    'burglary on Monday',
    'charges next year',
    'what was the robbery figure on 15 January 2020',
    'burglary on 15/01/2020',
  ])('"%s"', (q) => {
    const r = reply(q);
    expect(r.status).toBe('no_data');
    expect(r.results).toEqual([]);
    expect(r.latest).toBe('2020-01');
    expect(r.text).toMatch(/monthly figures/);
    expect(r.text).toContain('January 2020');
  });

  test.each(['robbery in March 2021', 'burglary in December 2020', 'shoplifting in 2021'])('a future month or year: "%s"', (q) => {
    const r = reply(q);
    expect(r.status).toBe('no_data');
    expect(r.latest).toBe('2020-01');
  });
});

describe('two metrics are both answered, side by side', () => {
  test.each([
    ['burglary and robbery last month', ['crimes_dwelling_burglary', 'crimes_robbery']],
    ['charges and TICs', ['charges', 'tics']],
    ['shoplifting and vehicle crime in January', ['crimes_shoplifting', 'crimes_vehicle']],
    ['robbery & ASB in Cambridge', ['crimes_robbery', 'asb_incidents']],
    ['drug offences plus hate crime', ['crimes_drugs', 'crimes_hate']],
    ['community resolutions and charges in December', ['community_resolutions', 'charges']],
    ['burglary outcome rate and robbery outcome rate', ['ppo_rate_dwelling_burglary', 'ppo_rate_robbery']],
    ['burglary and robbery outcome rates', ['ppo_rate_dwelling_burglary', 'ppo_rate_robbery']],
    ['violence with and without injury', ['crimes_violence_with_injury', 'crimes_violence_without_injury']],
    ['burglary vs robbery', ['crimes_dwelling_burglary', 'crimes_robbery']],
  ])('"%s"', (q, metrics) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect([...new Set(r.results.map((x) => x.metric))]).toEqual(metrics);
    expect(r.reading?.metrics).toEqual(metrics);
    expect(r.text.split('\n').filter((l) => /: [\d£]/.test(l))).toHaveLength(metrics.length);
  });

  test.each([
    ['criminal damage and arson', 'crimes_criminal_damage'],
    ['business and community burglary', 'crimes_business_burglary'],
    ['charges and summonses', 'charges'],
  ])('a name that holds "and" is one figure: "%s"', (q, metric) => {
    expect(reply(q).results.map((x) => x.metric)).toEqual([metric]);
  });

  test('"burglary or robbery" asks which', () => {
    const r = reply('burglary or robbery');
    expect(r.status).toBe('clarify');
    expect(r.options?.map((o) => o.metric)).toEqual(['crimes_dwelling_burglary', 'crimes_robbery']);
  });
});

describe('two periods are both answered, side by side, or put as a choice', () => {
  test.each([
    ['robbery in January vs June', [['2020-01', '2020-01'], ['2019-06', '2019-06']]],
    ['burglary January 2019 and December 2019', [['2019-01', '2019-01'], ['2019-12', '2019-12']]],
    ['shoplifting in 2018 vs 2019', [['2018-01', '2018-12'], ['2019-01', '2019-12']]],
    ['robbery 2017/18 compared with 2018/19', [['2017-04', '2018-03'], ['2018-04', '2019-03']]],
    ['vehicle crime in June and in September 2019', [['2019-06', '2019-06'], ['2019-09', '2019-09']]],
    ['robbery vs March', [['2020-01', '2020-01'], ['2019-03', '2019-03']]],
  ])('"%s"', (q, windows) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.from, x.to])).toEqual(windows);
  });

  test.each(['burglary 2018 or 2019', 'robbery in January or February 2019'])('"%s" asks which period', (q) => {
    const r = reply(q);
    expect(r.status).toBe('clarify');
    expect(r.results).toEqual([]);
    expect(r.options).toHaveLength(2);
  });

  test('a month written without its year takes the year of the one after it', () => {
    expect(reply('robbery in January or February 2019').options?.map((o) => o.label)).toEqual(['Robbery offences, January 2019', 'Robbery offences, February 2019']);
  });

  test('the choice of periods is answered by its number', () => {
    const first = ask('burglary 2018 or 2019', EMPTY_CONVERSATION, TODAY, brain);
    const second = toJson(ask('2', first.state, TODAY, brain).reply);
    expect(second.results.map((x) => [x.metric, x.window, x.from, x.to])).toEqual([['crimes_dwelling_burglary', 'year', '2019-01', '2019-12']]);
  });

  test('"compared to December" in January is the previous month, not a second period', () => {
    const r = reply('charges in January compared to December');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]?.comparisons.find((c) => c.kind === 'previous')).toMatchObject({ from: '2019-12', to: '2019-12' });
  });

  test('"from" and "since" are read for what they mean', () => {
    expect(reply('figures from last year for burglary').results.map((x) => [x.window, x.from, x.to])).toEqual([['year', '2019-01', '2019-12']]);
    const since = reply('burglary since last year');
    expect(since.reading?.comparisons).toEqual(['last_year']);
    expect(reply('robbery since September 2019').results.map((x) => [x.from, x.to])).toEqual([['2019-09', '2020-01']]);
  });
});

describe('a synonym for a broader figure says so', () => {
  test.each([
    ['rape', 'crimes_sexual_offences', 'rape'],
    ['rape last month in Peterborough', 'crimes_sexual_offences', 'rape'],
    ['knife crime', 'crimes_weapons_possession', 'knife crime'],
    ['knife crime in Fenland', 'crimes_weapons_possession', 'knife crime'],
  ])('"%s" is %s, saying it is broader than %s', (q, metric, narrower) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results[0]?.metric).toBe(metric);
    const first = r.text.split('\n')[0] ?? '';
    expect(first).toContain(narrower);
    expect(first).toMatch(/broader/);
  });
});

describe('none of these gets a plain answer', () => {
  const all = [
    'cyber crime last month', 'burglary in Norwich', 'robbery this week', 'burglary and robbery last month', 'rape charge rate',
    'crime in Bedford', 'burglary next month', 'all crime excluding shoplifting', 'robbery in January vs June', 'knife crime',
    'hate crime against disabled people', 'burglary in Cambridge today', 'theft from shops in Peterborough excluding Queensgate',
    'cyber enabled fraud', 'violence against women and girls', 'crime in Peterborough and Norwich',
  ];
  test.each(all)('"%s"', (q) => {
    expect(isPlainAnswer(reply(q))).toBe(false);
  });
});

describe('every answer carries its reading, and the text ends with one "Read as" line', () => {
  test('dwelling burglary outcome rate South last month', () => {
    const r = reply('dwelling burglary outcome rate South last month');
    expect(r.reading).toMatchObject({ metric: 'ppo_rate_dwelling_burglary', areas: ['south'], window: 'rolling12', from: '2019-02', to: '2020-01', comparisons: [] });
    expect(r.reading?.understood).toBe('dwelling burglary outcome rate · South · last month');
    expect(r.reading?.ignored).toEqual([]);
    const lines = r.text.split('\n');
    expect(lines[lines.length - 1]).toBe('Read as: Dwelling burglary prosecution possible outcome rate · South · 12 months to January 2020.');
  });

  test('filler is listed as ignored, and only filler', () => {
    const r = reply('please show me the number of robberies in Fenland vs last year');
    expect(r.status).toBe('answer');
    expect(r.reading?.ignored).toEqual(expect.arrayContaining(['please', 'show', 'me', 'the']));
    for (const w of r.reading?.ignored ?? []) expect(brain.lexicon.stopwords.has(w)).toBe(true);
    expect(r.reading?.comparisons).toEqual(['last_year']);
  });
});

describe('a follow-up keeps everything the question before asked', () => {

  test('both metrics, at the new place', () => {
    const r = converse(['burglary and robbery last month', 'and North?']);
    expect(r.results.map((x) => `${x.metric}/${x.area}`)).toEqual(['crimes_dwelling_burglary/north', 'crimes_robbery/north']);
  });
  test('both periods, at the new place', () => {
    const r = converse(['robbery in January vs June', 'and in Fenland?']);
    expect(r.results.map((x) => `${x.area}/${x.from}`)).toEqual(['fenland/2020-01', 'fenland/2019-06']);
  });
  test('the broader figure is still said to be broader', () => {
    expect(converse(['rape', 'and in Peterborough?']).text.split('\n')[0]).toMatch(/broader/);
  });
  test('a follow-up naming a week or a place outside the force is refused too', () => {
    expect(converse(['burglary last month', 'what about this week?']).status).toBe('no_data');
    expect(converse(['burglary last month', 'and Norwich?']).reason).toBe('outside_force');
  });
});

/**
 * Phrasings from a sweep of questions a detective superintendent or analyst would type, each of which
 * was answered as something other than what was asked (a word dropped, a place or period replaced).
 */
describe('sweep: phrasings that were answered as something else', () => {
  const metricsOf = (r: JsonReply) => [...new Set(r.results.map((x) => x.metric))];

  test.each([
    ['burglary outcome rate and count', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['dwelling burglary outcome rate and the number', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['burglary outcome rate and outcome count', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['burglary outcomes and rate', ['ppo_count_dwelling_burglary', 'ppo_rate_dwelling_burglary']],
    ['robbery outcomes and rate year to date', ['ppo_count_robbery', 'ppo_rate_robbery']],
    ['number and rate of burglary outcomes', ['ppo_count_dwelling_burglary', 'ppo_rate_dwelling_burglary']],
    ['burglary outcome rate and number in Hunts', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['charges and charge rate', ['charges', 'charge_rate_all']],
    ['charges, TICs and community resolutions', ['charges', 'tics', 'community_resolutions']],
    ['burglary outcome rate, count and trend', ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary']],
    ['how many domestic abuse crimes and what is the outcome rate', ['crimes_domestic_abuse', 'ppo_rate_domestic_abuse']],
    ['domestic abuse and outcome rate', ['crimes_domestic_abuse', 'ppo_rate_domestic_abuse']],
  ])('two measures or a comma list: "%s" gives %j', (q, metrics) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(metricsOf(r)).toEqual(metrics);
  });

  test.each(['robbery count and rate', 'burglary rate and volume', 'hate crime volume and rate'])('a crime\'s count and rate: "%s" gives the count and per 1,000 side by side', (q) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]?.per1000).toEqual(expect.any(Number));
    expect(r.text).toMatch(/per 1,000 residents/);
  });

  test.each([
    ['burglary in St Ives', 'St Ives', 'huntingdonshire'],
    ['knife crime in Wisbech', 'Wisbech', 'fenland'],
    ['robbery in Whittlesey', 'Whittlesey', 'fenland'],
    ['ASB in Ely', 'Ely', 'east_cambridgeshire'],
    ['burglary in St Neots vs last year', 'St Neots', 'huntingdonshire'],
    ['burglary in the town of March', 'March', 'fenland'],
    ['burglary in March, Fenland', 'March', 'fenland'],
    ['burglary March Fenland', 'March', 'fenland'],
    ['vehicle crime in Cambourne', 'Cambourne', 'south_cambridgeshire'],
  ])('a town: "%s" says first that %s is in its district', (q, town, area) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => x.area)).toEqual([area]);
    expect(r.text.split('\n')[0]).toMatch(new RegExp(`^I hold figures by district: ${town} is in `));
    expect(r.reading?.notes?.[0]).toContain(town);
  });

  test.each([
    ['burglary in Cambridge and robbery in Peterborough', ['crimes_dwelling_burglary/cambridge', 'crimes_robbery/peterborough']],
    ['burglary in Cambridge in January and robbery in Peterborough in December', ['crimes_dwelling_burglary/cambridge/2020-01', 'crimes_robbery/peterborough/2019-12']],
    ['burglary in Peterborough in March and in Fenland in June', ['crimes_dwelling_burglary/peterborough/2019-03', 'crimes_dwelling_burglary/fenland/2019-06']],
  ])('paired parts: "%s"', (q, expected) => {
    const r = reply(q);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.metric, x.area, ...(expected[0]?.split('/').length === 3 ? [x.from] : [])].join('/'))).toEqual(expected);
  });

  test.each(['which district has the most 999 calls', '999 calls by district'])('a force-only figure split by district: "%s"', (q) => {
    const r = reply(q);
    expect(r.status).toBe('no_data');
    expect(r.text).toMatch(/recorded for the whole force only, so it cannot be (ranked|broken down) by district/);
    expect(r.text).not.toMatch(/not for Peterborough/);
  });

  test('"burglary last March" is March 2019, not a refusal of "last"', () => {
    expect(reply('burglary last March').results.map((x) => [x.from, x.to])).toEqual([['2019-03', '2019-03']]);
  });

  test('"violence in Ely last March" is not refused for "last"', () => {
    expect(reply('violence in Ely last March').reason).not.toBe('unsupported_detail');
  });

  test('"shoplifting up or down?" answers with the changes, not a refusal of "down"', () => {
    const r = reply('shoplifting up or down?');
    expect(r.status).toBe('answer');
    expect(r.reading?.comparisons).toEqual(['previous', 'last_year']);
  });

  test('"rape and sexual offences" says rape is not held separately', () => {
    const r = reply('rape and sexual offences');
    expect(isPlainAnswer(r)).toBe(false);
    expect(r.text.split('\n')[0]).toMatch(/don't hold rape separately/);
  });

  test('"shoplifting at Queensgate" is a detail not held, not a place outside the force', () => {
    const r = reply('shoplifting at Queensgate');
    expect(r.status).toBe('unknown');
    expect(r.reason).toBe('unsupported_detail');
  });

  test('"burglary 19/20 year to date vs last year" is one window, not the same one twice', () => {
    expect(reply('burglary 19/20 year to date vs last year').results).toHaveLength(1);
  });

  test('"and the count?" after an outcome rate is the count of outcomes', () => {
    const r = converse(['burglary in Cambridge last month', 'and the outcome rate?', 'and the count?']);
    expect(r.results.map((x) => `${x.metric}/${x.area}`)).toEqual(['ppo_count_dwelling_burglary/cambridge']);
  });
});

describe('sweep: a ranking or the drivers of a change asked of two metrics or two periods asks which', () => {
  test.each([
    ['top 2 districts for robbery and shoplifting', 'clarify'],
    ['why are burglary and robbery up', 'clarify'],
    ['which district has the most burglaries in 2018 and 2019', 'clarify'],
  ])('"%s"', (q, status) => {
    const r = reply(q);
    expect(r.status).toBe(status);
    expect(r.results).toEqual([]);
    expect(r.options).toHaveLength(2);
  });

  test('the pick is ranked', () => {
    const first = ask('top 2 districts for robbery and shoplifting', EMPTY_CONVERSATION, TODAY, brain);
    const r = toJson(ask('2', first.state, TODAY, brain).reply);
    expect(r.results.every((x) => x.metric === 'crimes_shoplifting')).toBe(true);
    expect(r.ranking).toMatchObject({ level: 'district', top: 2 });
  });
});
