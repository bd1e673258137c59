import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
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

/**
 * A card laid out as perfbot's used to be, which a phone breaks: a long place name in a narrow bold
 * column, a change held together in another, and four buttons side by side.
 */
const BREAKS_ON_A_PHONE = {
  type: 'AdaptiveCard',
  version: '1.5',
  fallbackText: 'x',
  body: [{
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 1, items: [{ type: 'TextBlock', text: 'Huntingdonshire', weight: 'Bolder', size: 'Large', wrap: true }] },
      { type: 'Column', width: 1, items: [{ type: 'TextBlock', text: '1,695', wrap: true }] },
      { type: 'Column', width: 1, items: [{ type: 'TextBlock', text: '▲\u00a01,163\u00a0(132.6%)', weight: 'Bolder', size: 'Medium', wrap: true }] },
    ],
  }],
  actions: [{ type: 'Action.Submit', title: 'Breakdown by district', data: { perfbot: 'help' } }, { type: 'Action.Submit', title: 'Compared with last year', data: { perfbot: 'help' } }],
} as unknown as AdaptiveCard;

/** Where the screenshots go (git-ignored): <name>-<width>.png, and <name>-<width>-open.png with a show-card open. */
const OUT = path.join(__dirname, '..', '..', 'test-output', 'cards');
const WIDTHS = [360, 760] as const;

if (!mustRun) {
  console.warn(`render-cards.test: skipped, ${CHROMIUM_PATH} not found (apt-get install -y chromium); CI is not set`);
}

(mustRun ? describe : describe.skip)('every card kind in headless Chromium with the Adaptive Cards SDK', () => {
  const gallery = cardGallery(cardBrain(), TODAY);
  const byName = new Map<string, RenderedCard>();
  const atWidth = new Map<number, Map<string, RenderedCard>>();

  beforeAll(async () => {
    if (!chromiumPresent) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium) before the tests`);
    const rendered = await renderCards([...gallery, { name: 'no-fallback', card: NO_FALLBACK }]);
    for (const r of rendered) byName.set(r.name, r);
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      const named = new Map<string, RenderedCard>();
      for (const r of await renderCards([...gallery, { name: 'breaks-on-a-phone', card: BREAKS_ON_A_PHONE }], CHROMIUM_PATH, { width })) {
        named.set(r.name, r);
        if (r.name === 'breaks-on-a-phone') continue;
        writeFileSync(path.join(OUT, `${r.name}-${width}.png`), r.png);
        if (r.openPng) writeFileSync(path.join(OUT, `${r.name}-${width}-open.png`), r.openPng);
      }
      atWidth.set(width, named);
    }
  }, 120_000);

  describe.each(gallery.map((g) => [g.name, g.card] as const))('the %s card', (name, card) => {
    test('parses and validates with no errors (a Teams chart only where it has a fallback)', () => {
      const r = byName.get(name);
      expect(r?.rendered).toBe(true);
      expect(cardProblems(card, r?.events ?? [])).toEqual([]);
    });

    test.each(WIDTHS.map((w) => [w]))('reads at %i px: no word broken inside itself, nothing cut off, show-cards open too', (width) => {
      const r = atWidth.get(width)?.get(name);
      expect(r?.rendered).toBe(true);
      expect(r?.layout).toEqual([]);
      expect(pngSize(r?.png ?? Buffer.alloc(24)).width).toBe(width);
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

  test('the phone check catches a card that breaks at 360 px, and the same card passes at 760', () => {
    const narrow = atWidth.get(360)?.get('breaks-on-a-phone')?.layout ?? [];
    expect(narrow.some((p) => p.startsWith('word broken') && p.includes('"Huntingdonshire"'))).toBe(true);
    expect(narrow.some((p) => p.includes('▲\u00a01,163\u00a0(132.6%)'))).toBe(true);
    expect(atWidth.get(760)?.get('breaks-on-a-phone')?.layout).toEqual([]);
  });

  test('the help card opens on "Try asking" and fits a phone screen; the rest opens from its show-card', () => {
    const help = atWidth.get(360)?.get('help');
    expect(help?.text).toContain('Try asking');
    expect(help?.text).not.toContain('Measures I know');
    expect(pngSize(help?.png ?? Buffer.alloc(24)).height).toBeLessThan(700);
    expect(pngSize(help?.openPng ?? Buffer.alloc(24)).height).toBeGreaterThan(pngSize(help?.png ?? Buffer.alloc(24)).height);
  });

  test('a Teams chart without a fallback is caught', () => {
    const r = byName.get('no-fallback');
    expect(cardProblems(NO_FALLBACK, r?.events ?? [])).toEqual(['Chart.Line is unknown to the SDK and has no fallback']);
  });
});
