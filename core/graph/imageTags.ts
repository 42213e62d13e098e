/**
 * What an image summary's label and max outputs may be, one rule for the
 * loader, the Python import and the Session panel's edits. A label is the
 * summary's TensorBoard tag, so it must be a name TF1's `tf.summary.image`
 * takes without renaming it (its name scope: letters, digits, `_ . - /`).
 */
import { DEFAULT_MAX_OUTPUTS, type ImageSummary } from './document.ts';

/** The most images a summary keeps per step: TF takes any positive count, but more than a panel row of 64 digits is a wall, not a summary. */
export const MAX_IMAGE_OUTPUTS = 64;

/** TF1's name-scope rule (ops.py `_VALID_OP_NAME_REGEX`), with no empty part between slashes. */
const TAG = /^[A-Za-z0-9.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.-]+)*$/;

/** Why `label` is not a tag TF1 keeps as written, or undefined when it is one. */
export function badImageLabel(label: string): string | undefined {
  if (TAG.test(label)) return undefined;
  return `a TensorBoard tag has only letters, digits and _ . - /, so "${label}" is not one; try "${cleanImageTag(label)}"`;
}

/** The label as TF1's summary op renames it (summary_op_util's clean_tag: other characters become _, leading slashes go), never empty. */
export function cleanImageTag(label: string): string {
  const clean = label
    .replace(/[^A-Za-z0-9_./-]/g, '_')
    .replace(/^[/_-]+/, '')
    .replace(/\/+/g, '/')
    .replace(/\/$/, '');
  return clean === '' ? 'image' : clean;
}

/** Why `value` is not a max outputs the summary can keep, or undefined when it is one. */
export function badMaxOutputs(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_IMAGE_OUTPUTS) return undefined;
  return `max outputs is a whole number from 1 to ${MAX_IMAGE_OUTPUTS}, not ${typeof value === 'number' || typeof value === 'string' ? JSON.stringify(value) : typeof value}`;
}

/** The tag the summary is drawn under: its label, else its node's name. */
export function imageTag(image: ImageSummary, nodeName: string): string {
  return image.label ?? nodeName;
}

/** How many images the summary keeps per step. */
export function maxOutputsOf(image: ImageSummary): number {
  return image.maxOutputs ?? DEFAULT_MAX_OUTPUTS;
}

/** The index of another summary already drawn under `tag`, or -1. */
export function tagTakenBy(images: readonly ImageSummary[], tag: string, except: number, nameOf: (nodeId: string) => string): number {
  return images.findIndex((image, i) => i !== except && imageTag(image, nameOf(image.node)) === tag);
}
