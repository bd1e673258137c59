import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { AdaptiveCard } from '../../../cards/adaptive-card-types';
import { LAYOUT_CHECK_SCRIPT } from './layout-check';
import { PAGE_SCRIPT } from './page-script';
import { TEAMS_CSS, teamsHostConfig } from './teams-host-config';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and quiet: this machine's network is closed, so Chromium must not reach out. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface NamedCard {
  readonly name: string;
  readonly card: AdaptiveCard;
}

export interface CardEvent {
  readonly phase: string;
  readonly event: string;
  readonly message: string;
}

export interface RenderedCard {
  readonly name: string;
  readonly events: readonly CardEvent[];
  readonly rendered: boolean;
  /** The text a person sees on the rendered card. */
  readonly text: string;
  readonly png: Buffer;
  /** What a reader would trip over (words broken, text cut off), with every show-card opened in turn. */
  readonly layout: readonly string[];
  /** The card with its (last) show-card open, where it has one. */
  readonly openPng?: Buffer;
}

export interface RenderOptions {
  /** The card's width in CSS pixels: 360 is Teams on a phone, 760 about the widest Teams desktop draws. */
  readonly width?: number;
}

interface PageResult {
  readonly events: CardEvent[];
  readonly rendered: boolean;
  readonly text: string;
}

/**
 * Parses, validates and renders each card with the Adaptive Cards SDK in headless Chromium, with a
 * Teams-like host config, and takes a PNG of each. Loads nothing from the network.
 */
export async function renderCards(cards: readonly NamedCard[], executablePath: string = CHROMIUM_PATH, options: RenderOptions = {}): Promise<RenderedCard[]> {
  const width = options.width ?? 560;
  const profile = mkdtempSync(path.join(tmpdir(), 'perfbot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: Math.max(640, width + 80), height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
    await page.addStyleTag({ content: `${TEAMS_CSS}\n  .card-holder { width: ${width}px; box-sizing: border-box; }` });
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    await page.addScriptTag({ content: PAGE_SCRIPT });
    await page.addScriptTag({ content: LAYOUT_CHECK_SCRIPT });
    const out: RenderedCard[] = [];
    for (const [i, { name, card }] of cards.entries()) {
      const holder = `card-${i}`;
      const result = (await page.evaluate(`window.perfbotRender(${JSON.stringify(card)}, ${JSON.stringify(teamsHostConfig(width))}, ${JSON.stringify(holder)})`)) as PageResult;
      const box = page.locator(`#${holder}`);
      const png = await box.screenshot();
      const layout = new Set((await page.evaluate(`window.perfbotLayoutProblems(document.getElementById(${JSON.stringify(holder)}))`)) as string[]);
      const expandable = box.locator('.ac-pushButton.expandable');
      const opened = await expandable.count();
      for (let k = 0; k < opened; k++) {
        await expandable.nth(k).click();
        await page.mouse.move(0, 0);
        for (const p of (await page.evaluate(`window.perfbotLayoutProblems(document.getElementById(${JSON.stringify(holder)}))`)) as string[]) layout.add(p);
      }
      const openPng = opened > 0 ? await box.screenshot() : undefined;
      out.push({ name, ...result, png, layout: [...layout], ...(openPng ? { openPng } : {}) });
    }
    return out;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
