/**
 * Models trained in one loop, each by its own optimizer (lab 11-5's pattern,
 * test/pythonCorpus/lesson22_xor_models_class.py: two XOR nets of widths 2
 * and 10, GradientDescent each, 10,001 steps), imported as one Minimize of
 * the sum of their costs (core/codegen/python/trainTogether.ts): every
 * variable of both models ends where TensorFlow's do, running each model's
 * own optimizer one after the other.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import { runPython } from '../../tools/tf/python.ts';

it('trains both models of one loop together to the variables TensorFlow ends with', async () => {
  const backend = await useBackend('wasm', 'cpu');
  const source = readFileSync(new URL('../pythonCorpus/lesson22_xor_models_class.py', import.meta.url), 'utf8');
  const tf = await runPython<{ models: { final: Record<string, number[]> } }>(new URL('./tf1Program.py', import.meta.url).pathname, { programs: [{ name: 'models', source, mode: 'run', finalVariables: true }] });
  const { document } = importPython(source);
  expect(document.nodes.find((n) => n.id === document.session?.train)?.name).toBe('train_all');
  const trainer = await Trainer.create(document, { backend });
  try {
    const result = await trainer.train();
    expect(result.steps).toBe(10001);
    const ours = await trainer.variableValues();
    const names = Object.keys(tf.models.final);
    expect(names.sort()).toEqual(Object.keys(ours).sort());
    const lines: string[] = [];
    for (const name of names) {
      const theirs = tf.models.final[name];
      const mine = Array.from(ours[name].values);
      const scale = Math.max(...theirs.map(Math.abs));
      const worst = Math.max(...theirs.map((v, i) => Math.abs(v - mine[i])));
      lines.push(`${name}: largest difference ${worst.toExponential(2)} (values up to ${scale.toFixed(2)})`);
      // 10,001 float32 steps: rounding drifts a little (under 5e-6 of the largest value here), as for the course's XOR.
      expect(worst / scale, `${name}: Flowboard ${mine}, TensorFlow ${theirs}`).toBeLessThanOrEqual(1e-4);
    }
    console.log(lines.join('\n'));
  } finally {
    trainer.dispose();
  }
}, 600_000);
