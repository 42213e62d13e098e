/**
 * TensorBoard event files on disk for `flowboard train --logdir DIR`: the
 * bytes come from core's event writer, this file only creates the directory
 * and appends them, as TF's EventsWriter does.
 */
import { constants } from 'node:fs';
import { access, type FileHandle, mkdir, open, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createEventWriter, type StepSummaries } from '../core/summary/eventFile/eventWriter.ts';
import { CliError } from './cliError.ts';

export interface EventLog {
  /** The events file's path. */
  readonly path: string;
  /** Appends one step's scalars, histograms and images. */
  write(step: number, summaries: StepSummaries): Promise<void>;
  /** Appends the graph (a serialized GraphDef) for TensorBoard's Graphs dashboard. */
  writeGraph(graphDef: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Creates DIR (and parents) and a new events file in it; `clock` and `host` are for tests. */
export async function openEventLog(dir: string, clock: () => number = () => Date.now() / 1000, host: string = hostname()): Promise<EventLog> {
  const writer = createEventWriter({ clock, host });
  const path = join(dir, writer.fileName);
  let file: FileHandle;
  await prepareLogDir(dir);
  try {
    // 'wx': a second run in the same second must not append to the first run's file.
    file = await open(path, 'wx');
    await file.write(writer.header);
  } catch (e) {
    throw new CliError(`--logdir ${dir}: cannot create ${path} (${(e as Error).message})`);
  }
  return {
    path,
    async write(step, summaries) {
      await file.write(writer.step(step, summaries));
    },
    async writeGraph(graphDef) {
      await file.write(writer.graph(graphDef));
    },
    close: () => file.close(),
  };
}

/**
 * Makes DIR and its missing parents one level at a time, then checks it can
 * be written, so `train` refuses a bad --logdir before it loads or trains
 * anything. Not `mkdir(dir, { recursive: true })`: where a file system
 * answers ENOENT for a folder it will never make (/proc), Node retries it for ever.
 */
export async function prepareLogDir(dir: string): Promise<void> {
  const fail = (why: string) => new CliError(`--logdir ${dir}: ${why}; pick a folder you can write to`);
  const missing: string[] = [];
  let existing = resolve(dir);
  for (;;) {
    const kind = await kindOf(existing);
    if (kind === 'file') throw fail(`${existing} is a file, not a folder`);
    if (kind === 'folder') break;
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(existing);
    existing = parent;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fail(`cannot create the folder ${folder} (${reason(e)})`);
    }
  }
  try {
    await access(resolve(dir), constants.W_OK | constants.X_OK);
  } catch (e) {
    throw fail(`cannot write in ${resolve(dir)} (${reason(e)})`);
  }
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** The system's reason without its code and path: `no such file or directory`. */
function reason(e: unknown): string {
  const m = /^\w+: (.*?), \w+ '/.exec((e as Error).message);
  return m ? m[1] : (e as Error).message;
}
