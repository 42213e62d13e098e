/**
 * The `flowboard` command line: picks a command from cli/registry.ts, runs it
 * and turns what it throws into a message and an exit code (0 ok, 1 the task
 * failed, 2 the command line is wrong, 3 `train` stopped at a breakpoint).
 */
import { readFileSync } from 'node:fs';
import { FlowboardError } from '../core/graph/diagnostics.ts';
import { suggest, wantsHelp } from './args.ts';
import { CliError, UsageError } from './cliError.ts';
import { type CliIO, processIO } from './io.ts';
import { COMMANDS, findCommand } from './registry.ts';

/** Runs `flowboard <argv>`; resolves to the process exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp());
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(mainHelp());
    return 0;
  }
  if (first === 'help') return helpFor(rest[0], io);
  if (first === '--version' || first === '-v') {
    io.stdout(`flowboard ${version()}\n`);
    return 0;
  }
  if (first.startsWith('-')) return usageFailure(io, `flowboard: unknown option ${first}; valid here: --help, --version. Options go after the command, e.g. \`flowboard run FILE --json\``);
  const command = findCommand(first);
  if (!command) {
    const guess = suggest(first, COMMANDS.map((c) => c.name));
    return usageFailure(io, `flowboard: unknown command "${first}"${guess ? ` (did you mean ${guess}?)` : ''}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  }
  if (wantsHelp(rest)) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    return report(command.name, e, io);
  }
}

function report(name: string, e: unknown, io: CliIO): number {
  if (e instanceof UsageError) {
    io.stderr(`flowboard ${name}: ${e.message}\nRun \`flowboard ${name} --help\` for usage and examples.\n`);
    return e.exitCode;
  }
  if (e instanceof CliError || e instanceof FlowboardError) {
    io.stderr(`flowboard ${name}: ${e.message}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
  // Anything else is a bug in Flowboard, not in the user's input: say so in one line; the stack is for whoever debugs it.
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.stderr(`flowboard ${name}: internal error (${what}). This is a bug in Flowboard: please report it with the command you ran; FLOWBOARD_DEBUG=1 shows where it happened.\n`);
  if (io.debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return 1;
}

function helpFor(name: string | undefined, io: CliIO): number {
  if (name === undefined) {
    io.stdout(mainHelp());
    return 0;
  }
  const command = findCommand(name);
  if (!command) return usageFailure(io, `flowboard help: unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  io.stdout(command.help);
  return 0;
}

function usageFailure(io: CliIO, message: string): number {
  io.stderr(`${message}\nRun \`flowboard --help\` for the list of commands.\n`);
  return 2;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return [
    'flowboard: check and run Flowboard graphs (*.flow.json) from the command line.',
    '',
    'Usage: flowboard <command> [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `flowboard <command> --help` for its options and examples; `flowboard --version` prints the version.',
    '',
  ].join('\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
