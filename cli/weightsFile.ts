/**
 * `--save-weights OUT` and `--load-weights IN`: checkpoints on disk. OUT
 * ending in `.flow.json` writes a copy of the document with the weights kept
 * inside it; anything else is a `.weights.json` checkpoint file. IN may be either.
 */
import { writeFile } from 'node:fs/promises';
import { readWeightsText } from '../core/checkpoint/readCheckpoint.ts';
import type { LoadedCheckpoint, SavedState } from '../core/checkpoint/savedState.ts';
import { checkpointText, writeCheckpoint } from '../core/checkpoint/writeCheckpoint.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { saveDocument } from '../core/graph/save.ts';
import { CliError } from './cliError.ts';
import { readGraphFile } from './graphFile.ts';

/** The checkpoint in IN: a `.weights.json` file, or the weights a `.flow.json` document keeps inside it. */
export async function loadWeightsFile(path: string): Promise<LoadedCheckpoint> {
  const read = readWeightsText(await readGraphFile(path));
  if (!read.ok) throw new CliError(`--load-weights ${path}: ${read.problem}`);
  return read.checkpoint;
}

/** Writes the state as OUT; returns what was written, for the report. */
export async function saveWeightsFile(path: string, doc: GraphDocument, state: SavedState): Promise<string> {
  const checkpoint = writeCheckpoint(doc, state);
  const inDocument = path.endsWith('.flow.json');
  try {
    await writeFile(path, inDocument ? saveDocument({ ...doc, weights: checkpoint }) : checkpointText(checkpoint));
  } catch (e) {
    throw new CliError(`--save-weights ${path}: could not write the file: ${(e as Error).message}`);
  }
  const what = `${state.variables.size} variable${state.variables.size === 1 ? '' : 's'} at step ${state.step}`;
  return inDocument ? `saved ${what} inside the document ${path}` : `saved ${what} to ${path}`;
}
