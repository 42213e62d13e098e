/** The ports a node shows: named inputs on the left, outputs on the right. */
import type { GraphEdge } from '../../core/graph/document.ts';
import { parseInputSlot, variadicSlot } from '../../core/graph/document.ts';
import type { InputSpec, OpDef } from '../../core/ops/opDef.ts';

export interface InputPort {
  /** The handle id and the edge's targetInput: `a`, or `values:2` for a variadic entry. */
  slot: string;
  label: string;
}

/** Whether an input is one the learner wires by hand (not one training expansion fills). */
export function isLearnerInput(spec: InputSpec): boolean {
  return spec.internal !== true;
}

/** The input ports: one per plain input; a variadic input shows its entries plus one free slot. */
export function inputPorts(def: OpDef, nodeId: string, edges: readonly GraphEdge[]): InputPort[] {
  const ports: InputPort[] = [];
  for (const spec of def.inputs) {
    if (!isLearnerInput(spec)) continue;
    if (!spec.variadic) {
      ports.push({ slot: spec.name, label: spec.name });
      continue;
    }
    const count = edges.filter((e) => e.target === nodeId && parseInputSlot(e.targetInput)?.name === spec.name).length;
    for (let i = 0; i <= count; i++) ports.push({ slot: variadicSlot(spec.name, i), label: `${spec.name}[${i}]` });
  }
  return ports;
}
