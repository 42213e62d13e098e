/**
 * insertOnEdge: splices an unconnected node into a link, where the shapes fit:
 * the link's source into the node's first input that takes it, the node's
 * first output that fits into the link's target. One undo step.
 */
import type { GraphDocument, Position } from '../../../core/graph/document.ts';
import { addNode, type AddNodeArgs } from './addNode.ts';
import { connectFirstFitting, outputsOf, wirableInputs } from './fitting.ts';
import { type CommandResult, done, refuse } from './result.ts';

export interface InsertOnEdgeArgs {
  nodeId: string;
  edgeId: string;
  /** Where the node was dropped, moved there in the same step. */
  position?: Position;
}

/** Inserts; refuses, saying why, when the node is wired already or no port fits. */
export function insertOnEdge(doc: GraphDocument, { nodeId, edgeId, position }: InsertOnEdgeArgs): CommandResult {
  const node = doc.nodes.find((n) => n.id === nodeId);
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!node || !edge) return refuse('cannot insert: the node or the link is not in the graph');
  if (edge.source === nodeId || edge.target === nodeId || doc.edges.some((e) => e.source === nodeId || e.target === nodeId))
    return refuse(`"${node.name}" is wired already; only an unconnected node can be dropped into a link`);
  const [src, dst] = [edge.source, edge.target].map((id) => doc.nodes.find((n) => n.id === id)!);
  const nodes = position ? doc.nodes.map((n) => (n === node ? { ...n, position: { x: position.x, y: position.y } } : n)) : doc.nodes;
  const cut = { ...doc, nodes, edges: doc.edges.filter((e) => e !== edge) };
  const into = connectFirstFitting(cut, wirableInputs(node).map((input) => ({ source: src.id, sourceOutput: edge.sourceOutput, target: nodeId, targetInput: input })));
  if (!into.ok) return refuse(`${node.op} "${node.name}" does not fit after "${src.name}": ${into.reason}`);
  const out = connectFirstFitting(into.doc, outputsOf(node).map((output) => ({ source: nodeId, sourceOutput: output, target: dst.id, targetInput: edge.targetInput })));
  if (!out.ok) return refuse(`${node.op} "${node.name}" does not fit before "${dst.name}": ${out.reason}`);
  return done(out.doc);
}

/** Adds a node of an op kind and inserts it into a link, as one step; the new node's id is the value. */
export function addNodeOnEdge(doc: GraphDocument, args: AddNodeArgs & { edgeId: string }): CommandResult<string> {
  const added = addNode(doc, args);
  if (!added.ok) return added;
  const inserted = insertOnEdge(added.doc, { nodeId: added.value, edgeId: args.edgeId });
  return inserted.ok ? done(inserted.doc, added.value) : inserted;
}
