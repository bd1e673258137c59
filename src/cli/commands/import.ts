import { readTidyFiles, writeTidyFiles } from '../../importer/import-file';
import { formatRefusal } from '../../importer/parse-tidy';
import { loadCatalogue } from '../../io/load-catalogue';
import { metricsTarget, openMetricsStore } from '../../io/open-stores';
import { parseArgs } from '../args';
import { CLI } from '../cli-strings';
import type { Command } from '../command-types';

/** `perfbot import [--db FILE] FILE...`: every file checked, then all written in one transaction. */
export const importCommand: Command = {
  name: 'import',
  summary: CLI.importSummary,
  usage: CLI.importUsage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { options: ['db'] });
    const usageError = (message: string) => {
      io.stderr(`${CLI.usageError('import', message, CLI.importUsage)}\n`);
      return 2;
    };
    if (parsed.kind === 'usage') return usageError(parsed.message);
    const files = parsed.args.positionals;
    if (files.length === 0) return usageError(CLI.importNoFiles);

    const checked = readTidyFiles(files, loadCatalogue());
    if (checked.kind === 'refused') {
      io.stderr(checked.refusals.map((r) => `${formatRefusal(r)}\n`).join(''));
      io.stderr(`${CLI.importRefused(checked.refusals.length)}\n`);
      return 1;
    }
    const store = await openMetricsStore(metricsTarget(io.config, parsed.args.options.get('db')));
    try {
      const imported = await store.transaction((tx) => writeTidyFiles(tx, checked.files));
      io.stdout(imported.map((f) => `${CLI.importedFile(f.file, f.rows, f.changed)}\n`).join(''));
    } finally {
      await store.close();
    }
    return 0;
  },
};
