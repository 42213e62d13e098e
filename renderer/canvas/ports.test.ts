import { describe, expect, it } from 'vitest';
import { getOp } from '../../core/ops/registry.ts';
import { concat } from '../store/commands/fixtures.ts';
import { inputPorts } from './ports.ts';

describe('inputPorts', () => {
  it('lists plain inputs by name', () => {
    expect(inputPorts(getOp('MatMul'), 'n', [])).toEqual([
      { slot: 'a', label: 'a' },
      { slot: 'b', label: 'b' },
    ]);
  });

  it('shows each variadic entry and one free slot', () => {
    const doc = concat();
    const cat = doc.nodes.find((n) => n.name === 'cat')!;
    expect(inputPorts(getOp('Concat'), cat.id, doc.edges).map((p) => p.slot)).toEqual(['values:0', 'values:1', 'values:2', 'values:3']);
  });

  it("hides the inputs training wires, such as Minimize's updates", () => {
    expect(inputPorts(getOp('Minimize'), 'n', []).map((p) => p.slot)).toEqual(['loss']);
  });
});
