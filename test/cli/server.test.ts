import * as http from 'node:http';
import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import { readConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { csv, tempDir } from '../store/temp-files';
import { run } from './run-main';

function getJson(port: number, route: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: route }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    }).on('error', reject);
  });
}

describe('server stub', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('answers GET /healthz with the store\'s rows and latest month', async () => {
    const dir = path.join(tmp.dir, 'sample');
    mkdirSync(dir);
    tmp.file('sample/a.csv', csv('crimes_all,force,2019-01,100,,', 'calls_999,force,2019-03,5000,,'));
    const db = tmp.file('server.db');
    expect((await run(['db', 'build', '--db', db, '--from', dir])).code).toBe(0);

    const lines: string[] = [];
    const server = await startServer({ ...readConfig({}), PERFBOT_DB: db, PERFBOT_STATE_DB: `${db}.state`, PORT: 0 }, (l) => lines.push(l));
    try {
      expect(await getJson(server.port, '/healthz')).toEqual({ status: 200, body: { status: 'ok', store: { rows: 2, latestMonth: '2019-03' } } });
      expect(lines.slice(0, 2)).toEqual([`perfbot listening on port ${server.port} (store ${db}, 2 rows)`, `local chat: open http://localhost:${server.port} in a browser to talk to the bot (Web Chat over a local Direct Line; no sign-in, for this machine only)`]);
    } finally {
      await server.close();
    }
  });
});
