/**
 * The image summaries' nodes must exist and hold an image as TF's
 * `tf.summary.image` takes it: a 4-D [batch, height, width, channels] tensor
 * with 1 (grayscale), 3 (RGB) or 4 (RGBA) channels; no two may share a tag.
 */
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { SessionConfig } from './document.ts';
import type { GraphIndex } from './graphIndex.ts';
import { imageTag, tagTakenBy } from './imageTags.ts';
import { formatShape, type TensorType } from './shape.ts';

/** Channel counts TF's image summary accepts. */
export const IMAGE_CHANNELS = [1, 3, 4] as const;

/** Why a tensor of type `type` is not an image, or undefined when it is one (or its shape is not known yet). */
export function notAnImage(type: TensorType | undefined): string | undefined {
  const shape = type?.shape;
  if (shape === undefined || shape === null) return undefined;
  if (shape.length !== 4) return `its value has shape ${formatShape(shape)}, not [batch, height, width, channels]`;
  const channels = shape[3];
  if (channels !== null && !(IMAGE_CHANNELS as readonly number[]).includes(channels)) return `its value has ${channels} channels (shape ${formatShape(shape)}); an image has 1, 3 or 4`;
  if (type!.dtype === 'bool') return 'its value is true/false, not numbers';
  return undefined;
}

/** Diagnostics for the session's image summaries. */
export function checkImages(session: SessionConfig, index: GraphIndex, types: Map<string, TensorType[]>, out: Diagnostic[]): void {
  const images = session.images ?? [];
  const nameOf = (id: string) => index.nodes.get(id)?.node.name ?? id;
  images.forEach((image, i) => {
    // A node renamed to another summary's label makes two cards of one tag; the panel refuses that edit, not a rename.
    const tag = imageTag(image, nameOf(image.node));
    const first = tagTakenBy(images, tag, i, nameOf);
    if (first !== -1 && first < i)
      out.push(error(C.BadSession, `the image summaries of "${nameOf(images[first].node)}" and "${nameOf(image.node)}" are both tagged "${tag}"`, { nodeId: image.node, fix: 'give one of them another label in the session panel' }));
  });
  for (const image of images) {
    const entry = index.nodes.get(image.node);
    if (!entry) {
      out.push(error(C.BadSession, `the session draws node "${image.node}" as an image, which does not exist`, { fix: 'remove the image summary in the session panel' }));
      continue;
    }
    const why = notAnImage(types.get(image.node)?.[0]);
    if (why)
      out.push(error(C.BadSession, `the image summary of "${entry.node.name}" cannot be drawn: ${why}`, { nodeId: image.node, fix: 'reshape it to [-1, height, width, 1] (tf.reshape) and draw that node, or remove the image summary' }));
  }
}
