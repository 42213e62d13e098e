/**
 * Where a command writes. Commands never touch `process` directly, so tests
 * run them in-process and read what they printed.
 */

export interface CliIO {
  /** Writes text as is (commands add their own newlines). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour, progress lines); false in tests and pipes. */
  isTTY: boolean;
  /** Standard input when something is piped in (the file `-`); undefined at a terminal and in tests. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** FLOWBOARD_DEBUG=1: a bug's report includes its stack trace. */
  debug?: boolean;
}

/** The real process streams. */
export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    // A terminal is not a pipe: `flowboard validate -` typed alone is refused rather than waiting for keystrokes.
    ...(process.stdin.isTTY ? {} : { stdin: process.stdin }),
    debug: process.env.FLOWBOARD_DEBUG === '1',
  };
}

/** An IO that collects everything written, for tests. */
export function bufferIO(): CliIO & { out: string; err: string } {
  const io: CliIO & { out: string; err: string } = {
    out: '',
    err: '',
    isTTY: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
