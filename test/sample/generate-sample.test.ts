import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { SAMPLE_DIR } from '../../src/io/project-paths';
import { generateSample } from '../../src/sample/generate';

const catalogue = loadCatalogue();

describe('the sample generator', () => {
  const first = generateSample(catalogue);
  const second = generateSample(catalogue);

  test('holds every fact of seed-facts.md on its own output', () => {
    expect(first.kind === 'failed' ? first.failures : []).toEqual([]);
  });

  test('gives the same text twice (a fixed seed)', () => {
    if (first.kind !== 'ok' || second.kind !== 'ok') throw new Error('generation failed');
    expect([...second.files]).toEqual([...first.files]);
  });

  test('gives exactly the checked-in data/sample files, byte for byte', () => {
    if (first.kind !== 'ok') throw new Error('generation failed');
    expect(first.files.size).toBe(catalogue.ownMetrics.length);
    for (const [metric, text] of first.files) expect(readFileSync(path.join(SAMPLE_DIR, `${metric}.csv`), 'utf8')).toBe(text);
  });

  test('covers April 2015 to January 2020 for every metric at every level it has', () => {
    if (first.kind !== 'ok') throw new Error('generation failed');
    const text = first.files.get('crimes_robbery') ?? '';
    expect(text.split('\n')[1]).toMatch(/^crimes_robbery,force,2015-04,\d+,,$/);
    expect(text.trim().split('\n')).toHaveLength(1 + 9 * 58);
    expect((first.files.get('calls_999') ?? '').trim().split('\n')).toHaveLength(1 + 58);
  });
});
