/**
 * Failures a command reports to the user: a message and an exit code. Main
 * prints them; anything else that escapes a command is a bug.
 */

/** A failure of the task itself (missing file, invalid graph): exit 1. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong (unknown flag, missing argument): exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
