/**
 * Every sample the Keras export takes (the layer stacks, CNNs included) starts in
 * Keras (TensorFlow 2.21) from exactly Flowboard's initial values: the
 * model's weights at its first model.fit equal the graph's variables to 1e-6.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../core/codegen/export/exportGraph.ts';
import { exportKeras } from '../../core/codegen/export/exportKeras.ts';
import { layerWeights } from '../../core/codegen/export/kerasLayers.ts';
import { layerStack } from '../../core/codegen/export/layerStack.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { MNIST_DIR, runPython } from '../../tools/tf/python.ts';

const dir = new URL('../../samples/', import.meta.url);
const sample = (file: string) => loadDocumentText(readFileSync(new URL(file, dir), 'utf8')).document!;

/** The samples that are layer stacks, with their variables in Keras's weight order. */
function stacks(): { file: string; doc: GraphDocument; variables: string[] }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.flow.json')).sort().flatMap((file) => {
    const doc = sample(file);
    try {
      exportKeras(doc);
    } catch {
      return [];
    }
    return [{ file, doc, variables: layerStack(exportGraph(doc, [])).layers.flatMap(layerWeights).map((v) => v.id) }];
  });
}

const cases = stacks();
let weights: Record<string, { weights: number[][] }>;
let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
  weights = await runPython(new URL('./tf1Program.py', import.meta.url).pathname, { mnistDir: MNIST_DIR, programs: cases.map((c) => ({ name: c.file, source: exportKeras(c.doc), mode: 'keras' })) });
}, 600_000);

describe('Keras exports', () => {
  it('cover the dense and CNN samples', () => {
    expect(cases.map((c) => c.file)).toEqual(expect.arrayContaining(['xor-nn.flow.json', 'mnist-xavier.flow.json', 'mnist-dropout.flow.json', 'mnist-cnn.flow.json']));
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s starts from Flowboard\'s values', async (_file, c) => {
    const session = new Session(c.doc, { backend, seed: c.doc.session?.seed });
    try {
      const ours = await session.runValues(c.variables);
      const theirs = weights[c.file].weights;
      expect(theirs).toHaveLength(c.variables.length);
      ours.forEach((v, i) => {
        const flat = [v].flat(8) as number[];
        expect(flat).toHaveLength(theirs[i].length);
        let worst = 0;
        flat.forEach((x, k) => (worst = Math.max(worst, Math.abs(x - theirs[i][k]))));
        expect(worst).toBeLessThanOrEqual(1e-6);
      });
    } finally {
      session.dispose();
    }
  });
});
