import * as path from 'node:path';
import type { Config } from '../config';
import { DEFAULT_DB_FILE } from '../io/project-paths';

/** The store file to use: the one named (`--db`), else PERFBOT_DB, else data/perfbot.db. */
export function resolveStoreFile(config: Pick<Config, 'PERFBOT_DB'>, named?: string): string {
  return path.resolve(named ?? config.PERFBOT_DB ?? DEFAULT_DB_FILE);
}
