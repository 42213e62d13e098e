/**
 * What autodiff reports as data rather than throws: gradient flow that stops
 * at an op without a gradient, and variables that get no gradient. Both are
 * normal (accuracy is built from ArgMax and Equal), so they are warnings.
 */
import { type Diagnostic, DiagnosticCode as C, warning } from '../graph/diagnostics.ts';
import type { GraphNode } from '../graph/document.ts';

/** Gradient flow stops at `node`. */
export function stoppedNote(node: GraphNode, reason: string): Diagnostic {
  return warning(C.GradientStopped, `gradient flow stops at ${node.op} "${node.name}": ${reason}`, {
    nodeId: node.id,
    fix: 'nothing to do if this path is not meant to train anything (accuracy, a mask); otherwise compute the loss from differentiable ops',
  });
}

/** A requested variable the loss does not depend on at all. */
export function unreachableNote(variable: GraphNode, loss: GraphNode): Diagnostic {
  return warning(C.NoGradient, `${variable.op} "${variable.name}" gets no gradient: the loss "${loss.name}" does not depend on it`, {
    nodeId: variable.id,
    fix: `connect "${variable.name}" into the computation of the loss, or leave it out of the variables to train`,
  });
}

/** A variable the loss depends on only through ops without gradients. */
export function blockedNote(variable: GraphNode, loss: GraphNode, stops: readonly string[]): Diagnostic {
  const at = stops.length > 0 ? ` (${stops.map((s) => `"${s}"`).join(', ')})` : '';
  return warning(C.NoGradient, `${variable.op} "${variable.name}" gets no gradient: the loss "${loss.name}" reaches it only through ops without a gradient${at}`, {
    nodeId: variable.id,
    fix: 'build the loss from differentiable ops such as SoftmaxCrossEntropyWithLogits instead of ArgMax, Equal or a Cast to int32',
  });
}
