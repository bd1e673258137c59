import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  const spec = { options: ['db', 'from'], flags: ['json'] };

  it('reads options, flags and positionals', () => {
    const out = parseArgs(['a.csv', '--db', 'x.db', '--json', '--from=dir', 'b.csv', '--', '--c.csv'], spec);
    expect(out.kind).toBe('ok');
    if (out.kind !== 'ok') return;
    expect([...out.args.options]).toEqual([['db', 'x.db'], ['from', 'dir']]);
    expect([...out.args.flags]).toEqual(['json']);
    expect(out.args.positionals).toEqual(['a.csv', 'b.csv', '--c.csv']);
  });

  it.each([
    [['--nope'], 'unknown option --nope'],
    [['--db'], '--db needs a value'],
    [['--db', '--json'], '--db needs a value'],
    [['--db='], '--db needs a value'],
    [['--db', 'a', '--db', 'b'], '--db given twice'],
    [['--json=yes'], '--json takes no value'],
  ])('refuses %j', (argv, message) => {
    expect(parseArgs(argv, spec)).toEqual({ kind: 'usage', message });
  });
});

describe('parseArgs, as the commands have always read their words', () => {
  const spec = { options: ['db'], flags: ['json'] };

  it('keeps words with one dash as positionals, in order', () => {
    const out = parseArgs(['-', 'a.csv', '-x', '-abc', '--db', '-y', 'b.csv'], spec);
    expect(out).toEqual({ kind: 'ok', args: { options: new Map([['db', '-y']]), flags: new Set(), positionals: ['-', 'a.csv', '-x', '-abc', 'b.csv'] } });
  });

  it('takes a value that starts with dashes only after =', () => {
    const out = parseArgs(['--db=--odd.db'], spec);
    expect(out.kind === 'ok' && out.args.options.get('db')).toBe('--odd.db');
  });

  it('refuses the first problem met', () => {
    expect(parseArgs(['--nope', '--db'], spec)).toEqual({ kind: 'usage', message: 'unknown option --nope' });
    expect(parseArgs(['--json', '--json=1'], spec)).toEqual({ kind: 'usage', message: '--json takes no value' });
  });
});
