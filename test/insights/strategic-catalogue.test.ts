import { readFileSync } from 'node:fs';
import { checkCatalogue } from '../../src/domain/catalogue-schema';
import { CATALOGUE_FILE } from '../../src/io/project-paths';

type Raw = { metrics: Record<string, unknown>[]; strategicMeasures?: Record<string, unknown>[] };
const raw = (): Raw => JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Raw;

function problemsOf(edit: (c: Raw) => void): readonly string[] {
  const c = raw();
  edit(c);
  const checked = checkCatalogue(c);
  return checked.kind === 'invalid' ? checked.problems : [];
}

describe('the strategic measures in the catalogue, validated at start-up', () => {
  test('the shipped catalogue names the Plan\'s three outcome rates with their counts and parts', () => {
    const checked = checkCatalogue(raw());
    if (checked.kind !== 'ok') throw new Error(checked.problems.join('\n'));
    const measures = checked.catalogue.strategicMeasures ?? [];
    expect(measures.map((m) => [m.metric, m.count?.metric])).toEqual([
      ['ppo_rate_all', 'ppo_count_all'],
      ['ppo_rate_dwelling_burglary', 'ppo_count_dwelling_burglary'],
      ['ppo_rate_domestic_abuse', 'ppo_count_domestic_abuse'],
    ]);
    expect(measures[0]?.parts.map((p) => [p.metric, p.months])).toEqual([['community_resolutions', 3], ['charges', undefined], ['tics', undefined]]);
  });

  test.each<[string, (c: Raw) => void, string]>([
    ['an unknown measure', (c) => { c.strategicMeasures?.push({ metric: 'ppo_rate_fraud', name: 'fraud rate', parts: [] }); }, 'strategic measure ppo_rate_fraud: unknown metric'],
    ['a measure that is not a rate', (c) => { c.strategicMeasures?.push({ metric: 'crimes_all', name: 'crime', parts: [] }); }, 'strategic measure crimes_all: must be a rate (a percent metric)'],
    ['a measure listed twice', (c) => { c.strategicMeasures?.push({ metric: 'ppo_rate_all', name: 'again', parts: [] }); }, 'strategic measure ppo_rate_all: listed twice'],
    ['a part that is not a count', (c) => { (c.strategicMeasures?.[1]?.parts as unknown[]).push({ metric: 'dq_pass_rate', label: 'DQ' }); }, 'strategic measure ppo_rate_dwelling_burglary, related dq_pass_rate: must be a count that adds up'],
    ['a part with a misspelt field', (c) => { (c.strategicMeasures?.[1]?.parts as unknown[]).push({ metric: 'charges', lable: 'charges' }); }, 'strategic measure ppo_rate_dwelling_burglary, field parts.0.label'],
    ['a strategic metric left off the list', (c) => { c.strategicMeasures = c.strategicMeasures?.slice(0, 2); }, 'metric ppo_rate_domestic_abuse, field strategic: not among the strategicMeasures'],
  ])('%s is refused, named', (_what, edit, problem) => {
    expect(problemsOf(edit).join('\n')).toContain(problem);
  });
});
