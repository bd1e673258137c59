import { existsSync } from 'node:fs';
import type { AdaptiveCard } from '../../cards/adaptive-card-types';
import { cardGallery } from '../../src/tools/card-render/card-gallery';
import { cardProblems } from '../../src/tools/card-render/card-problems';
import { CHROMIUM_PATH, renderCards, type RenderedCard } from '../../src/tools/card-render/render-cards';
import { cardBrain, TODAY } from './fixtures';

/**
 * Every card kind through the Adaptive Cards SDK in headless Chromium: parsed, validated and
 * rendered with a Teams-like host config. Skips only on a developer machine without Chromium;
 * under CI a missing Chromium fails.
 */
const chromiumPresent = existsSync(CHROMIUM_PATH);
const mustRun = chromiumPresent || Boolean(process.env.CI);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A card that breaks the rule: a Teams-only chart with nothing for other clients to show. */
const NO_FALLBACK = {
  type: 'AdaptiveCard',
  version: '1.5',
  fallbackText: 'x',
  body: [{ type: 'Chart.Line', data: [{ legend: 'x', values: [{ x: 'a', y: 1 }] }] }],
} as unknown as AdaptiveCard;

if (!mustRun) {
  console.warn(`render-cards.test: skipped, ${CHROMIUM_PATH} not found (apt-get install -y chromium); CI is not set`);
}

(mustRun ? describe : describe.skip)('every card kind in headless Chromium with the Adaptive Cards SDK', () => {
  const gallery = cardGallery(cardBrain(), TODAY);
  const byName = new Map<string, RenderedCard>();

  beforeAll(async () => {
    if (!chromiumPresent) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium) before the tests`);
    const rendered = await renderCards([...gallery, { name: 'no-fallback', card: NO_FALLBACK }]);
    for (const r of rendered) byName.set(r.name, r);
  }, 60_000);

  describe.each(gallery.map((g) => [g.name, g.card] as const))('the %s card', (name, card) => {
    test('parses and validates with no errors (a Teams chart only where it has a fallback)', () => {
      const r = byName.get(name);
      expect(r?.rendered).toBe(true);
      expect(cardProblems(card, r?.events ?? [])).toEqual([]);
    });

    test('renders to a PNG', () => {
      const png = byName.get(name)?.png ?? Buffer.alloc(0);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const { width, height } = pngSize(png);
      expect(width).toBeGreaterThanOrEqual(500);
      expect(height).toBeGreaterThan(60);
    });
  });

  test('the chart is unknown to the SDK, so its fallback is what shows', () => {
    const r = byName.get('answer-rate');
    expect(r?.events.map((e) => e.event)).toEqual(['UnknownElementType']);
    expect(r?.text).toMatch(/[▁▂▃▄▅▆▇█]{13}/);
    expect(r?.text).toContain('Data to end of January 2020.');
  });

  test('a Teams chart without a fallback is caught', () => {
    const r = byName.get('no-fallback');
    expect(cardProblems(NO_FALLBACK, r?.events ?? [])).toEqual(['Chart.Line is unknown to the SDK and has no fallback']);
  });
});
