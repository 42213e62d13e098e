/** The histogram tags of a run in the order the panels list them: each variable, then its gradient. */
import { gradientTag } from '../training/protocol.ts';

export type TagFilter = 'all' | 'values' | 'gradients';

const GRADIENT_SUFFIX = gradientTag('');

/** Whether the tag is a gradient's. */
export function isGradientTag(tag: string): boolean {
  return tag.endsWith(GRADIENT_SUFFIX);
}

/** The tags, each value followed by its gradient, filtered. */
export function orderedTags(tags: readonly string[], filter: TagFilter): string[] {
  const values = tags.filter((t) => !isGradientTag(t));
  const out: string[] = [];
  for (const v of values) {
    if (filter !== 'gradients') out.push(v);
    if (filter !== 'values' && tags.includes(gradientTag(v))) out.push(gradientTag(v));
  }
  // Gradients whose value tag is missing still show.
  if (filter !== 'values') for (const t of tags) if (isGradientTag(t) && !out.includes(t)) out.push(t);
  return out;
}
