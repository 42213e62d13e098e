import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPython } from '../../core/codegen/python/importPython.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());
const HELLO = 'samples/hello.flow.json';

async function run(...args: string[]) {
  const io = bufferIO();
  const code = await main(['export', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** Linear regression whose data comes from a CSV file next to the graph. */
function csvGraph(): string {
  dir.write('points.csv', 'x,y\n1,2\n2,4\n3,6\n');
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'x');
  const y = g.add('Placeholder', { shape: [null] }, 'y');
  const w = g.add('Variable', { shape: [1] }, 'W');
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: g.add('Sub', {}, 'err', { x: g.add('Mul', {}, 'xW', { x, y: w }), y }) }) });
  const train = g.add('Minimize', { learningRate: 0.05 }, 'train', { loss: cost });
  g.session = {
    train: train.id,
    steps: 10,
    fetches: [{ node: cost.id, role: 'loss' }],
    feeds: { [x.id]: { kind: 'csv', path: 'points.csv', columns: ['x'] }, [y.id]: { kind: 'csv', path: 'points.csv', columns: ['y'] } },
  };
  return dir.write('csv.flow.json', g.doc());
}

describe('flowboard export', () => {
  it('writes Python that imports back, and prints what it wrote', async () => {
    const out = join(dir.path, 'hello.py');
    const r = await run(HELLO, '--to', 'python', '-o', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^wrote .*hello\.py: TF1 course-style Python \(tensorflow\.compat\.v1\), \d+ lines\n$/);
    const back = importPython(readFileSync(out, 'utf8')).document;
    expect(back.nodes.map((n) => n.name).sort()).toEqual(['a', 'adder', 'b', 'node1', 'node2', 'sum']);
  });

  it('prints to stdout with -o -, the default output name is FILE with the target suffix', async () => {
    const r = await run(HELLO, '--to', 'tfjs', '-o', '-');
    expect(r.code).toBe(0);
    expect(r.out).toContain("import * as tf from '@tensorflow/tfjs';");
    const graph = dir.write('g.flow.json', readFileSync(HELLO, 'utf8'));
    expect((await run(graph, '--to', 'python')).out).toContain(join(dir.path, 'g.py'));
  });

  it('writes CSV data bound in the session into the code', async () => {
    const r = await run(csvGraph(), '--to', 'python', '-o', '-');
    expect(r.code).toBe(0);
    expect(r.out).toContain('x_data = np.array([1.0, 2.0, 3.0], dtype=np.float32)');
    expect(r.out).toContain('y_data = np.array([2.0, 4.0, 6.0], dtype=np.float32)');
  });

  it('explains why a graph cannot be exported to a target, exit 1; a missing --to is a usage error', async () => {
    const keras = await run(HELLO, '--to', 'keras', '-o', '-');
    expect(keras).toEqual({ code: 1, out: '', err: `flowboard export: cannot export ${HELLO} to keras: Keras export needs a trained graph: add a Minimize and pick it in the session\n` });
    expect((await run(HELLO)).code).toBe(2);
    expect((await run(HELLO, '--to', 'onnx')).err).toContain('--to must be one of tfjs, python, keras, got "onnx"');
  });
});
