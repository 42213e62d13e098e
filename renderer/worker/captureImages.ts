/**
 * The session's image summaries at one step: each image node's value on the
 * step's feeds, its first maxOutputs images turned into 8-bit pixels as TF's
 * `tf.summary.image` does. A node that is not an image at run time (the
 * analysis has said why) is left out.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { IMAGE_CHANNELS } from '../../core/graph/checkImages.ts';
import { DEFAULT_MAX_OUTPUTS, type ImageSummary } from '../../core/graph/document.ts';
import type { FeedMap, Session } from '../../core/runtime/session.ts';
import { imagePixels } from '../../core/summary/imagePixels.ts';
import type { ImageEntry } from '../training/protocol.ts';

/** Each drawable summary's images at `step`. */
export async function captureImages(session: Session, analysis: GraphAnalysis, images: readonly ImageSummary[], feeds: FeedMap, step: number): Promise<ImageEntry[]> {
  const drawn = images.flatMap((image) => {
    const entry = analysis.index.nodes.get(image.node);
    const output = entry?.def?.outputs[0]?.name;
    return entry && output ? [{ image, name: entry.node.name, ref: { node: image.node, output } }] : [];
  });
  if (drawn.length === 0) return [];
  const tensors = session.run(drawn.map((d) => d.ref), feeds);
  try {
    const out: ImageEntry[] = [];
    for (let i = 0; i < drawn.length; i++) {
      const t = tensors[i];
      const [n, height, width, channels] = t.shape;
      if (t.rank !== 4 || !(IMAGE_CHANNELS as readonly number[]).includes(channels)) continue;
      const count = Math.min(n, drawn[i].image.maxOutputs ?? DEFAULT_MAX_OUTPUTS);
      if (count < 1) continue;
      // Only the images drawn are read back, not the whole batch.
      const first = tf.slice(t, [0, 0, 0, 0], [count, height, width, channels]);
      const values = await first.data();
      first.dispose();
      const pixels = imagePixels(values as Float32Array, count, height * width, channels);
      out.push({ tag: drawn[i].image.label ?? drawn[i].name, nodeId: drawn[i].image.node, step, wallTime: Date.now(), count, height, width, channels, pixels });
    }
    return out;
  } finally {
    tf.dispose(tensors);
  }
}
