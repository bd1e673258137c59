import { CLI } from './cli-strings';

/** Which `--name VALUE` options and `--name` flags a command takes (names without the dashes). */
export interface ArgSpec {
  readonly options?: readonly string[];
  readonly flags?: readonly string[];
}

export interface ParsedArgs {
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

export type ArgParse = { readonly kind: 'ok'; readonly args: ParsedArgs } | { readonly kind: 'usage'; readonly message: string };

/** `--name VALUE`, `--name=VALUE`, `--flag`, positionals, and `--` to end the options. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ArgParse {
  const takesValue = new Set(spec.options ?? []);
  const isFlag = new Set(spec.flags ?? []);
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const usage = (message: string): ArgParse => ({ kind: 'usage', message });
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('--') || word === '-') {
      positionals.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word.slice(2, eq >= 0 ? eq : undefined);
    const option = `--${name}`;
    if (isFlag.has(name)) {
      if (eq >= 0) return usage(CLI.argNoValue(option));
      flags.add(name);
    } else if (takesValue.has(name)) {
      const value = eq >= 0 ? word.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return usage(CLI.argNeedsValue(option));
      if (options.has(name)) return usage(CLI.argTwice(option));
      options.set(name, value);
    } else {
      return usage(CLI.argUnknownOption(option));
    }
  }
  return { kind: 'ok', args: { options, flags, positionals } };
}
