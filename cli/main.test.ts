import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bufferIO } from './io.ts';
import { main } from './main.ts';
import { COMMANDS, findCommand } from './registry.ts';

async function flowboard(...argv: string[]) {
  const io = bufferIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('flowboard', () => {
  it('lists every registered command with its summary under --help', async () => {
    const r = await flowboard('--help');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const r = await flowboard();
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Commands:');
  });

  it("shows each command's usage and examples for <cmd> --help, -h and help <cmd>", async () => {
    for (const c of COMMANDS) {
      const r = await flowboard(c.name, '--help');
      expect(r).toEqual({ code: 0, out: c.help, err: '' });
      expect(c.help).toMatch(new RegExp(`^Usage: flowboard ${c.name} `));
      expect(c.help).toContain(`Examples:\n  flowboard ${c.name} `);
      expect((await flowboard(c.name, 'file.json', '-h')).out).toBe(c.help);
      expect((await flowboard('help', c.name)).out).toBe(c.help);
    }
  });

  it('names an unknown command, the likely one meant and the valid ones (exit 2)', async () => {
    const r = await flowboard('valdate', 'x.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "valdate" (did you mean validate?)');
    expect(r.err).toContain(`commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    expect((await flowboard('help', 'nope')).code).toBe(2);
  });

  it('rejects an option before the command, saying where options go', async () => {
    const r = await flowboard('--json', 'run');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option --json; valid here: --help, --version');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await flowboard('--version')).toEqual({ code: 0, out: `flowboard ${version}\n`, err: '' });
  });

  it('works as a real process: bin/flowboard.js prints clean JSON and exits 0', async () => {
    const root = new URL('..', import.meta.url);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/flowboard.js', 'run', 'samples/hello.flow.json', '--fetch', 'sum', '--json'], { cwd: root });
    expect(stdout).toBe('{"fetches":{"sum":7}}\n');
    expect(stderr).toBe('');
  });

  it('exits non-zero as a real process when the graph cannot run', async () => {
    const root = new URL('..', import.meta.url);
    const child = promisify(execFile)(process.execPath, ['bin/flowboard.js', 'run', 'samples/hello.flow.json', '--fetch', 'nothing'], { cwd: root });
    await expect(child).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('no node is named "nothing"') });
  });
});

describe('flowboard on a bug', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says it is a bug and how to report it, without a stack trace unless FLOWBOARD_DEBUG asks for one', async () => {
    vi.spyOn(findCommand('validate')!, 'run').mockRejectedValue(new RangeError('Invalid typed array length: 10000000000'));
    const r = await flowboard('validate', 'samples/hello.flow.json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('flowboard validate: internal error (RangeError: Invalid typed array length: 10000000000). This is a bug in Flowboard: please report it with the command you ran; FLOWBOARD_DEBUG=1 shows where it happened.\n');
    const debug = bufferIO();
    debug.debug = true;
    await main(['validate', 'samples/hello.flow.json'], debug);
    expect(debug.err).toMatch(/^flowboard validate: internal error \(RangeError: Invalid typed array length: 10000000000\)\.[^\n]*\nRangeError: Invalid typed array length: 10000000000\n {4}at /);
  });
});
