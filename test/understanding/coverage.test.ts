import { understand } from '../../src/understanding/understand';
import { stem } from '../../src/understanding/metric/stem';
import { testBrain } from '../helpers/brain';

const brain = testBrain();
const TODAY = '2020-02-10';

/**
 * The reading accounts for every word: each word of the question is in a span an extractor took,
 * a word read as the metric, filler, or uncovered (which the reply must own up to). None vanishes.
 */
describe('every word of a question is accounted for', () => {
  test.each([
    'dwelling burglary outcome rate South last month',
    'please show me the number of robberies in Fenland vs last year',
    'cyber crime last month',
    'burglary in Norwich',
    'robbery this week',
    'burglary and robbery last month',
    'rape charge rate',
    'all crime excluding shoplifting',
    'robbery in January vs June',
    'how many burglaries were there in Peterborough between June and December 2019',
    'repeat victims of domestic abuse in Cambridge year to date',
    'knife crime trend by district',
    'what was the robbery figure on 15 January 2020',
    'violence against over 65s in the North since September 2019',
    'hate crime in Ruritania next month',
  ])('"%s"', (q) => {
    const u = understand(q, TODAY, brain);
    const spans = [...u.said.flatMap((s) => s.text.toLowerCase().split(' ')), ...u.areas.flatMap((a) => a.text.split(' '))];
    const uncovered = u.uncovered.flatMap((w) => w.toLowerCase().split(' '));
    const lost = u.text.split(' ').filter((w) => {
      const bare = w.replace(/'s$/, '');
      return !spans.includes(w) && !u.metricWords.includes(stem(bare)) && !uncovered.includes(bare) && !u.filler.includes(w)
        && !brain.lexicon.measureWords.has(w) && !brain.lexicon.qualifiers.has(stem(bare));
    });
    expect(lost).toEqual([]);
  });

  test('what the reading could not place is uncovered, not dropped', () => {
    expect(understand('cyber crime last month', TODAY, brain).uncovered).toEqual(['cyber']);
    expect(understand('rape charge rate', TODAY, brain).uncovered).toEqual(['rape']);
    expect(understand('burglary in Norwich', TODAY, brain).outsidePlaces).toEqual(['Norwich']);
    expect(understand('robbery this week', TODAY, brain).unheld).toEqual(['this week']);
    expect(understand('dwelling burglary outcome rate South last month', TODAY, brain).uncovered).toEqual([]);
  });
});
