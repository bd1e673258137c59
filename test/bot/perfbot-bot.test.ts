import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import type { CardRenderer } from '../../src/bot/card-renderer';
import { cardRendererFor } from '../../src/bot/default-card-renderer';
import { plainCardRenderer } from '../../src/bot/plain-card-renderer';
import { PerfBot } from '../../src/bot/perfbot-bot';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';
import { StateConflictError } from '../../src/state/state-types';

const brain = testBrain(syntheticObservations());
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function setup(cards: CardRenderer = plainCardRenderer) {
  const audit = new MemoryAuditLog();
  const bot = new PerfBot({ brain: () => brain, today: () => '2020-02-10', state: new ConversationState(new MemoryStorage()), cards, audit, log: silent });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { adapter, audit };
}

function summaryOf(activity: Partial<Activity>): string {
  return String(activity.summary ?? activity.text ?? '');
}

function cardOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  return activity.attachments?.[0]?.content as Record<string, unknown> | undefined;
}

describe('the bot handler (TestAdapter)', () => {
  test('another instance saving the conversation state first costs that turn\'s context, not an error reply', async () => {
    const warnings: string[] = [];
    class RacedStorage extends MemoryStorage {
      override write(): Promise<void> {
        return Promise.reject(new StateConflictError('the state changed meanwhile'));
      }
    }
    const bot = new PerfBot({ brain: () => brain, today: () => '2020-02-10', state: new ConversationState(new RacedStorage()), cards: plainCardRenderer, audit: new MemoryAuditLog(), log: { ...silent, warn: (_o: unknown, m?: string) => void warnings.push(m ?? '') } });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    await adapter.send('charges in January').assertReply((a) => expect(summaryOf(a)).toMatch(/^Charges and summonses, Cambridgeshire, January 2020/));
    expect(warnings).toEqual([expect.stringContaining('saved meanwhile by another instance')]);
  });

  test('a question is answered with an Adaptive Card and a summary', async () => {
    const { adapter } = setup();
    await adapter.send('dwelling burglary outcome rate South last month').assertReply((a) => {
      expect(summaryOf(a)).toMatch(/^Dwelling burglary prosecution possible outcome rate, South, 12 months to January 2020: /);
      expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardOf(a)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    });
  });

  test('follow-ups use the conversation state', async () => {
    const { adapter } = setup();
    await adapter
      .send('charges in January').assertReply((a) => expect(summaryOf(a)).toMatch(/^Charges and summonses, Cambridgeshire, January 2020/))
      .send('what about December?').assertReply((a) => expect(summaryOf(a)).toMatch(/^Charges and summonses, Cambridgeshire, December 2019/))
      .send('and Fenland?').assertReply((a) => expect(summaryOf(a)).toMatch(/^Charges and summonses, Fenland, December 2019/));
  });

  test('a clarification, then a click on an option (Action.Submit value), answers that reading', async () => {
    const { adapter } = setup();
    await adapter
      .send('response times in the South').assertReply((a) => expect(summaryOf(a)).toMatch(/more than one figure/))
      .send({ type: ActivityTypes.Message, text: '', value: { perfbot: 'choose', metric: 'response_prompt_median_mins', area: 'south' } })
      .assertReply((a) => expect(summaryOf(a)).toMatch(/^Median time to attend prompt incidents, South, January 2020/));
  });

  test('"help" shows the help card', async () => {
    const { adapter } = setup();
    await adapter.send('help').assertReply((a) => expect(cardOf(a)).toMatchObject({ type: 'AdaptiveCard' }));
  });

  test('a button carrying a question asks it', async () => {
    const { adapter } = setup();
    await adapter.send({ type: ActivityTypes.Message, value: { perfbot: 'ask', text: 'robbery vs last year' } }).assertReply((a) => expect(summaryOf(a)).toMatch(/^Robbery offences, Cambridgeshire, January 2020: .* on January 2019/));
  });

  test('a card button sends the card\'s reading and its change: "Trend" on a six-district card gives the six districts back', async () => {
    const { adapter } = setup(cardRendererFor(brain.catalogue.catalogue));
    let card: Record<string, unknown> | undefined;
    await adapter.send('burglary by district').assertReply((a) => {
      card = cardOf(a);
    });
    const actions = (card?.actions ?? []) as { type: string; title: string; data?: Record<string, unknown> }[];
    const trend = actions.find((x) => x.title === 'Trend');
    expect(trend?.data).toMatchObject({ perfbot: 'query', change: { kind: 'trend' }, query: { breakdown: 'districts', areas: [] } });
    const districts = ['Peterborough', 'Fenland', 'Cambridge', 'South Cambridgeshire', 'East Cambridgeshire', 'Huntingdonshire'];
    await adapter.send({ type: ActivityTypes.Message, value: trend?.data }).assertReply((a) => {
      const json = JSON.stringify(cardOf(a));
      for (const d of districts) expect(json).toContain(d);
      expect(json).toContain('Chart.Line');
    });
  });

  test('a malformed button value gets help, not an error', async () => {
    const { adapter } = setup();
    await adapter.send({ type: ActivityTypes.Message, value: { perfbot: 'choose', metric: 42 } }).assertReply((a) => expect(cardOf(a)).toMatchObject({ type: 'AdaptiveCard' }));
  });

  test('the audit log records who asked and the reading answered', async () => {
    const { adapter, audit } = setup();
    await adapter.send('999 calls in Peterborough').assertReply((a) => expect(summaryOf(a)).toMatch(/whole force only/));
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ question: '999 calls in Peterborough', status: 'no_data', readings: [{ metric: 'calls_999', area: 'peterborough' }] });
  });
});
