import * as path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { readConfig, type Config } from '../../config';
import { startServer, type RunningServer } from '../../server';

export const BENCH_TODAY = '2020-02-10';

/** The echo baseline: the same server stack, with a turn handler that only sends the text back. */
export async function echoHandler(ctx: TurnContext): Promise<void> {
  await ctx.sendActivity(ctx.activity.text ?? '');
}

/** A local-mode (no MicrosoftAppId, no authentication) silent config on a free port of 127.0.0.1, state and audit in `dir`. */
export function benchConfig(dir: string, db: string, name: string): Config {
  const env = {
    PERFBOT_DB: db,
    PERFBOT_STATE_DB: path.join(dir, `state-${name}.db`),
    PERFBOT_AUDIT_LOG: path.join(dir, `audit-${name}.log`),
    PERFBOT_PUSH_CRON: 'off',
    PERFBOT_TODAY: BENCH_TODAY,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'development',
  };
  // PORT 0 (a free port) is not a valid setting, only a valid argument.
  return { ...readConfig(env), PORT: 0 };
}

/** Starts one in-process server; `echo` replaces the bot's turn handler. */
export function startBenchServer(dir: string, db: string, name: string, echo: boolean): Promise<RunningServer> {
  return startServer(benchConfig(dir, db, name), () => undefined, {
    host: '127.0.0.1',
    today: () => BENCH_TODAY,
    ...(echo ? { handler: echoHandler } : {}),
  });
}

/** Starts servers on first use and closes every one started. */
export class ServerPool {
  private readonly started = new Map<string, Promise<RunningServer>>();

  constructor(private readonly dir: string, private readonly db: string) {}

  get(name: 'answer' | 'echo'): Promise<RunningServer> {
    let s = this.started.get(name);
    if (!s) {
      s = startBenchServer(this.dir, this.db, name, name === 'echo');
      this.started.set(name, s);
    }
    return s;
  }

  async closeAll(): Promise<void> {
    const all = [...this.started.values()];
    this.started.clear();
    await Promise.allSettled(all.map(async (s) => (await s).close()));
  }
}
