import { describe, expect, it } from 'vitest';
import { helpText, parseCommandArgs, suggest, wantsHelp } from './args.ts';
import { UsageError } from './cliError.ts';

const OPTIONS = {
  fetch: { type: 'string', multiple: true, value: 'NAME', description: 'What to compute.' },
  backend: { type: 'string', value: 'NAME', choices: ['wasm', 'cpu'], description: 'Backend.' },
  json: { type: 'boolean', description: 'JSON output.' },
} as const;

function usageMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandArgs', () => {
  it('reads positionals by name, repeated and boolean options', () => {
    const { values, positionals } = parseCommandArgs('run', ['g.json', '--fetch', 'a', '--json', '--fetch=b'], OPTIONS, ['FILE']);
    expect(positionals).toEqual({ FILE: 'g.json' });
    expect(values.fetch).toEqual(['a', 'b']);
    expect(values.json).toBe(true);
    expect(values.backend).toBeUndefined();
  });

  it('names an unknown option, the likely one meant, and all valid ones', () => {
    const msg = usageMessage(() => parseCommandArgs('run', ['g.json', '--fetc', 'a'], OPTIONS, ['FILE']));
    expect(msg).toContain('unknown option --fetc');
    expect(msg).toContain('did you mean --fetch?');
    expect(msg).toContain('valid options: --fetch, --backend, --json, --help');
  });

  it('says a value is missing and how to pass one that starts with a dash', () => {
    expect(usageMessage(() => parseCommandArgs('run', ['g.json', '--fetch'], OPTIONS, ['FILE']))).toContain('--fetch needs a value (NAME)');
    expect(usageMessage(() => parseCommandArgs('run', ['g.json', '--fetch', '-x'], OPTIONS, ['FILE']))).toContain('--fetch=VALUE');
    expect(usageMessage(() => parseCommandArgs('run', ['g.json', '--json=yes'], OPTIONS, ['FILE']))).toBe('--json is a switch and takes no value');
  });

  it('rejects a value outside the choices, listing them', () => {
    expect(usageMessage(() => parseCommandArgs('run', ['g.json', '--backend', 'webgpu'], OPTIONS, ['FILE']))).toBe('--backend must be one of wasm, cpu, got "webgpu"');
  });

  it('requires exactly the named positionals', () => {
    expect(usageMessage(() => parseCommandArgs('run', ['--json'], OPTIONS, ['FILE']))).toContain('missing FILE');
    expect(usageMessage(() => parseCommandArgs('run', ['a.json', 'b.json'], OPTIONS, ['FILE']))).toBe('unexpected argument "b.json"');
  });
});

describe('wantsHelp', () => {
  it('sees --help and -h, but not after --', () => {
    expect(wantsHelp(['x', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['--feed=--help'])).toBe(false);
  });
});

describe('suggest', () => {
  it('offers a close candidate and nothing for an unrelated word', () => {
    expect(suggest('valdiate', ['validate', 'run'])).toBe('validate');
    expect(suggest('rnu', ['validate', 'run'])).toBe('run');
    expect(suggest('export', ['validate', 'run'])).toBeUndefined();
  });
});

describe('helpText', () => {
  it('lists every option with its value name, and help', () => {
    const text = helpText({ usage: ['flowboard run FILE'], description: 'Runs.', options: OPTIONS, examples: ['flowboard run g.json'] });
    expect(text).toMatch(/^Usage: flowboard run FILE\n/);
    expect(text).toMatch(/ {2}--fetch NAME +What to compute\. Repeatable\./);
    expect(text).toMatch(/ {2}--json +JSON output\./);
    expect(text).toMatch(/ {2}-h, --help +Show this help\./);
    expect(text).toContain('Examples:\n  flowboard run g.json');
  });
});
