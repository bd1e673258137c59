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
