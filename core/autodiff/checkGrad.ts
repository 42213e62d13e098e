/**
 * The check tfjs's tape makes after every gradient: it must be float32 and
 * have its input's shape. Static shapes are compared where known, so a
 * forgotten broadcast reduction or a swapped transpose fails while the graph is
 * built, naming the op and the input.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { GraphNode } from '../graph/document.ts';
import { dimsCompatible, formatShape, type TensorType } from '../graph/shape.ts';

/** Throws when `grad` cannot be the gradient of an input of type `input`. */
export function checkGradType(node: GraphNode, slot: string, grad: TensorType, input: TensorType): void {
  const where = `Error in the gradient of ${node.op} "${node.name}": the gradient of input ${slot}`;
  if (grad.dtype !== 'float32') throw new FlowboardError(`${where} is ${grad.dtype}; gradients must be float32`, node.id);
  const g = grad.shape;
  const x = input.shape;
  if (g === null || x === null) return;
  if (g.length !== x.length || g.some((d, i) => !dimsCompatible(d, x[i])))
    throw new FlowboardError(`${where} has shape ${formatShape(g)}, which does not match the input's shape ${formatShape(x)}; fix core/autodiff/${node.op}_grad.ts`, node.id);
}
