import { ask } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import type { Metric } from '../../src/domain/catalogue-types';
import type { Window, WindowKind } from '../../src/domain/window';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { runConversationTurn } from '../../dialogs/conversation-dialog';
import { questionText } from '../../cards/question-text';
import { cardGallery } from '../../src/tools/card-render/card-gallery';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';
import { submits } from './card-json';
import { cardBrain, TODAY } from './fixtures';

/** What the bot does with a button press in a new conversation. */
function press(value: unknown) {
  return runConversationTurn({ kind: 'submit', value }, EMPTY_CONVERSATION, TODAY, cardBrain()).output;
}

function readings(reply: Reply): string[] {
  if (reply.kind === 'answer') return reply.results.map((r) => `${r.metric.id}/${r.area.id}`);
  if (reply.kind === 'no_data') return [`${reply.metric.id}/${reply.area.id}`];
  return [reply.kind];
}

describe('every button on every card is one the bot answers', () => {
  const gallery = cardGallery(cardBrain(), TODAY);
  const presses = gallery.flatMap((g) => submits(g.card).map((a) => [g.name, a.title, a.data] as const));

  test('the gallery has buttons on every kind of card', () => {
    expect(new Set(presses.map(([name]) => name))).toEqual(new Set(gallery.filter((g) => !g.name.startsWith('compact')).map((g) => g.name)));
  });

  test.each(presses)('%s: "%s"', (_name, _title, data) => {
    const output = press(data);
    if (data.perfbot === 'help') return expect(output.kind).toBe('help');
    expect(output.kind).toBe('reply');
    if (output.kind !== 'reply') return;
    expect(['answer', 'no_data']).toContain(output.reply.kind);
    if (data.perfbot === 'choose') expect(readings(output.reply)[0]).toBe(`${data.metric}/${data.area ?? 'force'}`);
  });

  test('"By area", "Trend" and "vs last year" on an answer do what they say', () => {
    const card = gallery.find((g) => g.name === 'answer-rate')?.card;
    const replies = submits(card).map((a) => {
      const out = press(a.data);
      return [a.title, out.kind === 'reply' ? out.reply : undefined] as const;
    });
    const [byArea, trend, lastYear] = replies.map(([, r]) => r);
    expect(byArea && readings(byArea)).toEqual(['ppo_rate_dwelling_burglary/cambridge', 'ppo_rate_dwelling_burglary/south_cambridgeshire', 'ppo_rate_dwelling_burglary/east_cambridgeshire', 'ppo_rate_dwelling_burglary/huntingdonshire']);
    expect(trend).toMatchObject({ kind: 'answer', seriesAsked: true });
    expect(lastYear).toMatchObject({ kind: 'answer', asked: ['last_year'] });
  });
});

describe('a question a button puts reads back to the same figure', () => {
  const brain = testBrain(syntheticObservations());
  const windows: Readonly<Record<Exclude<WindowKind, 'point'>, Window>> = {
    month: { kind: 'month', from: '2020-01', to: '2020-01' },
    rolling12: { kind: 'rolling12', from: '2019-02', to: '2020-01' },
    quarter: { kind: 'quarter', from: '2019-10', to: '2019-12' },
    fy: { kind: 'fy', from: '2018-04', to: '2019-03' },
    fytd: { kind: 'fytd', from: '2019-04', to: '2020-01' },
    year: { kind: 'year', from: '2019-01', to: '2019-12' },
    range: { kind: 'range', from: '2019-06', to: '2019-12' },
  };

  function windowFor(metric: Metric, kind: keyof typeof windows): Window {
    return metric.aggregation === 'point' && kind === 'month' ? { kind: 'point', from: '2020-01', to: '2020-01' } : windows[kind];
  }

  const cases = brain.catalogue.metrics.flatMap((m) =>
    (Object.keys(windows) as (keyof typeof windows)[])
      .filter((kind) => m.aggregation !== 'point' || kind === 'month')
      .map((kind) => [m.id, kind] as const));

  test.each(cases)('%s, %s', (metricId, kind) => {
    const metric = brain.catalogue.metric(metricId);
    if (!metric) throw new Error(metricId);
    const w = windowFor(metric, kind);
    const area = brain.catalogue.areas.find((a) => metric.levels.includes(a.level) && a.level === metric.levels[metric.levels.length - 1]) ?? brain.catalogue.force;
    const reply = ask(questionText(metric, area, w), EMPTY_CONVERSATION, TODAY, brain).reply;
    expect(readings(reply)).toEqual([`${metric.id}/${area.id}`]);
    if (reply.kind === 'answer') expect(reply.results[0]?.window).toEqual(w);
  });
});
