import { runConversationTurn } from '../../dialogs/conversation-dialog';
import type { SubmitData } from '../../cards/adaptive-card-types';
import { replyToCard } from '../../cards/reply-card';
import { ask } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import { cardGallery } from '../../src/tools/card-render/card-gallery';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { submits } from './card-json';
import { cardBrain, TODAY } from './fixtures';

type Answer = Extract<Reply, { kind: 'answer' }>;
type QueryPress = Extract<SubmitData, { perfbot: 'query' }>;

function press(data: SubmitData): Reply {
  const out = runConversationTurn({ kind: 'submit', value: JSON.parse(JSON.stringify(data)) }, EMPTY_CONVERSATION, TODAY, cardBrain()).output;
  if (out.kind !== 'reply') throw new Error(`expected a reply, got ${out.kind}`);
  return out.reply;
}

function answered(reply: Reply): Answer {
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
  return reply;
}

const places = (r: Answer) => [...new Set(r.results.map((x) => x.area.id))].sort();
const windows = (r: Answer) => [...new Set(r.results.map((x) => `${x.window.kind} ${x.window.from} ${x.window.to}`))];

describe('pressing every button of every card kind: the reading plus the change, nothing re-read from words', () => {
  const gallery = cardGallery(cardBrain(), TODAY).filter((g) => g.reply?.kind === 'answer' && !g.name.startsWith('compact'));
  const presses = gallery.flatMap((g) => submits(g.card).filter((a) => a.data.perfbot === 'query').map((a) => [g.name, a.title, g.reply as Answer, a.data as QueryPress] as const));

  test('every kind of answer card has buttons that carry the reading', () => {
    expect(new Set(presses.map(([name]) => name))).toEqual(new Set(gallery.map((g) => g.name)));
    for (const [, , , data] of presses) expect(data.query.metric).toBeDefined();
  });

  test.each(presses)('%s: "%s" does what it says', (_name, _title, shown, data) => {
    const reply = answered(press(data));
    const metric = shown.results[0]!.metric.id;
    expect(reply.results[0]?.metric.id).toBe(metric);
    switch (data.change.kind) {
      case 'trend':
        expect(reply.seriesAsked).toBe(true);
        expect(places(reply)).toEqual(shown.drivers ? [shown.drivers.scope.id] : places(shown));
        expect(reply.ranking?.asked).toBe(shown.ranking?.asked);
        break;
      case 'compare':
        expect(reply.asked).toContain(data.change.comparison);
        expect(places(reply)).toEqual(places(shown));
        expect(windows(reply)).toEqual(windows(shown));
        expect(reply.drivers?.comparison).toBe(shown.drivers ? data.change.comparison : undefined);
        break;
      case 'breakdown':
        expect(reply.results.length).toBeGreaterThan(1);
        expect(reply.results.every((r) => r.area.level === (data.change.kind === 'breakdown' && data.change.breakdown === 'areas' ? 'area' : 'district'))).toBe(true);
        break;
      case 'rank':
        expect(reply.ranking).toMatchObject({ asked: data.change.order, level: data.change.level });
        expect(reply.results.map((r) => r.rank)).toEqual(reply.results.map((_, i) => i + 1));
        break;
      case 'per_head':
        expect(reply.query.perHead).toBe(data.change.on);
        expect(places(reply)).toEqual(places(shown));
        if (data.change.on) expect(reply.results.every((r) => r.perHead !== undefined)).toBe(true);
        if (shown.ranking) expect(reply.ranking?.by).toBe(data.change.on ? 'per1000' : 'value');
        break;
      case 'drivers':
        expect(reply.drivers).toBeDefined();
        expect(reply.drivers?.scope.id).toBe(shown.ranking ? shown.ranking.reference?.area.id : shown.results[0]?.area.id);
        expect(reply.drivers?.byArea.length).toBeGreaterThan(1);
        break;
    }
  });

  test('the by-district card\'s "Trend" gives every district back, not the neighbours of the first (issue 16, point 5)', () => {
    const shown = answered(ask('burglary by district', EMPTY_CONVERSATION, TODAY, cardBrain()).reply);
    expect(places(shown)).toHaveLength(6);
    const trend = submits(replyToCard(shown)).find((a) => a.data.perfbot === 'query' && a.data.change.kind === 'trend');
    const reply = answered(press(trend!.data));
    expect(places(reply)).toEqual(places(shown));
    expect(reply.seriesAsked).toBe(true);
    const lastYear = submits(replyToCard(shown)).find((a) => a.data.perfbot === 'query' && a.data.change.kind === 'compare');
    expect(places(answered(press(lastYear!.data)))).toEqual(places(shown));
  });

  test('a button keeps the months the card showed, even when newer figures would be the default', () => {
    const shown = answered(ask('burglary in December 2019 by district', EMPTY_CONVERSATION, TODAY, cardBrain()).reply);
    const trend = submits(replyToCard(shown)).find((a) => a.data.perfbot === 'query' && a.data.change.kind === 'trend');
    expect(windows(answered(press(trend!.data)))).toEqual(windows(shown));
  });

  test('a reading naming a metric or place the catalogue does not hold is refused, not guessed', () => {
    const shown = answered(ask('burglary by district', EMPTY_CONVERSATION, TODAY, cardBrain()).reply);
    const data = submits(replyToCard(shown)).find((a) => a.data.perfbot === 'query')!.data as QueryPress;
    expect(press({ ...data, query: { ...data.query, metric: 'no_such_metric' } }).kind).toBe('unknown');
    expect(press({ ...data, query: { ...data.query, areas: ['norwich'] } }).kind).toBe('unknown');
  });
});

describe('what a card cannot do of what was asked is said first on the card', () => {
  test.each([
    ['burglary outcome rate per head in Fenland', /is not a count, so it has no rate per head/],
    ['why is burglary up in Fenland', /can't say what drove its change/],
  ])('"%s"', (question, said) => {
    const card = replyToCard(ask(question, EMPTY_CONVERSATION, TODAY, cardBrain()).reply);
    const first = (card.body[0] as { text?: string }).text ?? '';
    expect(first).toMatch(said);
  });
});

describe('the no-data card\'s offer is the same reading at a window held', () => {
  test.each(['burglary in March 2020', 'robbery this week', 'dwelling burglary outcome rate in the 12 months to March 2020'])('"%s": pressing it answers the same metric at the latest month', (question) => {
    const shown = ask(question, EMPTY_CONVERSATION, TODAY, cardBrain()).reply;
    if (shown.kind !== 'no_data') throw new Error(`expected no_data, got ${shown.kind}`);
    const [offer] = submits(replyToCard(shown));
    const reply = answered(press(offer!.data));
    expect(reply.results[0]?.metric.id).toBe(shown.metric.id);
    expect(reply.results[0]?.window.to).toBe('2020-01');
  });
});
