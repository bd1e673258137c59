import { monthOfDate } from '../../src/domain/month';
import { extractPeriod } from '../../src/understanding/period/extract-period';
import { correctMonthTypos } from '../../src/understanding/period/month-words';
import { normalise } from '../../src/understanding/normalise';
import { Sentence } from '../../src/understanding/sentence';

function read(text: string, today = '2020-02-10') {
  const sentence = new Sentence(correctMonthTypos(normalise(text)));
  const out = extractPeriod(sentence, { today, thisMonth: monthOfDate(today) });
  return { spec: out.period?.spec, monthOnly: out.monthOnly, left: sentence.words().join(' ') };
}

describe('period words, with today fixed at 10 February 2020', () => {
  test.each([
    ['last month', { kind: 'month', month: '2020-01' }],
    ['previous month', { kind: 'month', month: '2020-01' }],
    ['this month', { kind: 'month', month: '2020-02' }],
    ['in January', { kind: 'month', month: '2020-01' }],
    ['in Jan', { kind: 'month', month: '2020-01' }],
    ['March', { kind: 'month', month: '2019-03' }],
    ['December', { kind: 'month', month: '2019-12' }],
    ['January 2019', { kind: 'month', month: '2019-01' }],
    ['Jan 19', { kind: 'month', month: '2019-01' }],
    ["jan '19", { kind: 'month', month: '2019-01' }],
    ['2019-01', { kind: 'month', month: '2019-01' }],
    ['01/2019', { kind: 'month', month: '2019-01' }],
    ['janaury 2019', { kind: 'month', month: '2019-01' }],
    ['in febuary', { kind: 'month', month: '2020-02' }],
    ['January last year', { kind: 'month', month: '2019-01' }],
    ['15/01/2020', { kind: 'month', month: '2020-01' }],
    ['rolling 12 months', { kind: 'rolling12' }],
    ['12 months to October 2019', { kind: 'rolling12', to: '2019-10' }],
    ['12 months ending January', { kind: 'rolling12', to: '2020-01' }],
    ['last 12 months', { kind: 'rolling12', to: '2020-01' }],
    ['past year', { kind: 'rolling12', to: '2020-01' }],
    ['over the past twelve months', { kind: 'rolling12', to: '2020-01' }],
    ['last 3 months', { kind: 'range', from: '2019-11', to: '2020-01' }],
    ['past three months', { kind: 'range', from: '2019-11', to: '2020-01' }],
    ['previous six months', { kind: 'range', from: '2019-08', to: '2020-01' }],
    ['year to date', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['YTD', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['FYTD', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['this financial year', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['last financial year', { kind: 'fy', startYear: 2018 }],
    ['2018/19', { kind: 'fy', startYear: 2018 }],
    ['FY 2018-19', { kind: 'fy', startYear: 2018 }],
    ['fy18/19', { kind: 'fy', startYear: 2018 }],
    ['financial year 2017/2018', { kind: 'fy', startYear: 2017 }],
    ['2019/20', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['2019/20 so far', { kind: 'fytd', to: '2020-01', startYear: 2019 }],
    ['March year end', { kind: 'fy', startYear: 2018 }],
    ['at year end', { kind: 'fy', startYear: 2018 }],
    ['Q3 2019/20', { kind: 'quarter', from: '2019-10', to: '2019-12' }],
    ['quarter 3 of 2019/20', { kind: 'quarter', from: '2019-10', to: '2019-12' }],
    ['Q1 2019-20', { kind: 'quarter', from: '2019-04', to: '2019-06' }],
    ['last quarter', { kind: 'quarter', from: '2019-10', to: '2019-12' }],
    ['in 2019', { kind: 'year', year: 2019 }],
    ['calendar year 2018', { kind: 'year', year: 2018 }],
    ['last year', { kind: 'year', year: 2019 }],
    ['between June and December 2019', { kind: 'range', from: '2019-06', to: '2019-12' }],
    ['June to December 2019', { kind: 'range', from: '2019-06', to: '2019-12' }],
    ['April to September 2019', { kind: 'range', from: '2019-04', to: '2019-09' }],
    ['from November 2018 to February 2019', { kind: 'range', from: '2018-11', to: '2019-02' }],
    ['November to January', { kind: 'range', from: '2019-11', to: '2020-01' }],
    ['since September 2019', { kind: 'since', from: '2019-09' }],
    ['since April', { kind: 'since', from: '2019-04' }],
  ])('"%s" is read as %j', (text, spec) => {
    expect(read(text).spec).toEqual(spec);
  });

  test('a month with no year is the most recent one not after today', () => {
    expect(read('burglary in june', '2019-06-20').spec).toEqual({ kind: 'month', month: '2019-06' });
    expect(read('burglary in july', '2019-06-20').spec).toEqual({ kind: 'month', month: '2018-07' });
  });

  test('"last month" counts from the day given', () => {
    expect(read('last month', '2026-11-28').spec).toEqual({ kind: 'month', month: '2026-10' });
    expect(read('last month', '2020-01-01').spec).toEqual({ kind: 'month', month: '2019-12' });
  });

  test('"in January alone" asks for the single month', () => {
    expect(read('burglary outcome rate in January alone')).toMatchObject({ spec: { kind: 'month', month: '2020-01' }, monthOnly: true });
    expect(read('monthly rate for the month of December')).toMatchObject({ spec: { kind: 'month', month: '2019-12' }, monthOnly: true });
    expect(read('burglary outcome rate for january only')).toMatchObject({ spec: { kind: 'month', month: '2020-01' }, monthOnly: true });
    expect(read('burglary outcome rate December 2019 on its own')).toMatchObject({ spec: { kind: 'month', month: '2019-12' }, monthOnly: true });
  });

  test.each([
    ['999 calls answered within 10 seconds', '999 calls answered within 10 seconds'],
    ['prompt incidents attended after 4 hours', 'prompt incidents attended after 4 hours'],
    ['robbery may be up', 'robbery may be up'],
    ['burglary in march fenland', 'burglary in march fenland'],
    ['101 abandonment rate', '101 abandonment rate'],
  ])('"%s" holds no period, and its words stay', (text, left) => {
    const r = read(text);
    expect(r.spec).toBeUndefined();
    expect(r.left).toBe(left);
  });
});
