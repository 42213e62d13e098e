/** addImageSummary / removeImageSummary: the session's image summaries (the Images panel). */
import { analyze } from '../../../core/graph/analyze.ts';
import { notAnImage } from '../../../core/graph/checkImages.ts';
import { DEFAULT_MAX_OUTPUTS, type GraphDocument, type SessionConfig } from '../../../core/graph/document.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

export interface AddImageSummaryArgs {
  nodeId: string;
  /** TF's max_outputs; 3 when absent, as in TF. */
  maxOutputs?: number;
}

/** Draws the node's value as images at log steps. Refuses a node that is missing, drawn already, or not [batch, height, width, 1|3|4]. */
export function addImageSummary(doc: GraphDocument, { nodeId, maxOutputs = DEFAULT_MAX_OUTPUTS }: AddImageSummaryArgs): CommandResult<number> {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return refuse(`cannot draw node "${nodeId}": it is not in the graph`);
  const session = sessionOf(doc);
  const images = session.images ?? [];
  if (images.some((image) => image.node === nodeId)) return refuse(`"${node.name}" is drawn as an image already`);
  const type = analyze(doc).types.get(nodeId)?.[0];
  const why = type ? notAnImage(type) : 'its shape is not known yet';
  if (why) return refuse(`"${node.name}" cannot be drawn as an image: ${why}; reshape it to [-1, height, width, 1] and draw that`);
  const next = [...images, { node: nodeId, maxOutputs }];
  return done(withSession(doc, { ...session, images: next }), next.length - 1);
}

/** Stops drawing the image summary at `index`; the field goes with the last one. */
export function removeImageSummary(doc: GraphDocument, { index }: { index: number }): CommandResult {
  const session = sessionOf(doc);
  const images = session.images ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= images.length) return refuse(`there is no image summary number ${index + 1}`);
  const next: SessionConfig = { ...session, images: images.filter((_, i) => i !== index) };
  if (next.images!.length === 0) delete next.images;
  return done(withSession(doc, next));
}
