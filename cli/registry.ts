/**
 * Every `flowboard` command, registered from one explicit list. Adding one:
 * write cli/commands/<name>.ts exporting a `Command`, then add it here.
 */
import type { Command } from './command.ts';
import { exportCommand } from './commands/export.ts';
import { gradcheckCommand } from './commands/gradcheck.ts';
import { importCommand } from './commands/import.ts';
import { runCommand } from './commands/run.ts';
import { sweepCommand } from './commands/sweep.ts';
import { trainCommand } from './commands/train.ts';
import { validateCommand } from './commands/validate.ts';

/** In the order `flowboard --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  runCommand,
  trainCommand,
  sweepCommand,
  gradcheckCommand,
  importCommand,
  exportCommand,
];

/** The command with this name, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
