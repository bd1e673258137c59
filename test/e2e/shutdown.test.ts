import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import * as path from 'node:path';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { PROJECT_ROOT } from '../../src/io/project-paths';
import { buildSampleStore } from '../../src/store/build-sample';
import { tempDir } from '../store/temp-files';
import { freePort } from './free-port';

/**
 * SIGTERM with a slow client holding a request open (headers sent, the body trickling and never
 * finished) and an idle keep-alive connection: the server stops taking work, cuts the stragglers
 * off after its grace period and exits, instead of waiting for them.
 */

const tmp = tempDir('perfbot-shutdown-');
afterAll(() => tmp.cleanup());

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

test('the server exits on SIGTERM without waiting for a client that never finishes its request', async () => {
  const db = path.join(tmp.dir, 'shutdown.db');
  await buildSampleStore(db, loadCatalogue());
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    cwd: tmp.dir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: String(port), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(tmp.dir, 'state.db'), PERFBOT_AUDIT_LOG: path.join(tmp.dir, 'audit.log'), PERFBOT_PUSH_CRON: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/listening on port/.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`the server exited before listening:\n${output}`)));
  });
  // A slow client: headers and half of the body it announced, then nothing more.
  const slow = await open(port);
  slow.on('error', () => undefined);
  slow.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":"mess');
  // An idle keep-alive connection (a health check that stays connected).
  const idle = await open(port);
  idle.on('error', () => undefined);
  await new Promise<void>((resolve) => {
    idle.once('data', () => resolve());
    idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  });
  const slowClosed = new Promise<void>((resolve) => slow.once('close', () => resolve()));
  const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await Promise.all([slowClosed, idleClosed]);
}, 60000);
