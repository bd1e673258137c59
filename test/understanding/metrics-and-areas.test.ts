import { understand } from '../../src/understanding/understand';
import { testBrain } from '../helpers/brain';

const brain = testBrain();
const TODAY = '2020-02-10';

function metricOf(text: string): string {
  const r = understand(text, TODAY, brain).metric;
  if (r.kind === 'found') return r.metric.id;
  if (r.kind === 'ambiguous') return `clarify:${r.options.map((m) => m.id).join('|')}`;
  return r.kind;
}

describe('metrics by name, synonym, abbreviation and typo', () => {
  test.each([
    ['dwelling burglary outcome rate', 'ppo_rate_dwelling_burglary'],
    ['burglary solved rate', 'ppo_rate_dwelling_burglary'],
    ['BDW', 'crimes_dwelling_burglary'],
    ['house burglaries', 'crimes_dwelling_burglary'],
    ['residential burglary', 'crimes_dwelling_burglary'],
    ['burgalry', 'crimes_dwelling_burglary'],
    ['non-dwelling burglary', 'crimes_business_burglary'],
    ['how many burglary outcomes', 'ppo_count_dwelling_burglary'],
    ['DA outcome rate', 'ppo_rate_domestic_abuse'],
    ['DV outcome rate', 'ppo_rate_domestic_abuse'],
    ['domestic violence', 'crimes_domestic_abuse'],
    ['DA outcomes', 'ppo_count_domestic_abuse'],
    ['VWI', 'crimes_violence_with_injury'],
    ['GBH', 'crimes_violence_with_injury'],
    ['VWI outcome rate', 'ppo_rate_violence_with_injury'],
    ['knife-enabled violence', 'weapon_rate_violence_with_injury'],
    ['armed robbery', 'weapon_rate_robbery'],
    ['robberies', 'crimes_robbery'],
    ['robbery outcome rate', 'ppo_rate_robbery'],
    ['muggings', 'crimes_robbery'],
    ['PPO rate', 'ppo_rate_all'],
    ['positive outcome rate', 'ppo_rate_all'],
    ['detection rate', 'ppo_rate_all'],
    ['PPOs', 'ppo_count_all'],
    ['prosecution possible outcomes', 'ppo_count_all'],
    ['TICs', 'tics'],
    ['taken into consideration', 'tics'],
    ['CRs', 'community_resolutions'],
    ['community resolutoins', 'community_resolutions'],
    ['OoCD', 'oocd_positive_outcomes'],
    ['out of court disposals', 'oocd_positive_outcomes'],
    ['charges', 'charges'],
    ['charge rate', 'charge_rate_all'],
    ['CDI', 'cdi_compliance'],
    ['crime recording compliance', 'cdi_compliance'],
    ['ASB', 'asb_incidents'],
    ['anti-social behaviour', 'asb_incidents'],
    ['antisocial behavior', 'asb_incidents'],
    ['total recorded crime', 'crimes_all'],
    ['TRC', 'crimes_all'],
    ['G1 response time', 'response_immediate_median_mins'],
    ['grade 2 response', 'response_prompt_median_mins'],
    ['blue light response times', 'response_immediate_median_mins'],
    ['999 calls', 'calls_999'],
    ['999 answer rate', 'calls_999_answered_10s'],
    ['101 calls abandoned', 'calls_101_abandoned_rate'],
    ['101 calls', 'calls_101'],
    ['data quality pass rate', 'dq_pass_rate'],
    ['case file error rate', 'casefile_error_rate'],
    ['casefiles assessed', 'casefiles_assessed'],
    ['CID workload', 'cid_live_investigations'],
    ['assets under restraint', 'assets_restrained_gbp'],
    ['AFOs', 'afo_value_gbp'],
    ['shop theft', 'crimes_shoplifting'],
    ['shoplifitng', 'crimes_shoplifting'],
    ['criminal damage', 'crimes_criminal_damage'],
    ['vandalism', 'crimes_criminal_damage'],
    ['knife possession', 'crimes_weapons_possession'],
    ['hate crime', 'crimes_hate'],
    ['sex offences', 'crimes_sexual_offences'],
    ['car crime', 'crimes_vehicle'],
    ['drug offences', 'crimes_drugs'],
    ['comms authorities', 'comms_authorities_life_at_risk'],
    ['burglary incidents', 'incidents_dwelling_burglary'],
    ['prompt over 4 hours', 'prompt_over_4h_rate'],
  ])('"%s" is %s', (text, id) => {
    expect(metricOf(text)).toBe(id);
  });

  test.each([['violent crime'], ['number of assaults']])('"%s" could be with or without injury: the reply asks', (q) => {
    expect(metricOf(q)).toMatch(/^clarify:crimes_violence_with_injury\|crimes_violence_without_injury/);
  });

  test('"response times" could be immediate or prompt: the reply asks', () => {
    expect(metricOf('response times')).toMatch(/^clarify:response_immediate_median_mins\|response_prompt_median_mins/);
  });

  test.each([
    ["what's the weather tomorrow"],
    ['who won the football'],
    ['tell me a joke'],
    ['lorem ipsum dolor sit amet'],
  ])('"%s" is about no metric', (text) => {
    expect(metricOf(text)).toMatch(/^(none|empty)$/);
  });
});

