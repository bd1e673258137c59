import type { Config, Env } from '../config';

/** What a command may use: output, the environment and the config read from it, and today. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Env;
  readonly config: Config;
  /** Today as YYYY-MM-DD (PERFBOT_TODAY, or the clock). */
  readonly today: string;
}

export interface Command {
  /** The words that name it: "import", "db build". */
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** The exit code: 0 done, 1 refused, 2 usage error. */
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}
