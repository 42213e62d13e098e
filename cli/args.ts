/**
 * Argument parsing for commands: node:util parseArgs in strict mode, with
 * errors rewritten to say what is valid, and help text from the same specs so
 * the two cannot drift apart.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './cliError.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Repeatable: `--fetch a --fetch b`. */
  multiple?: boolean;
  short?: string;
  /** The value's name in help: `--fetch NAME`. */
  value?: string;
  /** The only values accepted; anything else is a usage error. */
  choices?: readonly string[];
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true ? boolean[] : boolean
  : S['multiple'] extends true ? string[] : string;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: ValueOf<O[K]> };

export interface ParsedArgs<O extends OptionSpecs> {
  values: OptionValues<O>;
  /** Positionals by the names given to `parseCommandArgs`. */
  positionals: Record<string, string>;
}

/** Every command accepts these; main handles them before the command runs. */
const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help.' };

/**
 * Parses a command's arguments: exactly the named positionals, only the given
 * options. Throws UsageError naming what is valid.
 */
export function parseCommandArgs<const O extends OptionSpecs>(command: string, args: string[], options: O, positionalNames: readonly string[]): ParsedArgs<O> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: toParseArgs(options), allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(explain(command, args, options, e as Error & { code?: string }));
  }
  for (const [name, spec] of Object.entries(options)) {
    if (!spec.choices) continue;
    const raw = parsed.values[name];
    for (const v of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
      if (!spec.choices.includes(String(v))) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, got "${String(v)}"`);
    }
  }
  const { positionals } = parsed;
  if (positionals.length < positionalNames.length) throw new UsageError(`missing ${positionalNames.slice(positionals.length).join(' ')}: usage is \`flowboard ${command} ${positionalNames.join(' ')} ...\``);
  if (positionals.length > positionalNames.length) throw new UsageError(`unexpected argument "${positionals[positionalNames.length]}"`);
  return {
    values: parsed.values as OptionValues<O>,
    positionals: Object.fromEntries(positionalNames.map((n, i) => [n, positionals[i]])),
  };
}

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export interface HelpSpec {
  /** Synopsis lines, without the leading `Usage: `. */
  usage: string[];
  /** What the command does, a short paragraph. */
  description: string;
  options: OptionSpecs;
  /** Command lines, each optionally followed by `  # comment`. */
  examples: string[];
}

/** The text `flowboard <cmd> --help` prints. */
export function helpText(h: HelpSpec): string {
  const rows = Object.entries({ ...h.options, help: HELP_OPTION }).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    const extra = spec.multiple ? ' Repeatable.' : '';
    return [flag, spec.description + extra] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    ...h.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}${u}`),
    '',
    h.description,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    'Examples:',
    ...h.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** The candidate closest to `input` by edit distance, if close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(input, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function toParseArgs(options: OptionSpecs) {
  return Object.fromEntries(
    Object.entries(options).map(([name, s]) => [name, { type: s.type, ...(s.multiple ? { multiple: true } : {}), ...(s.short ? { short: s.short } : {}) }]),
  );
}

/** parseArgs' messages talk about its own API; say what the user can type instead. */
function explain(command: string, args: string[], options: OptionSpecs, e: Error & { code?: string }): string {
  const flags = Object.keys(options).map((n) => `--${n}`);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const bad = /'([^']+)'/.exec(e.message)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
    const guess = suggest(bad.split('=')[0], flags);
    return `unknown option ${bad} for \`flowboard ${command}\`${guess ? ` (did you mean ${guess}?)` : ''}; valid options: ${[...flags, '--help'].join(', ')}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'--?([A-Za-z-]+)/.exec(e.message)?.[1] ?? '';
    const spec = options[name] ?? Object.values(options).find((s) => s.short === name);
    if (spec?.type === 'boolean') return `--${name} is a switch and takes no value`;
    if (spec) return `--${name} needs a value (${spec.value ?? 'VALUE'}); to pass one that starts with "-", write --${name}=VALUE`;
  }
  return e.message;
}
