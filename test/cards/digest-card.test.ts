import { digestCard } from '../../cards/digest-card';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { buildDigest } from '../../src/insights/digest';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { sampleIndex } from '../insights/helpers/sample-data';

const catalogue = loadCatalogue();
const names = { metricName: (id: string) => catalogue.metric(id)?.name ?? id, areaName: (id: string) => catalogue.area(id)?.name ?? id };

describe('the digest card', () => {
  const digest = buildDigest(sampleIndex(), catalogue, '2020-01');
  const card = digestCard(digest, names);
  const json = JSON.stringify(card);

  test('is titled "January 2020 performance headlines", with a fallback text, under 28 KB', () => {
    expect(json).toContain('January 2020 performance headlines');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(String((card as { fallbackText?: string }).fallbackText)).toMatch(/^January 2020 performance headlines\n1\. /);
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_CARD_BYTES);
  });

  test('has one line per headline, each with a button that asks about it, coloured by polarity', () => {
    if (digest.kind !== 'headlines') throw new Error('expected headlines');
    const asks = [...json.matchAll(/"perfbot":"ask","text":"([^"]+)"/g)].map((m) => m[1]);
    expect(asks).toHaveLength(digest.headlines.length);
    expect(asks[0]).toBe('All crime prosecution possible outcome rate January 2020');
    for (const h of digest.headlines) expect(json).toContain(h.text.slice(0, 40));
    const coloured = digest.headlines.filter((h) => h.good !== 'neutral').length;
    expect((json.match(/"color":"(Good|Attention)"/g) ?? []).length).toBeGreaterThanOrEqual(coloured);
  });
});
