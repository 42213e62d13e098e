/**
 * The data files a Python program reads (`np.loadtxt('data.csv')`), read
 * from the program's folder for `flowboard import`, with the graph-file guards
 * (size cap, regular files only). A path that leaves the folder is not read:
 * an imported program names the files, and may not reach anywhere else.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { CliError } from './cliError.ts';
import { readGraphFile, STDIN_PATH } from './graphFile.ts';

export interface ScriptFiles {
  /** Texts by the path the program names. */
  files: Record<string, string>;
  /** Files not read, with where to put them and why. */
  problems: { path: string; message: string }[];
}

/** Reads `paths` relative to the folder of `script` (the working folder for standard input). */
export async function readScriptFiles(script: string, paths: readonly string[]): Promise<ScriptFiles> {
  const folder = script === STDIN_PATH ? process.cwd() : dirname(resolve(script));
  const out: ScriptFiles = { files: {}, problems: [] };
  for (const path of paths) {
    const full = resolve(folder, path);
    const inside = relative(folder, full);
    if (isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside)) {
      out.problems.push({ path, message: `${path} is outside the program's folder; data files are read from ${folder} only: copy it there and name it without a folder` });
      continue;
    }
    const putIt = `put ${path} in ${folder}, next to the program, and import again`;
    if (!existsSync(full)) {
      out.problems.push({ path, message: putIt });
      continue;
    }
    try {
      out.files[path] = await readGraphFile(full);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      out.problems.push({ path, message: `${putIt} (${e.message})` });
    }
  }
  return out;
}
