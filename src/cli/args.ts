import { parseArgs as parseArgv } from 'node:util';
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

/**
 * `--name VALUE`, `--name=VALUE`, `--flag`, positionals, and `--` to end the options, read by
 * Node's `util.parseArgs` (its tokens, so that every usage error is ours to word). A word with one
 * dash (`-`, `-x`) is a positional, as it always was.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ArgParse {
  const declared: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of spec.options ?? []) declared[name] = { type: 'string' };
  for (const name of spec.flags ?? []) declared[name] = { type: 'boolean' };
  const { tokens } = parseArgv({ args: [...argv], options: declared, strict: false, allowPositionals: true, tokens: true });
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const usage = (message: string): ArgParse => ({ kind: 'usage', message });
  let lastShort = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!token.rawName.startsWith('--')) {
      // `-abc` is one word, read as three short options: keep the word once, as written.
      if (token.index !== lastShort) positionals.push(argv[token.index] ?? '');
      lastShort = token.index;
      continue;
    }
    const option = token.rawName;
    const kind = declared[token.name]?.type;
    if (kind === 'boolean') {
      if (token.value !== undefined) return usage(CLI.argNoValue(option));
      flags.add(token.name);
    } else if (kind === 'string') {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) return usage(CLI.argNeedsValue(option));
      if (options.has(token.name)) return usage(CLI.argTwice(option));
      options.set(token.name, value);
    } else {
      return usage(CLI.argUnknownOption(option));
    }
  }
  return { kind: 'ok', args: { options, flags, positionals } };
}
