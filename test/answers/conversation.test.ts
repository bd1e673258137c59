import { ask } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import { EMPTY_CONVERSATION, type ConversationState } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';

const brain = testBrain(syntheticObservations());
const TODAY = '2020-02-10';

/** Plays the turns as one conversation and returns every reply. */
function converse(...turns: string[]): Reply[] {
  let state: ConversationState = EMPTY_CONVERSATION;
  return turns.map((t) => {
    const turn = ask(t, state, TODAY, brain);
    state = turn.state;
    return turn.reply;
  });
}

function summary(reply: Reply | undefined): string {
  if (!reply) return 'none';
  if (reply.kind === 'answer') return reply.results.map((r) => `${r.metric.id}/${r.area.id}/${r.window.kind}:${r.window.from}..${r.window.to}`).join(' + ');
  if (reply.kind === 'clarify') return `clarify:${reply.options.map((o) => o.metric.id).join('|')}`;
  return reply.kind;
}

describe('a follow-up changes only what it names', () => {
  test.each([
    [['dwelling burglary outcome rate South', 'and North?'], 'ppo_rate_dwelling_burglary/north/rolling12:2019-02..2020-01'],
    [['charges in January', 'what about December?'], 'charges/force/month:2019-12..2019-12'],
    [['robbery in Peterborough last month', 'and Fenland?'], 'crimes_robbery/fenland/month:2020-01..2020-01'],
    [['robbery in Peterborough last month', 'how about in 2019'], 'crimes_robbery/peterborough/year:2019-01..2019-12'],
    [['robbery in Peterborough last month', 'and burglary?'], 'crimes_dwelling_burglary/peterborough/month:2020-01..2020-01'],
    [['burglary in Cambridge', 'and the rate?'], 'ppo_rate_dwelling_burglary/cambridge/rolling12:2019-02..2020-01'],
    [['DA outcomes in January', 'and the outcome rate?'], 'ppo_rate_domestic_abuse/force/rolling12:2019-02..2020-01'],
    [['DA outcome rate', 'how many?'], 'ppo_count_domestic_abuse/force/month:2020-01..2020-01'],
    [['charges last month', 'and the rate?'], 'charge_rate_all/force/rolling12:2019-02..2020-01'],
    [['robbery in South', 'break it down by district'], 'crimes_robbery/cambridge/month:2020-01..2020-01 + crimes_robbery/south_cambridgeshire/month:2020-01..2020-01 + crimes_robbery/east_cambridgeshire/month:2020-01..2020-01 + crimes_robbery/huntingdonshire/month:2020-01..2020-01'],
    [['ASB last month', 'by area'], 'asb_incidents/north/month:2020-01..2020-01 + asb_incidents/south/month:2020-01..2020-01'],
    [['ASB by area', 'and in Ely?'], 'asb_incidents/east_cambridgeshire/month:2020-01..2020-01'],
  ])('%j ends in %s', (turns, expected) => {
    expect(summary(converse(...turns).pop())).toBe(expected);
  });

  test('"vs last year?" adds the comparison and keeps the question', () => {
    const reply = converse('robbery in Fenland in December', 'vs last year?').pop();
    expect(summary(reply)).toBe('crimes_robbery/fenland/month:2019-12..2019-12');
    expect(reply).toMatchObject({ kind: 'answer', asked: ['last_year'] });
  });

  test('"show the trend" asks for the series of the same question', () => {
    const reply = converse('DA outcome rate South', 'show the trend').pop();
    expect(summary(reply)).toBe('ppo_rate_domestic_abuse/south/rolling12:2019-02..2020-01');
    expect(reply).toMatchObject({ kind: 'answer', seriesAsked: true });
  });

  test('a bare answer to a clarification picks the option and keeps the rest of the question', () => {
    const [first, second] = converse('response times in the South last month', 'immediate');
    expect(summary(first)).toMatch(/^clarify:response_immediate_median_mins\|response_prompt_median_mins/);
    expect(summary(second)).toBe('response_immediate_median_mins/south/month:2020-01..2020-01');
  });

  test('an option can be picked by its number', () => {
    expect(summary(converse('response times', '2').pop())).toBe('response_prompt_median_mins/force/month:2020-01..2020-01');
  });

  test('a new question starts afresh: nothing is carried over from the one before', () => {
    expect(summary(converse('robbery in Peterborough last month', 'dwelling burglary outcome rate').pop())).toBe('ppo_rate_dwelling_burglary/force/rolling12:2019-02..2020-01');
  });

  test('a follow-up with nothing before it is not guessed at', () => {
    expect(converse('and North?')[0]?.kind).toBe('unknown');
  });

  test('"and the rate?" where two rates fit asks which', () => {
    expect(summary(converse('robbery last month', 'and the rate?').pop())).toBe('clarify:ppo_rate_robbery|weapon_rate_robbery');
  });
});

describe('levels a metric does not have', () => {
  test('999 calls in Peterborough: a clear no naming the levels, no number, the force offered', () => {
    const [reply] = converse('999 calls in Peterborough');
    expect(reply).toMatchObject({ kind: 'no_data', reason: 'level', levels: ['force'], alternative: { area: { id: 'force' } } });
  });

  test('CID investigations exist by area: a district question is offered its area', () => {
    const [reply] = converse('CID live investigations in Wisbech');
    expect(reply).toMatchObject({ kind: 'no_data', reason: 'level', alternative: { area: { id: 'north' } } });
  });

  test('a breakdown by district of a force-only metric is refused, not filled from another level', () => {
    const [reply] = converse('999 calls by district');
    expect(reply).toMatchObject({ kind: 'no_data', reason: 'level' });
  });
});
