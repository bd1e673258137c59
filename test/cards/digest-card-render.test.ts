import { existsSync } from 'node:fs';
import { digestCard } from '../../cards/digest-card';
import { cardBytes, MAX_CARD_BYTES } from '../../cards/card-shell';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { cardProblems } from '../../src/tools/card-render/card-problems';
import { CHROMIUM_PATH, renderCards, type RenderedCard } from '../../src/tools/card-render/render-cards';
import { sampleIndex } from '../insights/helpers/sample-data';

/** The January 2020 digest card on the sample data, force and South, through the Adaptive Cards SDK in headless Chromium. */
const chromiumPresent = existsSync(CHROMIUM_PATH);
const mustRun = chromiumPresent || Boolean(process.env.CI);
const catalogue = loadCatalogue();
const names = { metricName: (id: string) => catalogue.metric(id)?.name ?? id, areaName: (id: string) => catalogue.area(id)?.name ?? id };

(mustRun ? describe : describe.skip)('the digest card in headless Chromium', () => {
  const index = sampleIndex();
  const cards = [
    { name: 'digest-force', card: digestCard(buildMonthlyDigest(index, catalogue, '2020-01'), names) },
    { name: 'digest-south', card: digestCard(buildMonthlyDigest(index, catalogue, '2020-01', { area: 'south' }), names) },
  ];
  let rendered: RenderedCard[] = [];

  beforeAll(async () => {
    if (!chromiumPresent) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium before the tests`);
    rendered = await renderCards(cards);
  }, 60_000);

  test.each(cards.map((c) => [c.name, c.card] as const))('%s parses, validates and renders, under 28 KB, strategic measures first', (name, card) => {
    const r = rendered.find((x) => x.name === name);
    expect(r?.rendered).toBe(true);
    expect(cardProblems(card, r?.events ?? [])).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    const text = r?.text ?? '';
    expect(text.indexOf('Strategic measures')).toBeGreaterThan(-1);
    expect(text.indexOf('Strategic measures')).toBeLessThan(text.indexOf('Performance headlines'));
    expect(text).toContain('Full answer');
  });
});