describe('areas by name, synonym and town', () => {
  function areasOf(text: string): string[] {
    return understand(text, TODAY, brain).areas.map((a) => a.area.id);
  }
  test.each([
    ['burglary South', ['south']],
    ['burglary South Cambs', ['south_cambridgeshire']],
    ['burglary in South Cambridgeshire', ['south_cambridgeshire']],
    ['burglary in East Cambs', ['east_cambridgeshire']],
    ['burglary in Cambridge', ['cambridge']],
    ['burglary in Cambridge City', ['cambridge']],
    ['burglary force wide', ['force']],
    ['burglary in Cambridgeshire', ['force']],
    ["burglary in P'boro", ['peterborough']],
    ['burglary in Peterbrough', ['peterborough']],
    ['burglary sth cambs', ['south_cambridgeshire']],
    ['burglary in Wisbech', ['fenland']],
    ['burglary in March, Fenland', ['fenland']],
    ['burglary in Ely', ['east_cambridgeshire']],
    ['burglary St Neots', ['huntingdonshire']],
    ['burglary in St. Ives', ['huntingdonshire']],
    ['burglary Hunts', ['huntingdonshire']],
    ['burglary north area', ['north']],
    ['burglary North vs South', ['north', 'south']],
  ])('"%s" names %j', (text, ids) => {
    expect(areasOf(text)).toEqual(ids);
  });

  test('"March" alone is a month, not the town', () => {
    const u = understand('burglary in March', TODAY, brain);
    expect(u.areas).toEqual([]);
    expect(u.period?.spec).toEqual({ kind: 'month', month: '2019-03' });
  });
});

describe('comparison, trend and breakdown words', () => {
  test.each([
    ['robbery vs last year', ['last_year']],
    ['robbery compared with last year', ['last_year']],
    ['robbery year on year', ['last_year']],
    ['robbery than a year ago', ['last_year']],
    ['robbery vs last month', ['previous']],
    ['robbery month on month', ['previous']],
    ['robbery compared to December', ['previous']],
    ['outcome rate since year end', ['fy_end']],
    ['outcome rate vs March year end', ['fy_end']],
    ['outcome rate than at year end', ['fy_end']],
    ['outcome rate vs benchmark', ['benchmark']],
    ['outcome rate against the long-term average', ['benchmark']],
  ])('"%s" asks for %j', (text, kinds) => {
    const u = understand(text, TODAY, brain);
    expect(u.comparisons).toEqual(kinds);
    expect(u.period).toBeUndefined();
  });

  test.each([
    ['burglary by district', 'districts'],
    ['compare the districts', 'districts'],
    ['burglary break down by area', 'areas'],
    ['break it down', 'below'],
  ])('"%s" is a %s breakdown', (text, kind) => {
    expect(understand(text, TODAY, brain).breakdown).toBe(kind);
  });

  test.each(['all crime outcome rate trend', 'robbery over time', 'chart of ASB'])('"%s" asks for a series', (text) => {
    expect(understand(text, TODAY, brain).wantsSeries).toBe(true);
  });
});
