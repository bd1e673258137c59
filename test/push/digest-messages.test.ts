import { readFileSync } from 'node:fs';
import { digestMessages } from '../../src/push/digest-messages';
import type { Subscription } from '../../src/state/state-types';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';
import { SampleSums } from '../insights/helpers/sample-sums';

const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const subscription = (conversationId: string, area: string): Subscription => ({ conversationId, area, reference: {}, active: true });

describe('the pushed digest for each subscription', () => {
  const messages = digestMessages(brain, '2020-01');

  test('a force subscription gets the force digest: the strategic measures first, then the headlines', () => {
    const m = messages(subscription('a', 'force'));
    expect(m.text.startsWith('Strategic measures\nThe long-term downward trend in the rolling 12 month all crime prosecution possible outcome rate halted in January')).toBe(true);
    expect(m.text.indexOf('Performance headlines')).toBeGreaterThan(m.text.indexOf('domestic abuse'));
    expect(JSON.stringify(m.card)).toContain('"January 2020 performance headlines"');
  });

  test('"subscribe South" gets South\'s digest, its figures worked from the sample CSV', () => {
    const csv = new SampleSums();
    const m = messages(subscription('b', 'south'));
    expect(JSON.stringify(m.card)).toContain('January 2020 performance headlines: South');
    expect(m.text).toContain(`The rate is now at ${csv.rolling('ppo_rate_all', 'south', '2020-01').toFixed(1)}%`);
    expect(m.text).toContain(`with ${csv.value('ppo_count_all', 'south', '2020-01')} prosecution possible outcomes recorded in the month`);
    expect(m.text).not.toContain("North's");
  });

  test('one digest per area and month, shared by its subscribers', () => {
    expect(messages(subscription('c', 'south'))).toBe(messages(subscription('d', 'south')));
    expect(messages(subscription('e', ''))).toBe(messages(subscription('a', 'force')));
  });
});
