import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/tools/card-render/render-cards';
import { LAYOUT_CHECK_SCRIPT } from '../../src/tools/card-render/layout-check';

/**
 * Whole conversations in a real browser: the real server on 127.0.0.1 in local mode, its page
 * (Microsoft's Web Chat from the installed package) in Debian's Chromium. Expected figures come from
 * the paper (../shared/spec/seed-facts.md): F10 South 10.5%, F11 North 8.0%, F6 charges 663.
 * Screenshots of every card at 760 and 360 px go to test-output/chat/ (git-ignored).
 */
const chromiumPresent = existsSync(CHROMIUM_PATH);
const mustRun = chromiumPresent || Boolean(process.env.CI);
if (!mustRun) console.warn(`local-chat-browser.test: skipped, ${CHROMIUM_PATH} not found (apt-get install -y chromium); CI is not set`);

const OUT = path.join(__dirname, '..', '..', 'test-output', 'chat');

(mustRun ? describe : describe.skip)('the local chat page in Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-chat-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'perfbot-chromium-'));
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const requests: string[] = [];
  const refused: string[] = [];
  const consoleErrors: string[] = [];
  /** Every card the conversation showed, by name, to screenshot at both widths at the end. */
  const shown: [string, number][] = [];

  beforeAll(async () => {
    if (!chromiumPresent) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium) before the tests`);
    const db = path.join(dir, 'chat.db');
    await buildSampleStore(db, loadCatalogue());
    const config = { ...readConfig({ LOG_LEVEL: 'silent' }), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), PERFBOT_PUSH_CRON: 'off', PORT: 0 };
    server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
    base = `http://127.0.0.1:${server.port}/`;
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], viewport: { width: 760, height: 1000 }, deviceScaleFactor: 1 });
    // Nothing may leave 127.0.0.1: anything else is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  const cards = (): Locator => page.locator('.webchat__basic-transcript .ac-adaptiveCard');
  const sendBox = (): Locator => page.locator('[data-id="webchat-sendbox-input"]');

  /** Does `act`, then waits for the next card and returns it (named, for the screenshots). */
  async function nextCard(name: string, act: () => Promise<void>): Promise<Locator> {
    const before = await cards().count();
    await act();
    const card = cards().nth(before);
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    shown.push([name, before]);
    return card;
  }

  const say = (text: string) => async () => {
    await sendBox().fill(text);
    await sendBox().press('Enter');
  };

  test('a conversation: a question, a follow-up, a button, a clarification, help and a suggestion, subscribe', async () => {
    const welcome = await nextCard('welcome', async () => void (await page.goto(base)));
    expect(await welcome.innerText()).toContain('Hello, I am perfbot');

    const south = await nextCard('answer', say('dwelling burglary outcome rate South last month'));
    const southText = await south.innerText();
    expect(southText).toContain('Dwelling burglary prosecution possible outcome rate');
    expect(southText).toContain('South · 12 months to January 2020');
    expect(southText).toContain('10.5%');
    for (const name of ['By district', 'Trend', 'vs last year', 'Rank districts', 'What drove it?', 'Definition']) await expect(south.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);

    const north = await nextCard('answer-follow-up', say('and North?'));
    expect(await north.innerText()).toContain('North · 12 months to January 2020');
    expect(await north.innerText()).toContain('8.0%');

    const districts = await nextCard('multi-area', () => north.getByRole('button', { name: 'By district', exact: true }).click());
    const table = await districts.innerText();
    expect(table).toContain('Peterborough');
    expect(table).toContain('Fenland');
    expect(table).not.toContain('Huntingdonshire');

    const clarify = await nextCard('clarify', say('response times in the South last month'));
    expect(await clarify.innerText()).toContain('Which figure?');
    const chosen = await nextCard('answer-clarified', () => clarify.getByText('Median time to attend immediate incidents, South', { exact: true }).click());
    expect(await chosen.innerText()).toContain('Median time to attend immediate incidents');
    expect(await chosen.innerText()).toContain('South · January 2020');

    const help = await nextCard('help', say('help'));
    expect(await help.innerText()).toContain('Try asking');
    await expect(help.getByText('Measures I know').isVisible()).resolves.toBe(false);
    await help.locator('.ac-pushButton', { hasText: 'Measures, places and periods' }).click();
    await help.getByText('Measures I know').waitFor({ state: 'visible' });
    shown.push(['help-open', shown[shown.length - 1]?.[1] ?? -1]);
    const charges = await nextCard('answer-from-help', () => help.getByText('charges in January', { exact: true }).click());
    expect(await charges.innerText()).toContain('Charges and summonses');
    expect(await charges.innerText()).toContain('663');

    await say('subscribe')();
    await page.locator('.webchat__bubble__content', { hasText: /^Subscribed: this conversation will get the monthly performance headlines for Cambridgeshire/ }).waitFor({ state: 'visible', timeout: 15_000 });

    const transcript = await page.locator('.webchat__basic-transcript').innerText();
    expect(transcript).not.toMatch(/send failed|render error|something went wrong/i);
  }, 120_000);

  test('every card of the conversation reads at 760 and at 360 px (screenshots of each), with the layout switching live', async () => {
    await page.evaluate(LAYOUT_CHECK_SCRIPT);
    const problemsAt = async (width: number): Promise<string[]> => {
      const out: string[] = [];
      for (const [name, index] of shown) {
        const card = cards().nth(index);
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({ path: path.join(OUT, `${String(index).padStart(2, '0')}-${name}-${width}.png`) });
        const problems = await card.evaluate((el) => (globalThis as unknown as { perfbotLayoutProblems(root: unknown): string[] }).perfbotLayoutProblems(el));
        out.push(...problems.map((p) => `${name} @${width}: ${p}`));
      }
      return out;
    };
    expect(shown.length).toBeGreaterThanOrEqual(9);
    expect(await problemsAt(760)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    // Polled through evaluate: the page's own CSP (script-src 'self') forbids the eval that waitForFunction needs.
    const layout = () => page.evaluate(() => (globalThis as unknown as { perfbotChatLayout?: string }).perfbotChatLayout);
    for (let polls = 0; (await layout()) !== 'narrow'; polls++) {
      if (polls > 400) throw new Error('the chat page did not switch to its narrow layout at 360 px');
      await page.waitForTimeout(25);
    }
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    expect(await problemsAt(360)).toEqual([]);
  }, 120_000);

  test('nothing left 127.0.0.1, nothing was refused, and no console or card error appeared', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !(u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:')))).toEqual([]);
    expect(refused).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
