/** The role a newly logged node most likely plays: the trained loss, an accuracy, a scalar metric, else a prediction. */
import { analysisOf } from '../analysis.ts';
import type { FetchRole, GraphDocument } from '../../../core/graph/document.ts';
import { trainNodeOf } from '../../../core/graph/trainNode.ts';

/** A guess from the node's place and name, as the Python importer guesses it. */
export function likelyRole(doc: GraphDocument, nodeId: string): FetchRole {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return 'prediction';
  const train = trainNodeOf(doc);
  if (node.op === 'Minimize' || doc.edges.some((e) => e.source === nodeId && e.target === train && e.targetInput === 'loss')) return 'loss';
  if (/acc/i.test(node.name)) return 'accuracy';
  const shape = analysisOf(doc).types.get(nodeId)?.[0]?.shape;
  return shape !== null && shape !== undefined && shape.length === 0 ? 'metric' : 'prediction';
}
