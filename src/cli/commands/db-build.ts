import * as path from 'node:path';
import { formatRefusal } from '../../importer/parse-tidy';
import { loadCatalogue } from '../../io/load-catalogue';
import { SAMPLE_DIR } from '../../io/project-paths';
import { metricsTarget, openMetricsStore } from '../../io/open-stores';
import { buildStore, rebuildStore, type BuildOutcome } from '../../store/build-store';
import { parseArgs } from '../args';
import { CLI } from '../cli-strings';
import type { Command } from '../command-types';

/** `perfbot db build [--db FILE] [--from DIR]`: recreates the store from the sample CSV files. */
export const dbBuildCommand: Command = {
  name: 'db build',
  summary: CLI.buildSummary,
  usage: CLI.buildUsage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { options: ['db', 'from'] });
    const usageError = (message: string) => {
      io.stderr(`${CLI.usageError('db build', message, CLI.buildUsage)}\n`);
      return 2;
    };
    if (parsed.kind === 'usage') return usageError(parsed.message);
    const [extra] = parsed.args.positionals;
    if (extra !== undefined) return usageError(CLI.argUnexpected(extra));

    const target = metricsTarget(io.config, parsed.args.options.get('db'));
    const dir = path.resolve(parsed.args.options.get('from') ?? SAMPLE_DIR);
    let out: BuildOutcome;
    if (target.kind === 'sqlite') {
      out = await buildStore(target.file, dir, loadCatalogue());
    } else {
      const store = await openMetricsStore(target);
      try {
        out = await rebuildStore(store, dir, loadCatalogue());
      } finally {
        await store.close();
      }
    }
    switch (out.kind) {
      case 'no-files':
        io.stderr(`${CLI.buildNoFiles(out.dir)}\n`);
        return 1;
      case 'refused':
        io.stderr(out.refusals.map((r) => `${formatRefusal(r)}\n`).join(''));
        io.stderr(`${CLI.buildRefused(out.refusals.length)}\n`);
        return 1;
      case 'ok':
        io.stdout(`${CLI.built(out.file, out.rows, out.files.length, out.ms)}\n`);
        return 0;
    }
  },
};
