import { ask } from '../../src/answers/ask';
import { renderText } from '../../src/answers/render-text';
import { isPoliceUkMetric } from '../../src/domain/police-uk-catalogue';
import { understand } from '../../src/understanding/understand';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';

const brain = testBrain();
const TODAY = '2019-09-15';

function metricOf(text: string): string {
  const r = understand(text, TODAY, brain).metric;
  if (r.kind === 'found') return r.metric.id;
  if (r.kind === 'ambiguous') return `clarify:${r.options.map((m) => m.id).join('|')}`;
  return r.kind;
}

describe('the force\'s own figures and the public police.uk ones', () => {
  test.each([
    // Words both fit: the force's management information wins.
    ['burglary in Peterborough August 2019', 'crimes_dwelling_burglary'],
    ['ASB in Cambridge', 'asb_incidents'],
    ['shoplifting', 'crimes_shoplifting'],
    ['robbery outcome rate', 'ppo_rate_robbery'],
    ['positive outcome rate', 'ppo_rate_all'],
    ['crime in Fenland', 'crimes_all'],
    // Said police.uk (however written): the public figures.
    ['police.uk burglary in Peterborough August 2019', 'policeuk_burglary'],
    ['burglary in Peterborough from data.police.uk', 'policeuk_burglary'],
    ['police uk ASB in Cambridge', 'policeuk_anti_social_behaviour'],
    ['ASB in Cambridge, public data', 'policeuk_anti_social_behaviour'],
    ['police.uk crime in Fenland', 'policeuk_all_crime'],
    ['police.uk positive outcome rate', 'policeuk_positive_outcome_rate'],
    ['police.uk shop lifting', 'policeuk_shoplifting'],
    // Only the public data names it.
    ['bicycle theft in Cambridge', 'policeuk_bicycle_theft'],
    ['bike thefts in Ely', 'policeuk_bicycle_theft'],
    ['violence and sexual offences by district', 'policeuk_violence_and_sexual_offences'],
    ['public order offences in Huntingdonshire', 'policeuk_public_order'],
    ['theft from the person in Cambridge', 'policeuk_theft_from_the_person'],
    ['pickpocketing', 'policeuk_theft_from_the_person'],
  ])('%s -> %s', (text, id) => {
    expect(metricOf(text)).toBe(id);
  });

  test('the source words are not left over as unknown words', () => {
    expect(understand('police.uk burglary in Peterborough', TODAY, brain).unknownWords).toEqual([]);
  });

  test('with no police.uk files imported, the reply says so and how to add them', () => {
    const reply = ask('bicycle theft in Cambridge August 2019', EMPTY_CONVERSATION, TODAY, brain).reply;
    expect(reply.kind).toBe('no_data');
    expect(renderText(reply)).toMatch(/no data\.police\.uk files .*perfbot import police-uk/);
  });

  test('an answer from police.uk names its source in the text', () => {
    const withData = testBrain([
      { metric: 'policeuk_burglary', area: 'peterborough', month: '2019-07', value: 40, numerator: null, denominator: null },
      { metric: 'policeuk_burglary', area: 'peterborough', month: '2019-08', value: 47, numerator: null, denominator: null },
    ]);
    const reply = ask('police.uk burglary in Peterborough August 2019', EMPTY_CONVERSATION, TODAY, withData).reply;
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(isPoliceUkMetric(reply.results[0]!.metric)).toBe(true);
    const text = renderText(reply);
    expect(text).toMatch(/^Burglary \(police\.uk\), Peterborough, August 2019: 47, up 7 .* on July 2019/);
    expect(text).toMatch(/Source: data\.police\.uk street-level crime files\./);
  });
});
