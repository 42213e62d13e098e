/**
 * Pad, Gather, Slice and LRN in one trained graph (test/arrayOpsGraph.ts):
 * `flowboard export --to python` runs in TensorFlow 2.21 (compat.v1) and
 * reaches Flowboard's loss and trained variables, so the lines the Python
 * export writes for these ops compute what Flowboard's lowerings compute,
 * gradients (TF1's IndexedSlices for the embedding) included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../../cli/datasets.ts';
import { canonicalOrder } from '../../core/graph/save.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { runPython } from '../../tools/tf/python.ts';
import { arrayOpsGraph } from '../arrayOpsGraph.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';
import { checkPython, type ProgramRun } from './exportChecks.ts';
import { exportProgram } from './exportPrograms.ts';
import { type FlowboardRun, runSample } from './sampleRun.ts';

// In the order the file is saved in (nodes by id), which numbers the op seeds of the program exported from it.
const doc = canonicalOrder(arrayOpsGraph());
let tmp: TempDir;
let ours: FlowboardRun;
let theirs: ProgramRun;

beforeAll(async () => {
  tmp = tempDir();
  ours = await runSample(doc, { backend: await useBackend('wasm', 'cpu'), datasets: nodeDatasets({}) });
  const path = await exportProgram(tmp, 'array_ops', doc, 'python');
  const script = new URL('exports_referee.py', import.meta.url).pathname;
  theirs = (await runPython<{ results: ProgramRun[] }>(script, { programs: [{ path, env: {} }] }, { timeoutMs: 240_000 })).results[0];
}, 300_000);

afterAll(() => tmp?.remove());

describe('a graph of Pad, Gather, Slice and LRN exported to Python', () => {
  it('trains in TensorFlow to Flowboard\'s loss and variables', () => {
    expect(theirs.error ?? '').toBe('');
    const { problems, seen } = checkPython(doc, false, ours, theirs, 0);
    console.log(`--to python array ops: ${seen}`);
    expect(problems).toEqual([]);
    expect(ours.logs.at(-1)!.loss).toBeLessThan(ours.logs[0].loss);
    // tf.Variable without name= is TF's "Variable"; get_variable keeps the name.
    const tfName: Record<string, string> = { embedding: 'Variable', filter: 'filter', W: 'W' };
    expect(Object.keys(ours.trained).sort()).toEqual(Object.keys(tfName).sort());
    for (const [name, values] of Object.entries(ours.trained)) {
      const tf = theirs.variables?.[tfName[name]];
      expect(tf, name).toHaveLength(values.length);
      const worst = Math.max(...values.map((v, i) => Math.abs(v - tf![i]) / Math.max(1, Math.abs(tf![i]))));
      expect(worst, `${name} after training`).toBeLessThan(1e-4);
    }
  });
});
