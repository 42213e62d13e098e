/**
 * Programs for exports.tf.test.ts: a document written by `flowboard export`
 * (in-process) as Python or Keras, cut to one epoch for the MNIST lessons,
 * and the ends of the Keras model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../cli/commands/export.ts';
import { bufferIO } from '../../cli/io.ts';
import { exportGraph } from '../../core/codegen/export/exportGraph.ts';
import { layerStack } from '../../core/codegen/export/layerStack.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { TempDir } from '../tempFiles.ts';

export const isMnist = (doc: GraphDocument) => Object.values(doc.session?.feeds ?? {}).some((b) => b.kind === 'dataset');
export const hasDropout = (doc: GraphDocument) => doc.nodes.some((n) => n.op === 'Dropout');

/** `flowboard export FILE --to TARGET -o OUT` on `doc`; an MNIST lesson's program trains one epoch instead of the session's. */
export async function exportProgram(tmp: TempDir, name: string, doc: GraphDocument, target: 'python' | 'keras'): Promise<string> {
  const out = join(tmp.path, `${name}.${target === 'python' ? 'py' : 'keras.py'}`);
  const io = bufferIO();
  if ((await exportCommand.run([tmp.write(`${name}.flow.json`, doc), '--to', target, '-o', out], io)) !== 0) throw new Error(`flowboard export --to ${target} failed: ${io.err}`);
  if (isMnist(doc)) {
    const epochs = doc.session!.epochs;
    // Both targets walk the epochs in a loop of their own (a RandomState permutation each, Flowboard's batch order).
    const from = `for epoch in range(${epochs}):`;
    const text = readFileSync(out, 'utf8');
    if (!text.includes(from)) throw new Error(`${out} has no "${from}" to cut to one epoch`);
    writeFileSync(out, text.replace(from, 'for epoch in range(1):'));
  }
  return out;
}

/** The node whose output is the Keras model's, and the model's input placeholder. */
export function kerasEnds(doc: GraphDocument): { output: string; input: string } {
  const stack = layerStack(exportGraph(doc, []));
  return { output: stack.layers.at(-1)!.output.id, input: stack.input.name };
}
