/** Graph files named on a command line: at launch, or passed on by a second instance. */
import { isAbsolute, resolve } from 'node:path';

/**
 * The `.json` paths among `argv`'s arguments, resolved against `cwd`.
 * `skip` is how many leading entries are the executable (and, when run as
 * `electron .`, the app folder); flags such as Squirrel's are ignored.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter((arg) => !arg.startsWith('-') && /\.json$/i.test(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}
