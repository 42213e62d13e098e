/**
 * Reads `session.images`, the image summaries. A bad entry is dropped with a
 * diagnostic naming its index and node: a label must be a TensorBoard tag and
 * maxOutputs 1 to 64, as the Session panel asks (imageTags.ts). Whether the
 * node exists, holds an image and has a tag of its own is checked later by
 * analysis (checkImages.ts), since a node's name can change.
 */
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { ImageSummary } from './document.ts';
import { badImageLabel, badMaxOutputs, MAX_IMAGE_OUTPUTS } from './imageTags.ts';
import { definedKeys, describe, isRecord, type JsonRecord, nonEmptyString, own } from './readJson.ts';

/** The image summaries, or undefined when the field is absent or not a list. */
export function readImages(raw: unknown, out: Diagnostic[]): ImageSummary[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    out.push(error(C.BadField, `session.images must be a list, got ${describe(raw)}: it was dropped`, { fix: 'write "images": [{ "node": "<node id>", "maxOutputs": 3 }]' }));
    return undefined;
  }
  const images: ImageSummary[] = [];
  raw.forEach((item, i) => {
    const image = readImage(item);
    if (typeof image !== 'string') return images.push(image);
    const node = isRecord(item) ? nonEmptyString(own(item as JsonRecord, 'node')) : undefined;
    out.push(error(C.BadField, `session.images[${i}]${node ? ` (node "${node}")` : ''} ${image}: it was dropped`, { nodeId: node, fix: 'add the image summary again in the session panel' }));
  });
  return images;
}

/** An image summary, or what is wrong with it. */
function readImage(raw: unknown): ImageSummary | string {
  if (!isRecord(raw)) return `is ${describe(raw)}, not an object`;
  const node = nonEmptyString(own(raw, 'node'));
  if (node === undefined) return `has no node id (got ${describe(own(raw, 'node'))})`;
  const image: ImageSummary = { node };
  const label = own(raw, 'label');
  if (typeof label === 'string') {
    const why = badImageLabel(label);
    if (why) return `has label "${label}": ${why}`;
    image.label = label;
  } else if (label !== undefined) return `has a label that is ${describe(label)}, not text`;
  const max = own(raw, 'maxOutputs');
  if (max !== undefined) {
    if (badMaxOutputs(max)) return `has maxOutputs ${describe(max)}; use a whole number from 1 to ${MAX_IMAGE_OUTPUTS}`;
    image.maxOutputs = max as number;
  }
  const extra = definedKeys(raw).find((k) => !['node', 'label', 'maxOutputs'].includes(k));
  return extra === undefined ? image : `has an unknown field "${extra}"`;
}
