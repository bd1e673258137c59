import { ask } from '../../src/answers/ask';
import { replyToCard } from '../../cards/reply-card';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { allText } from './card-json';

const months = ['2019-06', '2019-07', '2019-08'];
const brain = testBrain(['peterborough', 'fenland', 'cambridge'].flatMap((area, a) => months.map((month, m) => ({ metric: 'policeuk_burglary', area, month, value: 40 + a * 10 + m, numerator: null, denominator: null }))));

describe('cards of figures from the public police.uk files', () => {
  test('the answer card names the source under the figure', () => {
    const reply = ask('police.uk burglary in Peterborough August 2019', EMPTY_CONVERSATION, '2019-09-15', brain).reply;
    expect(reply.kind).toBe('answer');
    const text = allText(replyToCard(reply, {}));
    expect(text).toContain('Burglary (police.uk)');
    expect(text).toContain('Data to end of August 2019. Source: data.police.uk street-level crime files.');
  });

  test('the side-by-side card and the compact card name it too', () => {
    const reply = ask('police.uk burglary Peterborough vs Cambridge August 2019', EMPTY_CONVERSATION, '2019-09-15', brain).reply;
    expect(reply.kind).toBe('answer');
    expect(allText(replyToCard(reply, {}))).toContain('Source: data.police.uk street-level crime files.');
    expect(allText(replyToCard(reply, { compact: true }))).toContain('Source: data.police.uk street-level crime files.');
  });
});
