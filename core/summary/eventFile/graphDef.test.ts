import { describe, expect, it } from 'vitest';
import { expandTraining } from '../../autodiff/expandTraining.ts';
import { analyze } from '../../graph/analyze.ts';
import { allOps } from '../../ops/registry.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { decodeEvent, decodeGraphDef } from '../../../test/tfProto.ts';
import { encodeEvent } from './event.ts';
import { encodeGraphDef } from './graphDef.ts';
import { NO_TF_OP, TF_OP_NAMES, tfOpName } from './tfOpNames.ts';

/** A dense layer trained with Adam, with a pooled conv input so windows and strides appear. */
function trainingGraph() {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 4, 4, 1] }, 'X');
  const f = g.add('Variable', { shape: [2, 2, 1, 2] }, 'conv/W');
  const conv = g.add('Conv2D', { strides: [1, 1, 1, 1], padding: 'SAME' }, 'conv/Conv2D', { input: x, filter: f });
  const pool = g.add('MaxPool', { ksize: [2, 2], strides: [2, 2], padding: 'VALID' }, 'conv/pool', { input: conv });
  const flat = g.add('Flatten', {}, 'flat', { x: pool });
  const w = g.add('Variable', { shape: [8, 1] }, 'dense/W');
  const h = g.add('MatMul', {}, 'dense/MatMul', { a: flat, b: w });
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: h }) });
  const train = g.add('Minimize', { optimizer: 'Adam', learningRate: 0.01 }, 'train', { loss: cost });
  return { doc: expandTraining(g.doc(), train.id).doc };
}

describe('encodeGraphDef', () => {
  const nodes = decodeGraphDef(encodeGraphDef(analyze(trainingGraph().doc))).node;
  const byName = new Map(nodes.map((n) => [n.name, n]));

  it('writes every node of the training graph under its name and scope, with TF op names', () => {
    expect(byName.get('conv/W')?.op).toBe('VariableV2');
    expect(byName.get('conv/Conv2D')).toMatchObject({ op: 'Conv2D', input: ['X', 'conv/W'] });
    expect(byName.get('flat')?.op).toBe('Reshape');
    expect(byName.get('cost')?.op).toBe('Mean');
    expect(nodes.filter((n) => n.op === 'ApplyAdam').map((n) => n.name).sort()).toEqual(['train/update_conv/W/ApplyAdam', 'train/update_dense/W/ApplyAdam']);
    expect(nodes.filter((n) => n.name.startsWith('gradients/')).map((n) => n.op)).toEqual(expect.arrayContaining(['Conv2DBackpropFilter', 'MaxPoolGrad', 'MatMul']));
  });

  it('wires inputs by name, later outputs as name:k, and the Minimize as a NoOp of control inputs', () => {
    for (const n of nodes) for (const i of n.input) expect(byName.has(i.replace(/^\^/, '').replace(/:\d+$/, '')), `${n.name} <- ${i}`).toBe(true);
    const train = byName.get('train')!;
    expect(train.op).toBe('NoOp');
    expect(train.input.length).toBeGreaterThan(1);
    expect(train.input.every((i) => i.startsWith('^'))).toBe(true);
  });

  it('gives the dtype, the output shapes (? as -1) and TF1-style windows', () => {
    const x = byName.get('X')!;
    expect(x.attr.dtype.type).toBe(1);
    expect(x.attr.shape.shape!.dim.map((d) => d.size)).toEqual([-1, 4, 4, 1]);
    expect(byName.get('conv/pool')!.attr._output_shapes.list!.shape[0].dim.map((d) => d.size)).toEqual([-1, 2, 2, 2]);
    expect(byName.get('conv/pool')!.attr.ksize.list!.i).toEqual([1, 2, 2, 1]);
    expect(new TextDecoder().decode(byName.get('conv/pool')!.attr.padding.s)).toBe('VALID');
  });

  it('rides in an Event of its own', () => {
    const bytes = encodeGraphDef(analyze(trainingGraph().doc));
    const event = decodeEvent(encodeEvent({ wallTime: 5, graphDef: bytes }));
    expect(event.what).toBe('graph_def');
    expect(Array.from(event.graph_def!)).toEqual(Array.from(bytes));
    expect(() => encodeEvent({ wallTime: 5, graphDef: bytes, fileVersion: 'x' })).toThrow('exactly one');
  });
});

describe('tfOpName', () => {
  it('names a TF op for every op kind in the registry, or says it has none', () => {
    const missing = allOps().map((op) => op.kind).filter((k) => !(k in TF_OP_NAMES) && !NO_TF_OP.includes(k) && k !== 'ApplyGradient');
    expect(missing).toEqual([]);
    expect(tfOpName('Dropout', {})).toBe('Dropout');
  });

  it("names each optimizer's update op", () => {
    expect(tfOpName('ApplyGradient', { optimizer: 'Adam' })).toBe('ApplyAdam');
    expect(tfOpName('ApplyGradient', { optimizer: 'RMSProp', centered: true })).toBe('ApplyCenteredRMSProp');
    expect(tfOpName('ApplyGradient', { optimizer: 'Momentum' })).toBe('ApplyMomentum');
  });
});
