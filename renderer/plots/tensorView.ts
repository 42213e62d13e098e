/**
 * The tensor view: a matrix heatmap (blue positive, red negative, white 0,
 * symmetric around 0) with each value printed when cells are large enough and
 * shown on hover, or a grid of greyscale images for image-shaped tensors.
 */
import { interpolateRdBu, select, type Selection } from 'd3';
import { formatShort, formatValue } from '../ui/formatNumber.ts';
import type { TensorData } from '../training/protocol.ts';
import { tensorLayout } from './tensorLayout.ts';
import { chartEngine } from './chartEngine.ts';

export interface TensorViewData {
  tensor: TensorData;
  /** A Variable of rank 4: conv filters [H,W,Cin,Cout]. */
  isFilter: boolean;
}

export interface TensorView {
  update(data: TensorViewData): void;
  destroy(): void;
}

const MAX_CELL = 60;
/** Height a matrix fills at most (more rows scroll). */
const MATRIX_HEIGHT = 200;
/** Cells at least this wide print their value. */
const LABELLED_CELL = 48;
const GAP = 6;

/** Draws into `el`, as wide as it is. */
export function createTensorView(el: HTMLElement): TensorView {
  const root = select(el).classed('tensor-view', true);
  const caption = root.append('p').attr('class', 'chart-card__note');
  const canvas = root.append<HTMLCanvasElement>('canvas').attr('class', 'tensor-view__canvas');
  const tooltip = root.append('div').attr('class', 'chart__tooltip').attr('role', 'tooltip').style('display', 'none');
  let data: TensorViewData | undefined;

  function render(): void {
    if (!data) return;
    const { tensor } = data;
    const layout = tensorLayout(tensor, data.isFilter);
    const width = Math.max(100, el.clientWidth);
    const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d')!;
    const ratio = window.devicePixelRatio || 1;
    const css = getComputedStyle(el);
    if (layout.kind === 'matrix') {
      const { rows, cols } = layout;
      const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(width / cols), Math.floor(MATRIX_HEIGHT / rows)));
      size(canvas, cols * cell, rows * cell, ratio);
      let absMax = 0;
      for (const v of tensor.values) if (Number.isFinite(v)) absMax = Math.max(absMax, Math.abs(v));
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = `10px ${css.getPropertyValue('--font-mono') || 'monospace'}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const v = tensor.values[r * cols + c];
          // RdBu runs red (0) to blue (1): map -max..max onto it.
          const t = absMax === 0 ? 0.5 : 0.5 + v / (2 * absMax);
          ctx.fillStyle = Number.isFinite(v) ? interpolateRdBu(t) : '#222';
          ctx.fillRect(c * cell, r * cell, cell - (cell > 6 ? 1 : 0), cell - (cell > 6 ? 1 : 0));
          if (cell >= LABELLED_CELL) {
            ctx.fillStyle = Math.abs(t - 0.5) > 0.3 ? '#fff' : '#111';
            ctx.fillText(formatShort(v), c * cell + cell / 2, r * cell + cell / 2, cell - 4);
          }
        }
      caption.text(`${tensor.shape.length === 0 ? 'scalar' : `[${tensor.shape.join(', ')}]`}${tensor.values.length < rows * cols ? ' (first values)' : ''}; colour: red negative, blue positive, up to ±${formatValue(absMax)}`);
      canvas.on('pointermove', (event: PointerEvent) => {
        const c = Math.floor(event.offsetX / cell);
        const r = Math.floor(event.offsetY / cell);
        if (r >= rows || c >= cols) return tooltip.style('display', 'none');
        tooltip
          .style('display', null)
          .style('left', `${Math.min(width - 140, (c + 1) * cell + 6)}px`)
          .style('top', `${r * cell + 20}px`)
          .text(`[${tensor.shape.length > 1 ? `${r}, ${c}` : c}] = ${formatValue(tensor.values[r * cols + c])}`);
      });
    } else {
      const { count, height, width: w } = layout;
      const scale = Math.max(1, Math.min(4, Math.floor(96 / Math.max(height, w))));
      const perRow = Math.max(1, Math.floor((width + GAP) / (w * scale + GAP)));
      const rowsOfImages = Math.ceil(count / perRow);
      size(canvas, perRow * (w * scale + GAP), rowsOfImages * (height * scale + GAP), ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.imageSmoothingEnabled = false;
      for (let i = 0; i < count; i++) {
        let lo = Infinity;
        let hi = -Infinity;
        for (let y = 0; y < height; y++)
          for (let x = 0; x < w; x++) {
            const v = layout.pixel(i, y, x);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        const image = ctx.createImageData(w, height);
        for (let y = 0; y < height; y++)
          for (let x = 0; x < w; x++) {
            const g = hi > lo ? Math.round((255 * (layout.pixel(i, y, x) - lo)) / (hi - lo)) : 0;
            image.data.set([g, g, g, 255], (y * w + x) * 4);
          }
        const tile = document.createElement('canvas');
        tile.width = w;
        tile.height = height;
        tile.getContext('2d')!.putImageData(image, 0, 0);
        ctx.drawImage(tile, (i % perRow) * (w * scale + GAP), Math.floor(i / perRow) * (height * scale + GAP), w * scale, height * scale);
      }
      caption.text(`${layout.caption}${count < layout.total ? `, the first ${count} shown` : ''}; each scaled from its own min (black) to max (white)`);
      canvas.on('pointermove', null);
    }
  }

  return chartEngine(el, root, 'tensor-view', (next) => (data = next), render);
}

function size(canvas: Selection<HTMLCanvasElement, unknown, null, undefined>, w: number, h: number, ratio: number): void {
  canvas.attr('width', Math.round(w * ratio)).attr('height', Math.round(h * ratio)).style('width', `${w}px`).style('height', `${h}px`);
}
