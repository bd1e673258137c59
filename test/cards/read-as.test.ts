import { replyToCard } from '../../cards/reply-card';
import { allText, ofType, submitData, textBlocks } from './card-json';
import { replyTo } from './fixtures';

/** Every answer card says in one short line what the question was read as; refusals name what they could not use. */
describe('"Read as" on the cards', () => {
  test.each([
    ['dwelling burglary outcome rate South last month', 'Read as: Dwelling burglary prosecution possible outcome rate · South · 12 months to January 2020.'],
    ['burglary in South by district', 'Read as: Dwelling burglary offences · Cambridge, South Cambridgeshire, East Cambridgeshire, Huntingdonshire · January 2020.'],
    ['robbery in Fenland vs last year', 'Read as: Robbery offences · Fenland · January 2020 · vs a year earlier.'],
  ])('"%s"', (q, line) => {
    const card = replyToCard(replyTo(q));
    expect(textBlocks(card).filter((t) => t.text === line)).toHaveLength(1);
    expect(card.fallbackText).toContain(line);
  });

  test('the compact card carries it too', () => {
    const card = replyToCard(replyTo('robbery last month'), { compact: true });
    expect(allText(card)).toContain('Read as: Robbery offences · Cambridgeshire · January 2020.');
  });

  test('two metrics are rows of one table, each named', () => {
    const card = replyToCard(replyTo('burglary and robbery last month'));
    const [table] = ofType(card, 'Table');
    const labels = ofType(table, 'TableRow').slice(1).map((row) => textBlocks(ofType(row, 'TableCell')[0])[0]?.text);
    expect(labels).toEqual(['Dwelling burglary offences', 'Robbery offences']);
    expect(allText(card)).toContain('Read as: Dwelling burglary offences and Robbery offences · Cambridgeshire · January 2020.');
  });

  test('two periods are rows of one table, each named by its months', () => {
    const card = replyToCard(replyTo('robbery in January vs June'));
    const [table] = ofType(card, 'Table');
    const labels = ofType(table, 'TableRow').slice(1).map((row) => textBlocks(ofType(row, 'TableCell')[0])[0]?.text);
    expect(labels).toEqual(['Cambridgeshire, January 2020', 'Cambridgeshire, June 2019']);
  });

  test('a choice of periods: each button asks the question for one period', () => {
    const card = replyToCard(replyTo('burglary 2018 or 2019'));
    expect(submitData(card)).toEqual([
      { perfbot: 'ask', text: 'Dwelling burglary offences, in 2018' },
      { perfbot: 'ask', text: 'Dwelling burglary offences, in 2019' },
    ]);
    const back = replyTo('Dwelling burglary offences, in 2018');
    expect(back.kind === 'answer' ? back.results.map((r) => [r.window.from, r.window.to]) : back.kind).toEqual([['2018-01', '2018-12']]);
  });

  test('a detail not held: the card names it and offers the broader figure as its first button', () => {
    const card = replyToCard(replyTo('cyber crime last month'));
    expect(allText(card)).toContain('"cyber"');
    expect(submitData(card)[0]).toMatchObject({ perfbot: 'choose', metric: 'crimes_all' });
  });

  test('a place outside the force: the card names it and offers the figure for the force', () => {
    const card = replyToCard(replyTo('burglary in Norwich'));
    expect(allText(card)).toContain('Norwich');
    expect(submitData(card)[0]).toMatchObject({ perfbot: 'choose', metric: 'crimes_dwelling_burglary' });
  });

  test('a grain not held: the card says monthly and offers the latest month', () => {
    const card = replyToCard(replyTo('robbery this week'));
    expect(allText(card)).toMatch(/monthly figures/);
    expect(submitData(card)[0]).toMatchObject({ perfbot: 'query', query: { metric: 'crimes_robbery', unheld: 'this week' }, change: { kind: 'window', period: { kind: 'month', month: '2020-01' } } });
  });
});
