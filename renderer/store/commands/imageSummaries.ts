/** addImageSummary / editImageSummary / removeImageSummary: the session's image summaries (the Images panel). */
import { analyze } from '../../../core/graph/analyze.ts';
import { notAnImage } from '../../../core/graph/checkImages.ts';
import { DEFAULT_MAX_OUTPUTS, type GraphDocument, type ImageSummary, type SessionConfig } from '../../../core/graph/document.ts';
import { badImageLabel, badMaxOutputs, imageTag, tagTakenBy } from '../../../core/graph/imageTags.ts';
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
  const other = tagTakenBy(images, node.name, -1, (id) => nameIn(doc, id));
  if (other !== -1) return refuse(`"${node.name}" cannot be drawn as an image: the image summary of "${nameIn(doc, images[other].node)}" is tagged "${node.name}" already; relabel that one first`);
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

export interface EditImageSummaryArgs {
  index: number;
  /** Its tag in the Images panel; empty (or blank) means none, so the node's name is the tag. */
  label?: string;
  /** How many images of the batch it keeps per step, 1 to 64. */
  maxOutputs?: number;
}

/** Relabels the image summary at `index` or changes how many images it keeps; refuses a label that is not a TensorBoard tag or is another summary's tag, and a count outside 1..64. */
export function editImageSummary(doc: GraphDocument, { index, label, maxOutputs }: EditImageSummaryArgs): CommandResult {
  const session = sessionOf(doc);
  const images = session.images ?? [];
  const image = images[index];
  if (!Number.isInteger(index) || !image) return refuse(`there is no image summary number ${index + 1}`);
  const name = nameIn(doc, image.node);
  const next: ImageSummary = { ...image };
  if (label !== undefined) {
    const text = label.trim();
    if (text === '') delete next.label;
    else {
      const why = badImageLabel(text);
      if (why) return refuse(`the image summary of "${name}" cannot be labelled "${text}": ${why}`);
      next.label = text;
    }
    const tag = imageTag(next, name);
    const other = tagTakenBy(images, tag, index, (id) => nameIn(doc, id));
    if (other !== -1) {
      const theirs = nameIn(doc, images[other].node);
      return refuse(`the image summary of "${name}" cannot be tagged "${tag}": the image summary of "${theirs}" has that tag; pick another label`);
    }
  }
  if (maxOutputs !== undefined) {
    const why = badMaxOutputs(maxOutputs);
    if (why) return refuse(`the image summary of "${name}" cannot keep ${String(maxOutputs)} images: ${why}`);
    next.maxOutputs = maxOutputs;
  }
  if (JSON.stringify(next) === JSON.stringify(image)) return done(doc);
  return done(withSession(doc, { ...session, images: images.map((im, i) => (i === index ? next : im)) }));
}

/** A node's name, or its id when it is gone. */
function nameIn(doc: GraphDocument, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.name ?? id;
}
