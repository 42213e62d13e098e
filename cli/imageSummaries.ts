/** The session's image summaries at one log step, as PNGs for `flowboard train --logdir` (TensorBoard's Images dashboard). */
import { deflateSync } from 'node:zlib';
import type { ImageSummary } from '../core/graph/document.ts';
import { summaryImages } from '../core/runtime/summaryImages.ts';
import type { Trainer } from '../core/runtime/trainer.ts';
import type { StepSummaries } from '../core/summary/eventFile/eventWriter.ts';
import { encodePng } from '../core/summary/png.ts';

/** Each image summary's first images on step `step`'s feeds, PNG-encoded; nothing when the session has none. */
export async function stepImages(trainer: Trainer, images: readonly ImageSummary[], step: number): Promise<StepSummaries['images']> {
  if (images.length === 0) return [];
  const { feeds, dispose } = trainer.feedsAt(step);
  try {
    const drawn = await summaryImages(trainer.session, trainer.session.analysis, images, feeds);
    return drawn.map((d) => {
      const size = d.height * d.width * d.channels;
      const pngs = Array.from({ length: d.count }, (_, i) => ({ height: d.height, width: d.width, colorspace: d.channels, encoded: encodePng(d.width, d.height, d.channels, d.pixels.subarray(i * size, (i + 1) * size), deflateSync) }));
      return { name: d.tag, maxOutputs: d.maxOutputs, images: pngs };
    });
  } finally {
    dispose();
  }
}
