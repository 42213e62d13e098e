/**
 * The session's image summaries on one step's feeds: each image node's value,
 * its first maxOutputs images turned into 8-bit pixels as TF's
 * `tf.summary.image` does, for the Images panel and `--logdir`. A node that
 * is not an image at run time (the analysis has said why) is left out.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../graph/analyze.ts';
import { IMAGE_CHANNELS } from '../graph/checkImages.ts';
import type { ImageSummary } from '../graph/document.ts';
import { imageTag, maxOutputsOf } from '../graph/imageTags.ts';
import { imagePixels } from '../summary/imagePixels.ts';
import type { FeedMap, Session } from './session.ts';

/** One image summary's images at one step. */
export interface SummaryImages {
  /** The summary's label, else its node's name. */
  tag: string;
  nodeId: string;
  /** The summary's max_outputs: TF1 tags its images `tag/image` when it is 1, else `tag/image/0`, ... */
  maxOutputs: number;
  /** Images in `pixels` (at most maxOutputs). */
  count: number;
  height: number;
  width: number;
  /** 1 grayscale, 3 RGB, 4 RGBA. */
  channels: number;
  /** Row-major [count, height, width, channels], 0 to 255. */
  pixels: Uint8Array;
}

/** Each drawable summary's images on `feeds`. */
export async function summaryImages(session: Session, analysis: GraphAnalysis, images: readonly ImageSummary[], feeds: FeedMap): Promise<SummaryImages[]> {
  const drawn = images.flatMap((image) => {
    const entry = analysis.index.nodes.get(image.node);
    const output = entry?.def?.outputs[0]?.name;
    return entry && output ? [{ image, name: entry.node.name, ref: { node: image.node, output } }] : [];
  });
  if (drawn.length === 0) return [];
  const tensors = session.run(drawn.map((d) => d.ref), feeds);
  try {
    const out: SummaryImages[] = [];
    for (let i = 0; i < drawn.length; i++) {
      const t = tensors[i];
      const [n, height, width, channels] = t.shape;
      if (t.rank !== 4 || !(IMAGE_CHANNELS as readonly number[]).includes(channels)) continue;
      const maxOutputs = maxOutputsOf(drawn[i].image);
      const count = Math.min(n, maxOutputs);
      if (count < 1) continue;
      // Only the images drawn are read back, not the whole batch.
      const first = tf.slice(t, [0, 0, 0, 0], [count, height, width, channels]);
      const values = await first.data();
      first.dispose();
      const pixels = imagePixels(values as Float32Array, count, height * width, channels);
      out.push({ tag: imageTag(drawn[i].image, drawn[i].name), nodeId: drawn[i].image.node, maxOutputs, count, height, width, channels, pixels });
    }
    return out;
  } finally {
    tf.dispose(tensors);
  }
}
