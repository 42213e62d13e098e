/**
 * The tensor view: a matrix heatmap (blue positive, red negative, white 0,
 * symmetric around 0) with each value printed when cells are large enough and
 * shown on hover, or a grid of greyscale images for image-shaped tensors. A
 * click on an image (a conv filter, a feature map) enlarges it below the grid
 * as a heatmap with its values; a click on it again closes it.
 */
import { interpolateRdBu, select, type Selection } from 'd3';
import { formatShort, formatValue } from '../ui/formatNumber.ts';
import type { TensorData } from '../training/protocol.ts';
import { type ImageGrid, imageAt, imageValues, tensorLayout } from './tensorLayout.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendTooltip } from './chartFrame.ts';

export interface TensorViewData {
  tensor: TensorData;
  /** A Variable of rank 4: conv filters [H,W,Cin,Cout]. */
  isFilter: boolean;
}

export type TensorView = ChartEngine<TensorViewData>;

const MAX_CELL = 60;
/** Height a matrix fills at most (more rows scroll). */
const MATRIX_HEIGHT = 200;
/** Cells at least this wide print their value. */
const LABELLED_CELL = 48;
const GAP = 6;
/** An enlarged image's cells: as big as this, and the image no wider than the view nor taller than this. */
const ENLARGED_CELL = 56;
const ENLARGED_HEIGHT = 320;

type Canvas = Selection<HTMLCanvasElement, unknown, null, undefined>;
type Tooltip = Selection<HTMLDivElement, unknown, null, undefined>;

/** Draws into `el`, as wide as it is. */
export function createTensorView(el: HTMLElement): TensorView {
  const root = select(el).classed('tensor-view', true);
  const caption = root.append('p').attr('class', 'chart-card__note');
  const canvas = root.append<HTMLCanvasElement>('canvas').attr('class', 'tensor-view__canvas');
  const detailCaption = root.append('p').attr('class', 'chart-card__note tensor-view__detail-caption').style('display', 'none');
  const detail = root.append<HTMLCanvasElement>('canvas').attr('class', 'tensor-view__canvas tensor-view__detail').attr('data-testid', 'enlarged-image').style('display', 'none');
  const tooltip = appendTooltip(root);
  let data: TensorViewData | undefined;
  let enlarged: number | undefined;
  let shownShape = '';

  function render(): void {
    if (!data) return;
    const { tensor } = data;
    // Another tensor (another node selected): whatever was enlarged belonged to the last one.
    const shape = `${data.isFilter}:${tensor.shape.join(',')}`;
    if (shape !== shownShape) enlarged = undefined;
    shownShape = shape;
    const layout = tensorLayout(tensor, data.isFilter);
    const width = Math.max(100, el.clientWidth);
    const ratio = window.devicePixelRatio || 1;
    const font = `10px ${getComputedStyle(el).getPropertyValue('--font-mono') || 'monospace'}`;
    if (layout.kind === 'matrix') {
      const { rows, cols } = layout;
      const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(width / cols), Math.floor(MATRIX_HEIGHT / rows)));
      const absMax = drawMatrix(canvas, tensor.values, rows, cols, cell, ratio, font);
      caption.text(`${tensor.shape.length === 0 ? 'scalar' : `[${tensor.shape.join(', ')}]`}${tensor.values.length < rows * cols ? ' (first values)' : ''}; colour: red negative, blue positive, up to ±${formatValue(absMax)}`);
      hoverValues(canvas, tooltip, tensor.values, rows, cols, cell, width, (r, c) => `[${tensor.shape.length > 1 ? `${r}, ${c}` : c}]`);
      canvas.on('click', null).classed('tensor-view__canvas--pickable', false);
      detail.style('display', 'none');
      detailCaption.style('display', 'none');
      return;
    }
    const { count, height, width: w } = layout;
    const scale = Math.max(1, Math.min(8, Math.floor(96 / Math.max(height, w))));
    const grid: ImageGrid = { tileWidth: w * scale, tileHeight: height * scale, gap: GAP, perRow: Math.max(1, Math.floor((width + GAP) / (w * scale + GAP))), count };
    const rowsOfImages = Math.ceil(count / grid.perRow);
    size(canvas, grid.perRow * (grid.tileWidth + GAP), rowsOfImages * (grid.tileHeight + GAP), ratio);
    const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.imageSmoothingEnabled = false;
    if (enlarged !== undefined && enlarged >= count) enlarged = undefined;
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
      const left = (i % grid.perRow) * (grid.tileWidth + GAP);
      const top = Math.floor(i / grid.perRow) * (grid.tileHeight + GAP);
      ctx.drawImage(tile, left, top, grid.tileWidth, grid.tileHeight);
      if (i === enlarged) {
        ctx.strokeStyle = getComputedStyle(el).getPropertyValue('--accent') || '#4f46e5';
        ctx.lineWidth = 2;
        ctx.strokeRect(left - 1, top - 1, grid.tileWidth + 2, grid.tileHeight + 2);
      }
    }
    caption.text(`${layout.caption}${count < layout.total ? `, the first ${count} shown` : ''}; each scaled from its own min (black) to max (white); click one to enlarge it`);
    canvas.on('pointermove', null).on('pointerleave', null);
    canvas.classed('tensor-view__canvas--pickable', true).on('click', (event: MouseEvent) => {
      const i = imageAt(grid, event.offsetX, event.offsetY);
      if (i === undefined) return;
      enlarged = enlarged === i ? undefined : i;
      render();
      // The enlarged image opens under the grid, often below the panel's fold (a Step shows three filter grids above it).
      if (enlarged !== undefined) detail.node()!.scrollIntoView?.({ block: 'nearest' });
    });
    if (enlarged === undefined) {
      detail.style('display', 'none');
      detailCaption.style('display', 'none');
      return;
    }
    const values = imageValues(layout, enlarged);
    const cell = Math.max(4, Math.min(ENLARGED_CELL, Math.floor(width / w), Math.floor(ENLARGED_HEIGHT / height)));
    detail.style('display', null);
    const absMax = drawMatrix(detail, values, height, w, cell, ratio, font);
    detailCaption.style('display', null).text(`${layout.label(enlarged)}, ${height}x${w}: red negative, blue positive, up to ±${formatValue(absMax)}${cell < LABELLED_CELL ? '; hover for values' : ''}`);
    hoverValues(detail, tooltip, values, height, w, cell, width, (r, c) => `(${r}, ${c})`, detail.node()!.offsetTop);
  }

  return chartEngine(el, root, 'tensor-view', (next) => (data = next), render);
}

