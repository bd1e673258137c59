import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalogue, loadPoliceUkSpec } from '../../io/load-catalogue';
import { metricsTarget, openMetricsStore } from '../../io/open-stores';
import { importPoliceUkFile, type PoliceUkImport } from '../../police-uk/import-police-uk';
import { policeUkLookup } from '../../police-uk/lookup';
import { POLICE_UK_SAY as SAY } from '../../police-uk/police-uk-strings';
import { parseArgs } from '../args';
import { CLI } from '../cli-strings';
import type { Command } from '../command-types';

/** Files this big show their progress on stderr. */
const PROGRESS_BYTES = 5 * 1024 * 1024;
const PROGRESS_EVERY_MS = 500;

const n = (value: number) => value.toLocaleString('en-GB');

function describe(r: PoliceUkImport): string {
  const t = r.tally;
  const examples = t.outsideExamples.length > 0 ? ` (e.g. ${t.outsideExamples.join(', ')})` : '';
  const forceOnly = t.noLocation + t.outsideForce > 0 ? SAY.forceOnly(n(t.noLocation), n(t.outsideForce), examples) : '';
  const months = r.months.length === 1 ? (r.months[0] ?? '') : `${r.months.length} months (${r.months[0] ?? ''} to ${r.months[r.months.length - 1] ?? ''})`;
  const lines = [SAY.imported(path.basename(r.file), r.kind === 'street' ? 'street-level crime' : 'outcomes', months, n(t.rows), forceOnly, n(r.written), n(r.replaced), r.ms)];
  if (t.unknownOutcomes.size > 0) lines.push(SAY.unknownOutcomes([...t.unknownOutcomes].map(([type, count]) => `"${type}" (${n(count)})`).join(', ')));
  return lines.join('\n');
}

/** `perfbot import police-uk [--db FILE] FILE...`: each file all or nothing; the others go on. */
export const policeUkImportCommand: Command = {
  name: 'import police-uk',
  summary: SAY.summary,
  usage: SAY.usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { options: ['db'] });
    const usageError = (message: string) => {
      io.stderr(`${CLI.usageError('import police-uk', message, SAY.usage)}\n`);
      return 2;
    };
    if (parsed.kind === 'usage') return usageError(parsed.message);
    const files = parsed.args.positionals;
    if (files.length === 0) return usageError(SAY.noFiles);
    const catalogue = loadCatalogue();
    const lookup = policeUkLookup(loadPoliceUkSpec(), catalogue);
    const store = await openMetricsStore(metricsTarget(io.config, parsed.args.options.get('db')));
    let refused = 0;
    try {
      for (const file of files) {
        let shown = performance.now();
        const onProgress = (bytes: number, total: number, rows: number) => {
          if (total < PROGRESS_BYTES || performance.now() - shown < PROGRESS_EVERY_MS) return;
          shown = performance.now();
          io.stderr(`${SAY.progress(path.basename(file), Math.floor((100 * bytes) / total), n(rows))}\n`);
        };
        const out = await importPoliceUkFile(store, file, { lookup, catalogue, onProgress });
        if (out.kind === 'ok') {
          io.stdout(`${describe(out.report)}\n`);
          continue;
        }
        refused++;
        io.stderr(`${SAY.refusedFile(file)}\n${out.refusals.map((r) => `${file}:${r.line}: ${r.reason}\n`).join('')}`);
      }
    } finally {
      await store.close();
    }
    if (refused > 0) io.stderr(`${SAY.someRefused(refused, files.length)}\n`);
    return refused > 0 ? 1 : 0;
  },
};
