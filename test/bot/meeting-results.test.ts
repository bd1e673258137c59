import { replyToCard } from '../../cards/reply-card';
import { ask } from '../../src/answers/ask';
import { replyResults } from '../../src/bot/extension-results';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { allText, ofType } from '../cards/card-json';
import { cardBrain, TODAY } from '../cards/fixtures';

function reply(question: string) {
  return ask(question, EMPTY_CONVERSATION, TODAY, cardBrain()).reply;
}

describe('rankings, rates per head and drivers in the meeting search box and in group chats', () => {
  test('a ranking is one search result: the whole ranked card, its first line as the preview', () => {
    const r = reply('which district has the most burglaries');
    if (r.kind !== 'answer') throw new Error(r.kind);
    const results = replyResults(r);
    expect(results).toHaveLength(1);
    const first = r.results[0]!;
    expect((results[0]?.preview?.content as { text: string }).text).toMatch(new RegExp(`^${first.area.name} had the most dwelling burglary offences`));
    expect(ofType(results[0]?.content, 'Chart.HorizontalBar')).toHaveLength(1);
  });

  test('what drove a change is one search result, with the split as bars', () => {
    const results = replyResults(reply('why is burglary up'));
    expect(results).toHaveLength(1);
    expect(allText(results[0]?.content)).toContain('what drove the change');
  });

  test('a rate per head previews as per 1,000 residents with the population named', () => {
    const [result] = replyResults(reply('burglary per head in Fenland'));
    expect((result?.preview?.content as { text: string }).text).toMatch(/per 1,000 residents \(.* among 102,465 residents, Census 2021\)/);
  });

  test('compact cards (group chats, meetings) keep the order of a ranking and the parts of a change', () => {
    const r = reply('top 3 districts for burglary');
    if (r.kind !== 'answer') throw new Error(r.kind);
    const text = allText(replyToCard(r, { compact: true }));
    const names = r.results.map((x) => `${x.rank}. ${x.area.name}`);
    for (const n of names.slice(0, 3)) expect(text).toContain(n);
    expect(text).not.toContain(names[3]);
    const d = reply('why is burglary up');
    if (d.kind !== 'answer' || !d.drivers) throw new Error('expected drivers');
    expect(allText(replyToCard(d, { compact: true }))).toContain(d.drivers.byArea[0]!.name);
  });
});
