import { londonDate } from '../domain/london-date';
import { ConfigError, debugEnabled, loadEnv, readConfig } from '../config';
import { CLI } from './cli-strings';
import { COMMANDS, findCommand } from './command-table';
import type { CommandIo } from './command-types';
import { helpText } from './commands/help';

/** Today as YYYY-MM-DD in England (the same idea of today as the server and the monthly push). */
function clockToday(): string {
  return londonDate(new Date());
}

/**
 * The `perfbot` command line. Returns the exit code: 0 done, 1 refused, 2 usage or unexpected
 * error. Unexpected errors are caught here only and reported in one line (the stack too when
 * PERFBOT_DEBUG=1). `overrides` lets tests capture output and set the environment.
 */
export async function main(argv: readonly string[], overrides: Partial<CommandIo> = {}): Promise<number> {
  const stdout = overrides.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = overrides.stderr ?? ((text: string) => void process.stderr.write(text));
  let env = overrides.env;
  try {
    env ??= loadEnv();
    const config = overrides.config ?? readConfig(env);
    const io: CommandIo = { stdout, stderr, env, config, today: overrides.today ?? config.PERFBOT_TODAY ?? clockToday() };
    if (argv.length === 0) {
      stderr(`${CLI.noCommand}\n`);
      return 2;
    }
    if (argv[0] === '--help' || argv[0] === '-h') argv = ['help'];
    const found = findCommand(argv);
    if (!found) {
      stderr(`${CLI.unknownCommand(argv.filter((a) => !a.startsWith('-')).slice(0, 2).join(' '))}\n`);
      return 2;
    }
    if (found.rest.includes('--help') || found.rest.includes('-h')) {
      stdout(`${found.command.usage}\n${found.command.name === 'help' ? helpText(COMMANDS) : ''}`);
      return 0;
    }
    return await found.command.run(found.rest, io);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const debug = !(err instanceof ConfigError) && safeDebug(env);
    stderr(`${CLI.unexpected(message.replace(/\s*\n\s*/g, ' '))}\n`);
    if (debug && err instanceof Error && err.stack) stderr(`${err.stack}\n`);
    return 2;
  }
}

function safeDebug(env: CommandIo['env'] | undefined): boolean {
  try {
    return debugEnabled(env ?? loadEnv());
  } catch {
    return false;
  }
}
