import { askCommand } from './commands/ask';
import { dbBuildCommand } from './commands/db-build';
import { helpCommand } from './commands/help';
import { importCommand } from './commands/import';
import { populationImportCommand } from './commands/population-import';
import { policeUkImportCommand } from './commands/police-uk-import';
import type { Command } from './command-types';

/** Every `perfbot` command, in the order `perfbot help` lists them. */
export const COMMANDS: readonly Command[] = Object.freeze([
  askCommand,
  // Loaded when run: the push pulls in the Bot Framework SDK, which would slow every `perfbot ask`.
  { name: 'headlines', summary: 'the month\'s performance headlines, as the paper would write them', usage: 'perfbot headlines [--month YYYY-MM] [--area AREA] [--json] [--db FILE]', run: async (argv, io) => (await import('./commands/headlines')).headlinesCommand(argv, io) },
  { name: 'push', summary: 'send the month\'s headlines to the subscribed Teams conversations (once each)', usage: 'perfbot push [--month YYYY-MM] [--per-second N] [--db FILE] [--state FILE]', run: async (argv, io) => (await import('./commands/push')).pushCommand.run(argv, io) },
  importCommand,
  populationImportCommand,
  policeUkImportCommand,
  dbBuildCommand,
  helpCommand(() => COMMANDS),
]);

/** The command named by the first words of `argv` (the longest name that matches) and the rest. */
export function findCommand(argv: readonly string[], commands: readonly Command[] = COMMANDS): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  for (const command of commands) {
    const words = command.name.split(' ');
    const matches = words.every((w, i) => argv[i] === w);
    if (matches && (!best || words.length > best.command.name.split(' ').length)) best = { command, rest: argv.slice(words.length) };
  }
  return best;
}
