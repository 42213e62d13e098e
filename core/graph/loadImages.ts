/**
 * Reads `session.images`, the image summaries. A label must be a TensorBoard
 * tag and maxOutputs 1 to 64, as the Session panel asks (imageTags.ts): a
 * label that is not a tag is renamed as TF1 renames it and a whole number out
 * of range is brought into it, each with a warning, so a summary saved before
 * the rule is not lost; a label that is not text, a count that is not a
 * whole number and an unknown field are left out of the summary, each with a
 * warning. An entry that is not an object or names no node is dropped with an
 * error naming its index (damage: the file is refused, see damage.ts).
 * Whether the node exists, holds an image and has a tag of its own is checked
 * later by analysis (checkImages.ts), since a node's name can change.
 */
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import { DEFAULT_MAX_OUTPUTS, type ImageSummary } from './document.ts';
import { badImageLabel, badMaxOutputs, cleanImageTag, MAX_IMAGE_OUTPUTS } from './imageTags.ts';
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
    const node = isRecord(item) ? nonEmptyString(own(item as JsonRecord, 'node')) : undefined;
    const where = `session.images[${i}]${node ? ` (node "${node}")` : ''}`;
    const mended: string[] = [];
    const image = readImage(item, mended);
    if (typeof image === 'string') {
      out.push(error(C.BadField, `${where} ${image}: it was dropped`, { nodeId: node, fix: 'add the image summary again in the session panel' }));
      return;
    }
    images.push(image);
    for (const m of mended) out.push(warning(C.BadField, `${where} ${m}`, { nodeId: node, fix: 'change it in the session panel; saving keeps the new value' }));
  });
  return images;
}

/**
 * An image summary, or why there is none (not an object, no node id); what
 * had to be changed to keep it goes to `mended`, so a save writes it back as
 * read, never silently without a part.
 */
function readImage(raw: unknown, mended: string[]): ImageSummary | string {
  if (!isRecord(raw)) return `is ${describe(raw)}, not an object`;
  const node = nonEmptyString(own(raw, 'node'));
  if (node === undefined) return `has no node id (got ${describe(own(raw, 'node'))})`;
  const image: ImageSummary = { node };
  const label = own(raw, 'label');
  if (typeof label === 'string') {
    image.label = badImageLabel(label) ? cleanImageTag(label) : label;
    if (image.label !== label) mended.push(`had label "${label}", which is not a TensorBoard tag (only letters, digits and _ . - /): it is now "${image.label}", as TF1 renames it`);
  } else if (label !== undefined) mended.push(`had a label that is ${describe(label)}, not text: it is drawn under its node's name`);
  const max = own(raw, 'maxOutputs');
  if (typeof max === 'number' && Number.isSafeInteger(max)) {
    image.maxOutputs = Math.min(MAX_IMAGE_OUTPUTS, Math.max(1, max));
    if (badMaxOutputs(max)) mended.push(`had maxOutputs ${max}: it is now ${image.maxOutputs}, as it must be from 1 to ${MAX_IMAGE_OUTPUTS}`);
  } else if (max !== undefined) mended.push(`had maxOutputs ${describe(max)}, not a whole number: it keeps ${DEFAULT_MAX_OUTPUTS} images, TF's default`);
  for (const extra of definedKeys(raw).filter((k) => !['node', 'label', 'maxOutputs'].includes(k))) mended.push(`has an unknown field "${extra}": it was ignored`);
  return image;
}