/** Draws a heatmap of `values` (rows x cols) with cells of `cell` pixels, printing each value when they are large enough; returns the largest |value|. */
function drawMatrix(canvas: Canvas, values: ArrayLike<number>, rows: number, cols: number, cell: number, ratio: number, font: string): number {
  size(canvas, cols * cell, rows * cell, ratio);
  const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d')!;
  let absMax = 0;
  for (let i = 0; i < rows * cols; i++) if (Number.isFinite(values[i])) absMax = Math.max(absMax, Math.abs(values[i]));
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = values[r * cols + c];
      // RdBu runs red (0) to blue (1): map -max..max onto it.
      const t = absMax === 0 ? 0.5 : 0.5 + v / (2 * absMax);
      ctx.fillStyle = Number.isFinite(v) ? interpolateRdBu(t) : '#222';
      ctx.fillRect(c * cell, r * cell, cell - (cell > 6 ? 1 : 0), cell - (cell > 6 ? 1 : 0));
      if (cell >= LABELLED_CELL) {
        ctx.fillStyle = Math.abs(t - 0.5) > 0.3 ? '#fff' : '#111';
        ctx.fillText(formatShort(v), c * cell + cell / 2, r * cell + cell / 2, cell - 4);
      }
    }
  return absMax;
}

/** The value under the pointer in a tooltip. */
function hoverValues(canvas: Canvas, tooltip: Tooltip, values: ArrayLike<number>, rows: number, cols: number, cell: number, width: number, index: (r: number, c: number) => string, top = 0): void {
  canvas
    .on('pointermove', (event: PointerEvent) => {
      const c = Math.floor(event.offsetX / cell);
      const r = Math.floor(event.offsetY / cell);
      if (r >= rows || c >= cols) return tooltip.style('display', 'none');
      tooltip
        .style('display', null)
        .style('left', `${Math.min(width - 140, (c + 1) * cell + 6)}px`)
        .style('top', `${top + r * cell + 20}px`)
        .text(`${index(r, c)} = ${formatValue(values[r * cols + c])}`);
    })
    .on('pointerleave', () => tooltip.style('display', 'none'));
}

function size(canvas: Canvas, w: number, h: number, ratio: number): void {
  canvas.attr('width', Math.round(w * ratio)).attr('height', Math.round(h * ratio)).style('width', `${w}px`).style('height', `${h}px`);
}
