/**
 * addWiredNode: quick-add from a link dragged into empty space (as in Blender
 * and ComfyUI). The new node is wired to the port the drag began at, through
 * its first port the shapes fit; with no such port it is added unwired.
 */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { addNode, type AddNodeArgs } from './addNode.ts';
import { connectFirstFitting, outputsOf, wirableInputs } from './fitting.ts';
import { type CommandResult, done } from './result.ts';

/** The port a link was dragged from: an output (`source`) or an input (`target`). */
export interface PortRef {
  nodeId: string;
  port: string;
  type: 'source' | 'target';
}

export interface AddWiredNodeArgs extends AddNodeArgs {
  from: PortRef;
}

export interface WiredNode {
  nodeId: string;
  /** The new edge, when a port fitted. */
  edgeId?: string;
  /** Why no port fitted. */
  unwired?: string;
}

/** Adds the node and wires it when it can; one undo step either way. */
export function addWiredNode(doc: GraphDocument, { from, ...args }: AddWiredNodeArgs): CommandResult<WiredNode> {
  const added = addNode(doc, args);
  if (!added.ok) return added;
  const nodeId = added.value;
  const node = added.doc.nodes.find((n) => n.id === nodeId)!;
  const candidates =
    from.type === 'source'
      ? wirableInputs(node).map((input) => ({ source: from.nodeId, sourceOutput: from.port, target: nodeId, targetInput: input }))
      : outputsOf(node).map((output) => ({ source: nodeId, sourceOutput: output, target: from.nodeId, targetInput: from.port }));
  const fit = connectFirstFitting(added.doc, candidates);
  if (!fit.ok) return done(added.doc, { nodeId, unwired: fit.reason });
  return done(fit.doc, { nodeId, edgeId: fit.edgeId });
}
