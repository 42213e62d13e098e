/**
 * TensorBoard event files on disk for `flowboard train --logdir DIR`: the
 * bytes come from core's event writer, this file only creates the directory
 * and appends them, as TF's EventsWriter does.
 */
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createEventWriter, type StepSummaries } from '../core/summary/eventFile/eventWriter.ts';
import { CliError } from './cliError.ts';

export interface EventLog {
  /** The events file's path. */
  readonly path: string;
  /** Appends one step's scalars and histograms. */
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
  try {
    await mkdir(dir, { recursive: true });
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
