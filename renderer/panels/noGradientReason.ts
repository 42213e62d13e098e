/**
 * Why the Selected node panel shows no gradient for a node. Either the loss
 * does not depend on it at all (the accuracy's nodes), or it does but no
 * gradient is computed for it: like TensorFlow, the backward pass only runs
 * on paths from the loss to a trained variable, and nothing upstream of an
 * input (`X_img`, the reshaped images) is trained.
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { reaches } from '../store/commands/reach.ts';
import { trainNode } from '../store/gradients.ts';

/** The sentence the panel shows in place of ∂loss/∂node. */
export function noGradientReason(doc: GraphDocument, nodeId: string): string {
  const minimize = trainNode(doc);
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!minimize || !node) return 'There is no loss to differentiate: add a Minimize node on the loss.';
  if (node.id === minimize.id) return 'The Minimize node applies the gradients; it has none of its own.';
  if (!reaches(doc.edges, node.id, minimize.id)) return 'The loss does not depend on this node, so it has no gradient.';
  return `The loss depends on ${node.name}, but nothing before it is trained, so the backward pass stops short of it: TensorFlow computes gradients only on the paths from the loss to the variables.`;
}
