import { describe, expect, it } from 'vitest';
import { getOp } from '../../core/ops/registry.ts';
import { defaultAttrs } from '../store/commands/addNode.ts';
import { visibleAttrs } from './visibleAttrs.ts';

const node = (op: string, attrs = {}) => ({ id: 'n', op, name: op, position: { x: 0, y: 0 }, attrs: { ...defaultAttrs(getOp(op)), ...attrs } });

describe('visibleAttrs', () => {
  it('shows every attr of an ordinary op', () => {
    expect(visibleAttrs(node('Variable'), getOp('Variable')).map(([n]) => n)).toEqual(['shape', 'dtype', 'initializer', 'trainable']);
  });

  it("shows only the chosen optimizer's settings", () => {
    expect(visibleAttrs(node('Minimize'), getOp('Minimize')).map(([n]) => n)).toEqual(['optimizer', 'learningRate']);
    expect(visibleAttrs(node('Minimize', { optimizer: 'Adam' }), getOp('Minimize')).map(([n]) => n)).toEqual(['optimizer', 'learningRate', 'epsilon', 'beta1', 'beta2']);
  });
});
