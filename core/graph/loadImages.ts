/**
 * Reads `session.images`, the image summaries. A bad entry is dropped with a
 * diagnostic naming its index and node; whether the node exists and holds an
 * image is checked later by analysis (checkImages.ts).
 */
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { ImageSummary } from './document.ts';
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
  if (typeof label === 'string') image.label = label;
  else if (label !== undefined) return `has a label that is ${describe(label)}, not text`;
  const max = own(raw, 'maxOutputs');
  if (typeof max === 'number' && Number.isSafeInteger(max) && max >= 1) image.maxOutputs = max;
  else if (max !== undefined) return `has maxOutputs ${describe(max)}; use a whole number of at least 1`;
  const extra = definedKeys(raw).find((k) => !['node', 'label', 'maxOutputs'].includes(k));
  return extra === undefined ? image : `has an unknown field "${extra}"`;
}
