import { replyToCard } from '../../cards/reply-card';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { allText, jsonBytes, ofType, submitData, textBlocks } from './card-json';
import { replyTo } from './fixtures';

/** The table's body rows as [area, value, change, mark]: the change is under the value, in the same cell. */
function rowsOf(question: string): { area: string; value: string; change: string; mark?: string; colour?: string }[] {
  const [table] = ofType(replyToCard(replyTo(question)), 'Table');
  const rows = (table?.rows ?? []) as unknown[];
  return rows.slice(1).map((row) => {
    const cells = ofType(row, 'TableCell').map((c) => textBlocks(c));
    const [area, mark] = cells[0] ?? [];
    // The value first, then (for counts) the rate per 1,000, then the change.
    const figure = cells[1] ?? [];
    const change = figure.length > 1 ? figure[figure.length - 1] : undefined;
    return {
      area: area?.text ?? '',
      value: figure[0]?.text ?? '',
      change: (change?.text ?? '').replace(/\u00a0/g, ' '),
      ...(mark ? { mark: mark.text } : {}),
      ...(change?.color ? { colour: change.color } : {}),
    };
  });
}

describe('the multi-area card', () => {
  test('is a table of area, value and change with a header row', () => {
    const card = replyToCard(replyTo('burglary in South by district'));
    const [table] = ofType(card, 'Table');
    expect(table).toMatchObject({ type: 'Table', firstRowAsHeader: true });
    expect(rowsOf('burglary in South by district').map((r) => r.area)).toEqual(['Cambridge', 'South Cambridgeshire', 'East Cambridgeshire', 'Huntingdonshire']);
    expect(allText(card)).toContain('Change on December 2019');
    // One line per district, then what the question was read as.
    expect(card.fallbackText.split('\n')).toHaveLength(5);
    expect(card.fallbackText.split('\n')[4]).toBe('Read as: Dwelling burglary offences · Cambridge, South Cambridgeshire, East Cambridgeshire, Huntingdonshire · January 2020.');
  });

  test('marks a crime count best and worst per 1,000 residents (population.md), not by the raw count', () => {
    const residents: Record<string, number> = { Cambridge: 145681, 'South Cambridgeshire': 162106, 'East Cambridgeshire': 87769, Huntingdonshire: 180834 };
    const rows = rowsOf('burglary in South by district');
    const rates = rows.map((r) => (1000 * Number(r.value.replace(/,/g, ''))) / residents[r.area]!);
    expect(rates.every((x) => Number.isFinite(x))).toBe(true);
    expect(rows[rates.indexOf(Math.min(...rates))]?.mark).toBe('Best');
    expect(rows[rates.indexOf(Math.max(...rates))]?.mark).toBe('Worst');
    expect(rows.filter((r) => r.mark)).toHaveLength(2);
    expect(allText(replyToCard(replyTo('burglary in South by district')))).toContain('Best and worst by the rate per 1,000 residents (Census 2021)');
  });

  test('marks the highest outcome rate best', () => {
    const rows = rowsOf('dwelling burglary outcome rate by district');
    const values = rows.map((r) => parseFloat(r.value));
    expect(rows[values.indexOf(Math.max(...values))]?.mark).toBe('Best');
    expect(rows[values.indexOf(Math.min(...values))]?.mark).toBe('Worst');
    expect(rows.every((r) => /ppt$|^no change$/.test(r.change))).toBe(true);
  });

  test('marks nothing for a neutral metric, and leaves its changes uncoloured', () => {
    const rows = rowsOf('DA crimes by area');
    expect(rows.some((r) => r.mark)).toBe(false);
    expect(rows.every((r) => r.colour === 'Default')).toBe(true);
  });

  test('colours a change by polarity: a rising outcome rate is good', () => {
    const rows = rowsOf('dwelling burglary outcome rate by district');
    expect(rows.some((r) => r.change.startsWith('▲'))).toBe(true);
    for (const r of rows) if (r.change.startsWith('▲')) expect(r.colour).toBe('Good');
  });

  test('asks the same areas again for the trend and last year: the reading travels with the button, not a sentence', () => {
    const data = submitData(replyToCard(replyTo('burglary in South by district')));
    const reading = { metric: 'crimes_dwelling_burglary', areas: ['south'], breakdown: 'districts', period: { kind: 'month', month: '2020-01' } };
    expect(data.slice(0, 2)).toEqual([
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'trend' } },
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'compare', comparison: 'last_year' } },
    ]);
  });

  test('with the trend asked for, draws one line per area, with a fallback', () => {
    const card = replyToCard(replyTo('dwelling burglary outcome rate by area trend'));
    const [chart] = ofType(card, 'Chart.Line');
    expect((chart?.data as { legend: string }[]).map((s) => s.legend)).toEqual(['North', 'South']);
    expect(chart?.fallback).toBeDefined();
  });

  test(`stays under ${MAX_CARD_BYTES} bytes with every district and its trend`, () => {
    expect(jsonBytes(replyToCard(replyTo('dwelling burglary outcome rate by district trend')))).toBeLessThan(MAX_CARD_BYTES);
  });
});
