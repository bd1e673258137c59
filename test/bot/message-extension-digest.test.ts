import { readFileSync } from 'node:fs';
import { answerExtensionQuery, MAX_RESULTS } from '../../src/bot/message-extension';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import { testBrain } from '../helpers/brain';
import { parseTidyCsv, sampleFiles } from '../insights/helpers/sample-data';

const brain = testBrain(sampleFiles().flatMap((f) => parseTidyCsv(readFileSync(f, 'utf8'))));
const TODAY = '2020-02-10';

interface Preview { readonly content: { readonly title: string; readonly text: string } }

function search(question: string | undefined): Preview[] {
  const parameters = question === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'question', value: question }];
  const response = answerExtensionQuery({ commandId: 'ask', parameters }, brain, TODAY);
  return (response.composeExtension?.attachments ?? []).map((a) => a.preview as Preview);
}

describe('the search box with an empty query: the same digest as the monthly push', () => {
  const digest = buildMonthlyDigest(brain.index, brain.catalogue, '2020-01');
  if (digest.kind !== 'digest') throw new Error('expected a digest');

  test.each([[undefined], [''], ['bu']])('%j: the strategic measures first, then the headlines, at most eight', (question) => {
    const results = search(question);
    expect(results).toHaveLength(MAX_RESULTS);
    expect(results.slice(0, 3).map((r) => r.content.title)).toEqual([
      'All crime prosecution possible outcome rate · Cambridgeshire',
      'Dwelling burglary prosecution possible outcome rate · Cambridgeshire',
      'Domestic abuse prosecution possible outcome rate · Cambridgeshire',
    ]);
    expect(results.slice(0, 3).map((r) => r.content.text)).toEqual(digest.strategic.map((p) => `January 2020: ${p.text}`));
    expect(results.slice(3).map((r) => r.content.text)).toEqual(digest.headlines.slice(0, MAX_RESULTS - 3).map((h) => h.text));
  });
});
