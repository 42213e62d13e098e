/** setTrainTarget: which Minimize node Train runs. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, trainingWith, withSession } from './session.ts';

export interface SetTrainTargetArgs {
  nodeId: string;
}

/** Trains the Minimize node `nodeId`; refuses any other node. */
export function setTrainTarget(doc: GraphDocument, { nodeId }: SetTrainTargetArgs): CommandResult {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot train node "${nodeId}": it is not in the graph`);
  if (node.op !== 'Minimize') return refuse(`"${node.name}" is a ${node.op}; only a Minimize node is a training step`);
  if (doc.session?.train === nodeId) return done(doc);
  return done(withSession(doc, trainingWith(sessionOf(doc), nodeId)));
}
