import type { CliIO } from './io.ts';

/** One `flowboard <name>` command; each lives in cli/commands/<name>.ts and is listed in cli/registry.ts. */
export interface Command {
  name: string;
  /** One line for `flowboard --help`. */
  summary: string;
  /** Full text for `flowboard <name> --help`: usage, options, examples. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
