/**
 * `flowboard export --to python --weights IN` (issue 16): xor-nn trained 300
 * steps in Flowboard and saved; the exported program, run in TensorFlow
 * 2.21, loads those weights into its variables, so the cost TF computes at
 * its first step is the cost Flowboard computes at step 300, not the
 * untrained 0.69-and-some.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointText, writeCheckpoint } from '../../core/checkpoint/writeCheckpoint.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import { bufferIO } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { runPython } from '../../tools/tf/python.ts';
import { tempDir } from '../tempFiles.ts';

const dir = tempDir();
afterAll(() => dir.remove());

/** Runs a program and returns what it printed (as JSON, for runPython). */
const CAPTURE = 'import contextlib, io, json, runpy, sys\nout = io.StringIO()\nwith contextlib.redirect_stdout(out):\n    runpy.run_path(sys.argv[1], run_name="__main__")\nprint(json.dumps(out.getvalue()))\n';

describe('an exported Python program with --weights', () => {
  it('starts TensorFlow from the weights Flowboard trained: its first cost is Flowboard\'s cost at the saved step', async () => {
    const doc = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
    const backend = await useBackend('wasm', 'cpu');
    const trainer = await Trainer.create(doc, { backend, steps: 300 });
    let ours: number;
    let untrained: number;
    try {
      untrained = (await trainer.train({ steps: 1 })).history[0].loss;
      await trainer.train();
      writeFileSync(join(dir.path, 'xor.weights.json'), checkpointText(writeCheckpoint(doc, await trainer.savedState())));
      // The next step's cost, before its update: what TF's step 0 sees with the loaded weights.
      ours = (await trainer.train({ steps: 1 })).history[0].loss;
    } finally {
      trainer.dispose();
    }
    const io = bufferIO();
    const script = join(dir.path, 'xor.py');
    expect(await main(['export', 'samples/xor-nn.flow.json', '--to', 'python', '--weights', join(dir.path, 'xor.weights.json'), '-o', script], io), io.err).toBe(0);
    expect(readFileSync(script, 'utf8')).toContain("os.path.join(os.path.dirname(os.path.abspath(__file__)), 'xor.weights.json')");
    const printed = await runPython<string>(CAPTURE, null, { args: [script] });
    expect(printed).toMatch(/^loaded 4 variables from /);
    const first = /^0 ([\d.e-]+)/m.exec(printed);
    expect(first, printed).not.toBeNull();
    const theirs = Number(first![1]);
    expect(Math.abs(theirs - ours) / ours).toBeLessThan(1e-5);
    expect(Math.abs(theirs - untrained)).toBeGreaterThan(1e-4);
  }, 300_000);

  it('is refused for another graph, naming the variables, and for other targets', async () => {
    const io = bufferIO();
    const weights = join(dir.path, 'xor.weights.json');
    expect(await main(['export', 'samples/linear-regression.flow.json', '--to', 'python', '--weights', weights, '-o', '-'], io)).toBe(1);
    expect(io.err).toMatch(/--weights .*xor\.weights\.json: .*W1/);
    const tfjs = bufferIO();
    expect(await main(['export', 'samples/xor-nn.flow.json', '--to', 'tfjs', '--weights', weights, '-o', '-'], tfjs)).toBe(2);
    expect(tfjs.err).toMatch(/--weights is for --to python/);
  });
});
