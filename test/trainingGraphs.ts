/**
 * Small course graphs for training tests, built with GraphBuilder.
 */
import type { AttrValue, DataBinding, SessionConfig } from '../core/graph/document.ts';
import { GraphBuilder } from './graphBuilder.ts';

/**
 * Lesson 3: h = x * W + b, cost = mean((h - y)^2), minimised by `optimizer`.
 * x and y are Placeholders of shape [?], bound to the given data.
 */
export function linearRegression(data: { x: DataBinding; y: DataBinding }, optimizer: Record<string, AttrValue> = { optimizer: 'GradientDescent', learningRate: 0.01 }, session: Partial<SessionConfig> = {}) {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'x');
  const y = g.add('Placeholder', { shape: [null] }, 'y');
  const w = g.add('Variable', { shape: [1] }, 'W');
  const b = g.add('Variable', { shape: [1] }, 'b');
  const xw = g.add('Mul', {}, 'xW', { x, y: w });
  const h = g.add('Add', {}, 'hypothesis', { x: xw, y: b });
  const err = g.add('Sub', {}, 'error', { x: h, y });
  const sq = g.add('Square', {}, 'squared', { x: err });
  const cost = g.add('ReduceMean', {}, 'cost', { x: sq });
  const train = g.add('Minimize', optimizer, 'train', { loss: cost });
  g.session = { train: train.id, fetches: [{ node: cost.id, role: 'loss' }], feeds: { [x.id]: data.x, [y.id]: data.y }, ...session };
  return { g, x, y, w, b, cost, train };
}

/** The course's x = [1, 2, 3], y = [1, 2, 3], as inline data. */
export const ONE_TWO_THREE: { x: DataBinding; y: DataBinding } = { x: { kind: 'inline', value: [1, 2, 3] }, y: { kind: 'inline', value: [1, 2, 3] } };
