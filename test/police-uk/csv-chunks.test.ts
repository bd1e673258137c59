import { parseCsv, type CsvParse } from '../../src/importer/csv';
import { CsvChunkReader } from '../../src/importer/csv-chunks';

function inChunks(text: string, size: number): CsvParse {
  const reader = new CsvChunkReader();
  const records = [];
  for (let i = 0; i < text.length; i += size) {
    const out = reader.push(text.slice(i, i + size));
    if (out.kind === 'malformed') return out;
    records.push(...out.records);
  }
  const last = reader.end();
  if (last.kind === 'malformed') return last;
  return { kind: 'ok', records: [...records, ...last.records] };
}

const TEXT = '\ufeffCrime ID,Month,Context\r\nabc,2019-08,"quoted, with comma"\r\n,2019-08,"a ""quote"" and\r\na new line"\r\n\r\nxyz,2019-08,plain\r\nlast,2019-08,"no newline at the end"';

describe('the chunked CSV reader', () => {
  test('gives the records of one whole read, however the text is cut', () => {
    const whole = parseCsv(TEXT);
    expect(whole.kind).toBe('ok');
    if (whole.kind !== 'ok') return;
    expect(whole.records.map((r) => r.line)).toEqual([1, 2, 3, 6, 7]);
    expect(whole.records[2]?.fields).toEqual(['', '2019-08', 'a "quote" and\r\na new line']);
    for (let size = 1; size <= TEXT.length; size++) expect(inChunks(TEXT, size)).toEqual(whole);
  });

  test('a quote never closed is reported with the line it opened on', () => {
    const text = 'a,b\n1,"never closed\n2,3\n';
    for (const size of [1, 3, 7, 100]) expect(inChunks(text, size)).toEqual({ kind: 'malformed', line: 2, problem: 'unterminated-quote' });
  });

  test('text after a closing quote is reported', () => {
    expect(inChunks('a,b\n1,2\n3,"x"y\n', 4)).toEqual({ kind: 'malformed', line: 3, problem: 'text-after-quote' });
  });
});
