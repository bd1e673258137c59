import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { searchBoxReady } from '../../src/bot/message-extension';
import { FakeConnector } from './fake-connector';
import { messageActivity, post } from './activities';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-mx-'));
const connector = new FakeConnector();
let server: RunningServer;

interface Result {
  readonly contentType: string;
  readonly content: Record<string, unknown>;
  readonly preview: { readonly contentType: string; readonly content: { readonly title: string; readonly subtitle?: string; readonly text: string } };
}

interface ExtensionBody {
  readonly composeExtension: { readonly type: string; readonly attachmentLayout: string; readonly attachments: readonly Result[] };
}

function queryActivity(question: string | undefined): Record<string, unknown> {
  return messageActivity(connector.url, '', {
    type: 'invoke',
    name: 'composeExtension/query',
    text: undefined,
    value: {
      commandId: 'ask',
      parameters: question === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'question', value: question }],
      queryOptions: { skip: 0, count: 25 },
    },
  });
}

async function search(question: string | undefined): Promise<{ status: number; body: ExtensionBody }> {
  const res = await post(server.port, queryActivity(question));
  return { status: res.status, body: JSON.parse(res.text) as ExtensionBody };
}

beforeAll(async () => {
  const db = path.join(dir, 'mx.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  const config = { ...readConfig({ LOG_LEVEL: 'silent' }), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), PORT: 0 };
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the search-based message extension on the real server (local mode)', () => {
  // How quick the first and later searches are is measured in `npm run bench`, not here.
  test('the latest month\'s headlines are made as the figures load, before any search', () => {
    expect(searchBoxReady(server.brain, '2020-01')).toBe(true);
    expect(searchBoxReady(server.brain, '2019-12')).toBe(false);
  });

  test('a question comes back in the HTTP response as a list of cards with thumbnail previews', async () => {
    const { status, body } = await search('burglary outcome rate south');
    expect(status).toBe(200);
    expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first, ...rest] = body.composeExtension.attachments;
    expect(rest).toHaveLength(0);
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first?.content).toMatchObject({ type: 'AdaptiveCard' });
    expect(JSON.stringify(first?.content)).toContain('10.5%');
    expect(first?.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first?.preview.content.title).toBe('Dwelling burglary prosecution possible outcome rate · South');
    expect(first?.preview.content.subtitle).toBe('12 months to January 2020');
    expect(first?.preview.content.text).toBe('10.5%, up 0.6ppt on the 12 months to December 2019');
    expect(connector.received).toHaveLength(0);
  });

  test('a question by area gives one result per area', async () => {
    const { body } = await search('dwelling burglary outcome rate by area');
    expect(body.composeExtension.attachments.map((a) => a.preview.content.title)).toEqual([
      'Dwelling burglary prosecution possible outcome rate · North',
      'Dwelling burglary prosecution possible outcome rate · South',
    ]);
  });

  test('an ambiguous question gives one result per reading', async () => {
    const { body } = await search('response times');
    expect(body.composeExtension.attachments.map((a) => a.preview.content.title)).toEqual([
      'Median time to attend immediate incidents · Cambridgeshire',
      'Median time to attend prompt incidents · Cambridgeshire',
    ]);
  });

  test('under three characters (and the initial run) shows the latest headlines, at most eight', async () => {
    for (const question of ['bu', undefined]) {
      const { status, body } = await search(question);
      expect(status).toBe(200);
      const results = body.composeExtension.attachments;
      expect(results.length).toBeGreaterThan(0);
      expect(results.length).toBeLessThanOrEqual(8);
      for (const r of results) expect(r.preview.content.text).toMatch(/January 2020/);
    }
  });

  test('a question matching nothing says so and offers example questions', async () => {
    const { status, body } = await search('xyzzy plugh');
    expect(status).toBe(200);
    const results = body.composeExtension.attachments;
    expect(results[0]?.preview.content.title).toBe('No figure matches "xyzzy plugh"');
    expect(results.slice(1).map((r) => r.preview.content.title)).toContain('dwelling burglary outcome rate South last month');
    expect(results.length).toBeLessThanOrEqual(8);
  });

  test('a misspelt measure gives the figures it may mean', async () => {
    const { body } = await search('robbry');
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(body.composeExtension.attachments[0]?.preview.content.title).toMatch(/Robbery/);
  });
});
