/**
 * The Python corpus imported into Flowboard starts where TensorFlow starts:
 * after tf.global_variables_initializer(), every variable of every program
 * equals the imported graph's initial value to 1e-6, drawn from the same
 * (seed, seed2) as TF's kernel, under the same scopes. rejects.py is left out: it is not a program
 * Python can run (it holds the lines the importer must refuse).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { analyze } from '../../core/graph/analyze.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { MNIST_DIR, runPython } from '../../tools/tf/python.ts';

const dir = new URL('../pythonCorpus/', import.meta.url);
const source = (file: string) => readFileSync(new URL(file, dir), 'utf8');
// TensorFlow 2.21 runs Keras 3, where tf.compat.v1.layers raises "`dense` is not available with Keras 3":
// the tf.layers lessons (17, 18) cannot run in the referee without the tf_keras package, which the venv lacks.
const programs = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'rejects.py' && !source(f).includes('tf.layers.')).sort();

/** The data files a program reads with np.loadtxt or np.genfromtxt, from beside it. */
function dataFiles(file: string): Record<string, string> {
  const names = [...source(file).matchAll(/np\.(?:loadtxt|genfromtxt)\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((n) => [n, readFileSync(new URL(n, dir), 'utf8')]));
}

interface TfVariable {
  name: string;
  shape: number[];
  values: number[];
  seeds: [number, number][];
}
let tfVariables: Record<string, { variables: TfVariable[] }>;
let backend: string;

beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
  tfVariables = await runPython(new URL('./tf1Program.py', import.meta.url).pathname, { mnistDir: MNIST_DIR, programs: programs.map((name) => ({ name, source: source(name), mode: 'init', files: dataFiles(name) })) });
}, 600_000);

describe.each(programs)('%s', (file) => {
  it('starts every variable where TensorFlow does, from the same seeds', async () => {
    const { document } = importPython(source(file), { title: file });
    const session = new Session(analyze(document), { backend, seed: document.session?.seed });
    try {
      const variables = document.nodes.filter((n) => n.op === 'Variable' && n.attrs.trainable !== false);
      const theirs = tfVariables[file].variables;
      expect(variables.map((n) => n.name)).toHaveLength(theirs.length);
      const ours = await session.runValues(variables.map((n) => n.id));
      const seeds = session.kernelSeeds();
      variables.forEach((n, i) => {
        const tfVar = theirs[i];
        const label = `${n.name} (TF ${tfVar.name})`;
        // The scopes as TF names them (`m1/` for a class Model built under tf.variable_scope(self.name)).
        expect(n.name.split('/').slice(0, -1), `${label} scope`).toEqual(tfVar.name.split('/').slice(0, -1));
        const flat = [ours[i]].flat(8) as number[];
        expect(flat.length, `${label} size`).toBe(tfVar.values.length);
        expect(seeds.has(n.id) ? [seeds.get(n.id)] : [], `${label} seeds`).toEqual(tfVar.seeds);
        let worst = 0;
        for (let k = 0; k < flat.length; k++) worst = Math.max(worst, Math.abs(flat[k] - tfVar.values[k]));
        expect(worst, `${label}: largest difference from TF`).toBeLessThanOrEqual(1e-6);
      });
    } finally {
      session.dispose();
    }
  });
});

