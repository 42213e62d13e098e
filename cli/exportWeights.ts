/** `flowboard export --to python --weights IN`: the checkpoint checked against the graph, and where the program will find it. */
import { dirname, relative, resolve } from 'node:path';
import { matchCheckpoint } from '../core/checkpoint/matchCheckpoint.ts';
import { readWeightsText } from '../core/checkpoint/readCheckpoint.ts';
import type { PythonWeights } from '../core/codegen/export/weightsPython.ts';
import { analyze } from '../core/graph/analyze.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { CliError, UsageError } from './cliError.ts';
import { readGraphFile } from './graphFile.ts';

/** Refused unless the target is python and IN holds weights of this graph; the path is relative to OUT's folder (absolute for stdout). */
export async function pythonWeights(path: string, target: string, doc: GraphDocument, output: string): Promise<PythonWeights> {
  if (target !== 'python') throw new UsageError(`--weights is for --to python; ${target} programs start from the initializers`);
  const read = readWeightsText(await readGraphFile(path));
  if (!read.ok) throw new CliError(`--weights ${path}: ${read.problem}`);
  const match = matchCheckpoint(analyze(doc), read.checkpoint);
  if (!match.ok) throw new CliError(`--weights ${path}: ${match.message}`);
  if (output === '-') return { path: resolve(path), relativeToScript: false };
  return { path: relative(dirname(resolve(output)), resolve(path)), relativeToScript: true };
}
