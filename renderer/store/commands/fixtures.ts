/** Small graphs the command tests share. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';

/** x [?,2] times W [2,3] -> y, then Sigmoid; the session feeds x and logs y. */
export function dense(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 2] }, 'x');
  const w = g.add('Variable', { shape: [2, 3] }, 'W');
  const y = g.add('MatMul', {}, 'y', { a: x, b: w });
  g.add('Sigmoid', {}, 'act', { x: y });
  g.session = { fetches: [{ node: y.id, role: 'prediction' }], feeds: { [x.id]: { kind: 'inline', value: [[1, 2]] } } };
  return g.doc('dense');
}

/** Three constants concatenated: c0, c1, c2 -> cat.values:0..2. */
export function concat(): GraphDocument {
  const g = new GraphBuilder();
  const cs = [0, 1, 2].map((i) => g.add('Constant', { value: [i] }, `c${i}`));
  g.add('Concat', { axis: 0 }, 'cat', { values: cs });
  return g.doc('concat');
}

/** Lesson 3's linear regression without a session: X, Y [?] -> W * X + b -> cost -> train (a Minimize). */
export function regression(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'X');
  const y = g.add('Placeholder', { shape: [null] }, 'Y');
  const w = g.add('Variable', { shape: [1] }, 'W');
  const b = g.add('Variable', { shape: [1] }, 'b');
  const h = g.add('Add', {}, 'hypothesis', { x: g.add('Mul', {}, 'Wx', { x: w, y: x }), y: b });
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'err2', { x: g.add('Sub', {}, 'err', { x: h, y }) }) });
  g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.01 }, 'train', { loss: cost });
  return g.doc('regression');
}
