/**
 * Images: TensorBoard's Images dashboard. One card per image summary of the
 * session (tf.summary.image), its first images at each kept log step.
 */
import { useDocument, useFlow } from '../store/hooks.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { ImageCard } from './ImageCard.tsx';
import { useThrottledValue } from './useThrottledValue.ts';

/** The images tab. */
export function ImagesPanel() {
  const images = useThrottledValue(useFlow((s) => s.run.images), CHART_REFRESH_MS);
  const summaries = useDocument().session?.images ?? [];
  const tags = Object.keys(images);
  if (tags.length > 0)
    return (
      <div className="chart-grid image-grid">
        {tags.map((tag) => (
          <ImageCard key={tag} tag={tag} entries={images[tag]} />
        ))}
      </div>
    );
  return summaries.length === 0 ? (
    <p className="panel__empty">
      No image summaries. In the Session panel, pick “+ Image summary…” for a node whose value is [batch, height, width, 1, 3 or 4 channels] (for MNIST, a Reshape of X to [-1, 28, 28, 1]) and press Train: its first images are drawn at every log step. An imported tf.summary.image line adds one too.
    </p>
  ) : (
    <p className="panel__empty">Press Train or Step: the image summaries are drawn at log steps.</p>
  );
}
