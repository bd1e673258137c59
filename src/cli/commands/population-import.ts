import { readFileSync } from 'node:fs';
import { parsePopulationCsv } from '../../importer/parse-population';
import { formatRefusal } from '../../importer/parse-tidy';
import { loadCatalogue } from '../../io/load-catalogue';
import { metricsTarget, openMetricsStore } from '../../io/open-stores';
import { parseArgs } from '../args';
import { CLI } from '../cli-strings';
import type { Command } from '../command-types';

/**
 * `perfbot import population [--db FILE] FILE`: residents by area and year (`area,year,population,source`),
 * every line checked first, then written to the metrics store in one transaction, so a running bot
 * takes them up at its next reload. A row for an area and year already held replaces it.
 */
export const populationImportCommand: Command = {
  name: 'import population',
  summary: CLI.populationSummary,
  usage: CLI.populationUsage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { options: ['db'] });
    const usageError = (message: string) => {
      io.stderr(`${CLI.usageError('import population', message, CLI.populationUsage)}\n`);
      return 2;
    };
    if (parsed.kind === 'usage') return usageError(parsed.message);
    const [file, ...more] = parsed.args.positionals;
    if (file === undefined || more.length > 0) return usageError(CLI.populationOneFile);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      io.stderr(`perfbot import population: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 1;
    }
    const checked = parsePopulationCsv(text, file, loadCatalogue());
    if (checked.kind === 'refused') {
      io.stderr(checked.refusals.map((r) => `${formatRefusal(r)}\n`).join(''));
      io.stderr(`${CLI.populationRefused(checked.refusals.length)}\n`);
      return 1;
    }
    const store = await openMetricsStore(metricsTarget(io.config, parsed.args.options.get('db')));
    try {
      const rows = await store.transaction((tx) => tx.upsertPopulation(checked.rows));
      io.stdout(`${CLI.populationImported(file, rows)}\n`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
