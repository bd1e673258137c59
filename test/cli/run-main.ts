import { main } from '../../src/cli/main';
import type { Env } from '../../src/config';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line with captured output and a controlled environment (no PERFBOT_DB). */
export async function run(argv: readonly string[], env: Env = { NODE_ENV: 'test' }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
