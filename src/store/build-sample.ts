import type { CatalogueIndex } from '../domain/catalogue';
import { formatRefusal } from '../importer/parse-tidy';
import { SAMPLE_DIR } from '../io/project-paths';
import { buildStore, type BuildOutcome } from './build-store';

export class SampleDataError extends Error {}

/**
 * Builds the store at `file` from the bundled sample data. The sample ships with perfbot, so a
 * missing or refused sample is a bug and throws.
 */
export async function buildSampleStore(file: string, catalogue: CatalogueIndex, dir: string = SAMPLE_DIR): Promise<Extract<BuildOutcome, { kind: 'ok' }>> {
  const out = await buildStore(file, dir, catalogue);
  if (out.kind === 'no-files') throw new SampleDataError(`no sample data: ${dir} holds no .csv files`);
  if (out.kind === 'refused') {
    const first = out.refusals.slice(0, 3).map(formatRefusal).join('; ');
    throw new SampleDataError(`the sample data is refused (${out.refusals.length} problems): ${first}`);
  }
  return out;
}
