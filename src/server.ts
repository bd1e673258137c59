import { existsSync } from 'node:fs';
import * as restify from 'restify';
import { ConfigError, loadEnv, readConfig, type Config } from './config';
import { loadCatalogue } from './io/load-catalogue';
import { buildSampleStore } from './store/build-sample';
import { SqliteStore } from './store/sqlite-store';
import { resolveStoreFile } from './store/store-file';

/**
 * A minimal server for `npm start` until the bot lands: builds the store from the sample data on
 * first run, then answers `GET /healthz`.
 */

const SAY = Object.freeze({
  building: (file: string) => `perfbot: building the metrics store from the sample data at ${file}`,
  built: (rows: number, ms: number) => `perfbot: store built: ${rows} rows in ${ms} ms`,
  listening: (port: number, file: string, rows: number) => `perfbot listening on port ${port} (store ${file}, ${rows} rows)`,
  failed: (message: string) => `perfbot: cannot start: ${message}`,
});

export interface RunningServer {
  readonly server: restify.Server;
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthReport {
  readonly status: 'ok';
  readonly store: { readonly rows: number; readonly latestMonth: string | null };
}

export async function healthReport(store: SqliteStore): Promise<HealthReport> {
  return { status: 'ok', store: { rows: await store.count(), latestMonth: (await store.latestMonth()) ?? null } };
}

/** Starts listening on `config.PORT` on all interfaces (0 picks a free port). */
export async function startServer(config: Config, log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`)): Promise<RunningServer> {
  const file = resolveStoreFile(config);
  if (!existsSync(file)) {
    log(SAY.building(file));
    const built = await buildSampleStore(file, loadCatalogue());
    log(SAY.built(built.rows, built.ms));
  }
  const store = await SqliteStore.open(file);
  const server = restify.createServer({ name: 'perfbot' });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.json(await healthReport(store));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, () => resolve());
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const address = server.address();
  const port = address.port;
  log(SAY.listening(port, file, await store.count()));
  return {
    server,
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

if (require.main === module) {
  const run = async (): Promise<void> => {
    const running = await startServer(readConfig(loadEnv()));
    const stop = (): void => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  };
  run().catch((err: unknown) => {
    const message = err instanceof ConfigError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`${SAY.failed(message)}\n`);
    process.exitCode = 1;
  });
}
