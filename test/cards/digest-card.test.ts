import { digestCard } from '../../cards/digest-card';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { sampleIndex } from '../insights/helpers/sample-data';

const catalogue = loadCatalogue();
const names = { metricName: (id: string) => catalogue.metric(id)?.name ?? id, areaName: (id: string) => catalogue.area(id)?.name ?? id };

describe('the digest card', () => {
  const digest = buildMonthlyDigest(sampleIndex(), catalogue, '2020-01');
  const card = digestCard(digest, names);
  const json = JSON.stringify(card);
  if (digest.kind !== 'digest') throw new Error('expected a digest');

  test('is titled "January 2020 performance headlines", with the whole digest as fallback text, under 28 KB', () => {
    expect(json).toContain('January 2020 performance headlines');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const fallback = String((card as { fallbackText?: string }).fallbackText);
    expect(fallback).toMatch(/^January 2020 performance headlines\n\nStrategic measures\nThe long-term downward trend/);
    expect(fallback).toContain('\nPerformance headlines\n1. ');
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_CARD_BYTES);
  });

  test('tells the strategic measures first, in the catalogue\'s order, each with a button to its full answer', () => {
    const body = (card as unknown as { body: { type: string; text?: string; items?: { text?: string }[] }[] }).body;
    const sections = body.filter((e) => e.type === 'TextBlock').map((e) => e.text);
    expect(sections.slice(1, 3)).toEqual(['Strategic measures', 'Performance headlines']);
    const paragraphs = body.filter((e) => e.type === 'Container');
    expect(paragraphs.map((p) => p.items?.[0]?.text)).toEqual([
      'All crime prosecution possible outcome rate',
      'Dwelling burglary prosecution possible outcome rate',
      'Domestic abuse prosecution possible outcome rate',
    ]);
    expect(body.findIndex((e) => e.type === 'Container')).toBeLessThan(body.findIndex((e) => e.text === 'Performance headlines'));
    const full = [...json.matchAll(/"title":"Full answer","data":\{"perfbot":"ask","text":"([^"]+)"/g)].map((m) => m[1]);
    expect(full).toEqual([
      'All crime prosecution possible outcome rate January 2020',
      'Dwelling burglary prosecution possible outcome rate January 2020',
      'Domestic abuse prosecution possible outcome rate January 2020',
    ]);
    for (const p of digest.strategic) expect(json).toContain(p.text.slice(0, 80));
  });

  test('then one line per headline, each with a button that asks about it, coloured by polarity', () => {
    const asks = [...json.matchAll(/"title":"Ask","data":\{"perfbot":"ask","text":"([^"]+)"/g)].map((m) => m[1]);
    expect(asks).toHaveLength(digest.headlines.length);
    expect(digest.headlines.length).toBeGreaterThan(0);
    for (const h of digest.headlines) expect(json).toContain(h.text.slice(0, 40));
    const coloured = digest.headlines.filter((h) => h.good !== 'neutral').length;
    expect((json.match(/"color":"(Good|Attention)"/g) ?? []).length).toBeGreaterThanOrEqual(coloured);
  });

  test('an area digest is titled with the area', () => {
    const south = digestCard(buildMonthlyDigest(sampleIndex(), catalogue, '2020-01', { area: 'south' }), names);
    expect(JSON.stringify(south)).toContain('January 2020 performance headlines: South');
    expect(Buffer.byteLength(JSON.stringify(south))).toBeLessThan(MAX_CARD_BYTES);
  });
});
