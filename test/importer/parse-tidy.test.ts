import { parseCsv } from '../../src/importer/csv';
import { formatRefusal, parseTidyCsv, TIDY_HEADER } from '../../src/importer/parse-tidy';
import { loadCatalogue } from '../../src/io/load-catalogue';

const catalogue = loadCatalogue();

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, a BOM and CRLF', () => {
    const out = parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n1,,3\r\n');
    expect(out).toEqual({ kind: 'ok', records: [{ line: 1, fields: ['a', 'b,c', 'say "hi"'] }, { line: 2, fields: ['1', '', '3'] }] });
  });

  it('keeps the starting line of a quoted field over two lines and skips blank lines', () => {
    const out = parseCsv('a,b\n\n"x\ny",z\nlast,one');
    expect(out).toEqual({ kind: 'ok', records: [{ line: 1, fields: ['a', 'b'] }, { line: 3, fields: ['x\ny', 'z'] }, { line: 5, fields: ['last', 'one'] }] });
  });

  it('reports an unterminated quote and text after a closing quote', () => {
    expect(parseCsv('a\n"open,b\n')).toEqual({ kind: 'malformed', line: 2, problem: 'unterminated-quote' });
    expect(parseCsv('"a"b,c\n')).toEqual({ kind: 'malformed', line: 1, problem: 'text-after-quote' });
  });
});

describe('parseTidyCsv', () => {
  it('reads counts, ratios (value derived) and medians', () => {
    const text = `${TIDY_HEADER}\r\ncrimes_all,force,2019-01,5000,,\r\n"ppo_rate_all","north","2019-01",,"120","1000"\r\nppo_rate_all,south,2019-01,12.04,120,1000\r\nresponse_immediate_median_mins,fenland,2019-01,11.5,,\r\n`;
    const out = parseTidyCsv(`\uFEFF${text}`, 'in.csv', catalogue);
    expect(out).toEqual({
      kind: 'ok',
      file: 'in.csv',
      rows: [
        { metric: 'crimes_all', area: 'force', month: '2019-01', value: 5000, numerator: null, denominator: null },
        { metric: 'ppo_rate_all', area: 'north', month: '2019-01', value: 12, numerator: 120, denominator: 1000 },
        { metric: 'ppo_rate_all', area: 'south', month: '2019-01', value: 12, numerator: 120, denominator: 1000 },
        { metric: 'response_immediate_median_mins', area: 'fenland', month: '2019-01', value: 11.5, numerator: null, denominator: null },
      ],
    });
  });

  it('takes a header-only file as no rows', () => {
    expect(parseTidyCsv(`${TIDY_HEADER}\n`, 'empty.csv', catalogue)).toEqual({ kind: 'ok', file: 'empty.csv', rows: [] });
  });

  it('names every refused line, not just the first', () => {
    const out = parseTidyCsv(`${TIDY_HEADER}\nnope,force,2019-01,1,,\ncrimes_all,force,2019-01,1,,\ncrimes_all,nowhere,2019-01,1,,\n`, 'f.csv', catalogue);
    expect(out.kind === 'refused' && out.refusals.map(formatRefusal)).toEqual(['f.csv:2: unknown metric "nope"', 'f.csv:4: unknown area "nowhere"']);
  });
});

describe('parseCsv on mixed lines', () => {
  it('reads quoted and unquoted fields alike, on the fast and the slow path', () => {
    const out = parseCsv(' a ,b\r\n x , "y" ,z"q\r\n"multi\r\nline",""\r\n');
    expect(out).toEqual({ kind: 'ok', records: [
      { line: 1, fields: [' a ', 'b'] },
      { line: 2, fields: [' x ', 'y', 'z"q'] },
      { line: 3, fields: ['multi\r\nline', ''] },
    ] });
  });
});
