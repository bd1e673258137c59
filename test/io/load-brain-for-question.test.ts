import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ask, type Brain } from '../../src/answers/ask';
import { renderText } from '../../src/answers/render-text';
import { toJson } from '../../src/answers/to-json';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { loadBrain, loadBrainForQuestion } from '../../src/io/load-brain';
import { buildSampleStore } from '../../src/store/build-sample';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';

const TODAY = '2020-02-10';
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-one-off-'));
const db = path.join(dir, 'sample.db');
let whole: Brain;

beforeAll(async () => {
  await buildSampleStore(db, loadCatalogue());
  whole = await loadBrain({ db, env: {}, log: () => undefined });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Answers, refusals of each kind, comparisons, breakdowns, series, ratios, medians, clarifications.
const QUESTIONS = [
  'burglary last month',
  'dwelling burglary outcome rate South last month',
  'all crime prosecution possible outcome rate',
  'how many prosecution possible outcomes in January',
  'violence against the person by district',
  'charges in January vs last year',
  'crime in Fenland since year end',
  'dwelling burglary trend in Peterborough',
  'outcome rate',
  'burglary in 2031',
  'burglary in March 1990',
  'parking tickets last month',
  'tell me a joke',
  '',
  // Readings that look up more than one metric, or every district, or the residents.
  'burglary and robbery last month',
  'why is crime up',
  'which district has the most burglaries',
  'crime rate per head in Fenland',
  'robbery in January vs June',
  'cyber crime last month',
  'police.uk burglary in Peterborough',
];

describe('a one-off question reads only its metric’s rows', () => {
  test.each(QUESTIONS)('"%s": the same reply as from every row of the store', async (q) => {
    const one = await loadBrainForQuestion({ db, env: {}, log: () => undefined }, q, TODAY);
    const a = ask(q, EMPTY_CONVERSATION, TODAY, one).reply;
    const b = ask(q, EMPTY_CONVERSATION, TODAY, whole).reply;
    expect(toJson(a)).toEqual(toJson(b));
    expect(renderText(a)).toBe(renderText(b));
  });

  test('holds one metric’s rows, not the store’s', async () => {
    const one = await loadBrainForQuestion({ db, env: {}, log: () => undefined }, 'burglary last month', TODAY);
    expect(one.index.size).toBeGreaterThan(0);
    expect(one.index.size).toBeLessThan(whole.index.size / 5);
  });

  test('a store named that does not exist is refused, as before', async () => {
    await expect(loadBrainForQuestion({ db: path.join(dir, 'none.db'), env: {}, log: () => undefined }, 'burglary', TODAY)).rejects.toThrow(/no metrics store at/);
  });
});
