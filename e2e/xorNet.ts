/** The 2-2-1 XOR network both build-it-yourself journeys draw: its shapes and its forward wiring, by node name. */

/** Shapes typed into the inputs and variables. */
export const XOR_SHAPES: readonly [node: string, shape: string][] = [
  ['X', '[?, 2]'],
  ['Y', '[?, 1]'],
  ['W1', '[2, 2]'],
  ['b1', '[2]'],
  ['W2', '[2, 1]'],
  ['b2', '[1]'],
];

/** From X through both layers to the logits (`Add_1`) and `hypothesis`: source, output, target, input. */
export const XOR_FORWARD_WIRES: readonly [string, string, string, string][] = [
  ['X', 'value', 'MatMul', 'a'],
  ['W1', 'value', 'MatMul', 'b'],
  ['MatMul', 'product', 'Add', 'x'],
  ['b1', 'value', 'Add', 'y'],
  ['Add', 'z', 'layer1', 'x'],
  ['layer1', 'y', 'MatMul_1', 'a'],
  ['W2', 'value', 'MatMul_1', 'b'],
  ['MatMul_1', 'product', 'Add_1', 'x'],
  ['b2', 'value', 'Add_1', 'y'],
  ['Add_1', 'z', 'hypothesis', 'x'],
];
