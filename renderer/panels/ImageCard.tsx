/**
 * One image summary's images at one kept step, as TensorBoard's image card:
 * drawn on canvases at a whole-number zoom with nearest-neighbour scaling, and
 * a step slider (it follows the newest step until moved, and again when moved to the end).
 */
import { useEffect, useRef, useState } from 'react';
import type { ImageEntry } from '../training/protocol.ts';
import { formatCount } from '../ui/formatNumber.ts';
import { imageRgba, imageZoom } from './imageRgba.ts';
import { pickedStep, shownIndex } from './imageStep.ts';

/** The card of `entries` (one tag, oldest first). */
export function ImageCard({ tag, entries }: { tag: string; entries: readonly ImageEntry[] }) {
  // The step picked with the slider; undefined follows the newest.
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const steps = entries.map((e) => e.step);
  const index = shownIndex(steps, picked);
  const entry = entries[index];
  const kind = entry.channels === 1 ? 'grayscale' : entry.channels === 3 ? 'RGB' : 'RGBA';
  return (
    <figure className="chart-card image-card" aria-label={`Images ${tag}`}>
      <figcaption className="chart-card__title">
        {tag}
        <span className="chart-card__sub" data-testid="image-step">
          step {formatCount(entry.step)}
        </span>
        <span className="chart-card__sub">
          {entry.count} of {entry.width}×{entry.height} {kind}
        </span>
      </figcaption>
      <div className="image-card__images">
        {Array.from({ length: entry.count }, (_, i) => (
          <ImageCanvas key={i} entry={entry} index={i} label={`${tag} image ${i + 1} at step ${entry.step}`} />
        ))}
      </div>
      {entries.length > 1 && (
        <input
          type="range"
          className="image-card__slider"
          aria-label={`Step of ${tag}`}
          min={0}
          max={entries.length - 1}
          value={index}
          aria-valuetext={`step ${entry.step}`}
          onChange={(e) => setPicked(pickedStep(steps, Number(e.target.value)))}
        />
      )}
    </figure>
  );
}

/** One image at its own size, zoomed by CSS with `image-rendering: pixelated` (nearest neighbour). */
function ImageCanvas({ entry, index, label }: { entry: ImageEntry; index: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    context?.putImageData(new ImageData(imageRgba(entry, index), entry.width, entry.height), 0, 0);
  }, [entry, index]);
  const zoom = imageZoom(entry);
  return <canvas ref={ref} className="image-card__image" role="img" aria-label={label} width={entry.width} height={entry.height} style={{ width: entry.width * zoom, height: entry.height * zoom }} />;
}
