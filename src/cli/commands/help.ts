import { CLI } from '../cli-strings';
import type { Command } from '../command-types';

/** The help text: every command with its one-line summary. */
export function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [CLI.helpTitle, '', CLI.helpUsage, '', CLI.helpCommands, ...lines, '', CLI.helpDb, CLI.helpMore, ''].join('\n');
}

/** `perfbot help`, listing `commands` (the table is passed in, so this file does not import it). */
export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: CLI.helpSummary,
    usage: CLI.helpUsageLine,
    run(_argv, io) {
      io.stdout(helpText(commands()));
      return Promise.resolve(0);
    },
  };
}
