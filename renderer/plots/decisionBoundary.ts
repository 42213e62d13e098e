/**
 * The decision boundary chart: the model's output over the input plane as a
 * heatmap (orange 0, white 0.5, blue 1, as TensorFlow Playground colours it),
 * the 0.5 contour where the prediction flips, and the training points coloured
 * by label. `createDecisionBoundary(el)` returns `{ update, destroy }`.
 */
import { axisBottom, axisLeft, contours, geoIdentity, geoPath, interpolateRgb, piecewise, rgb, scaleLinear } from 'd3';
import type { BoundaryGrid } from '../training/protocol.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { createChartFrame, placeAxes, sizeFrame } from './chartFrame.ts';

/** Playground's colours for 0, 0.5 and 1. */
export const boundaryColor = piecewise(interpolateRgb, ['#f59322', '#e8eaeb', '#0877bd']);
/** The heatmap's colours: the same, 30% lighter, so the points (full colour) stand out on their own region. */
export const heatmapColor = (v: number) => interpolateRgb(boundaryColor(v), '#ffffff')(0.3);

export type DecisionBoundaryChart = ChartEngine<BoundaryGrid>;

const MARGIN = { top: 10, right: 12, bottom: 34, left: 40 };

/** Draws into `el`, square, as large as it fits. */
export function createDecisionBoundary(el: HTMLElement): DecisionBoundaryChart {
  const frame = createChartFrame(el, { xLabel: 'x1' });
  const { root, svg } = frame;
  svg.classed('boundary__svg', true);
  // The heatmap lies under the svg's axes, contour and points.
  const canvas = root.insert('canvas', 'svg').attr('class', 'boundary__heatmap');
  const yLabel = svg.append('text').attr('class', 'chart__axis-label').text('x2');
  const contour = svg.append('path').attr('class', 'boundary__contour');
  const dots = svg.append('g').attr('class', 'boundary__points');
  const cells = document.createElement('canvas');
  let grid: BoundaryGrid | undefined;

  function render(): void {
    if (!grid) return;
    const side = Math.max(80, Math.min(el.clientWidth - MARGIN.left - MARGIN.right, el.clientHeight - MARGIN.top - MARGIN.bottom));
    const box = sizeFrame(frame, MARGIN, side + MARGIN.left + MARGIN.right, side + MARGIN.top + MARGIN.bottom, `Decision boundary at step ${grid.step}`);
    const x = scaleLinear().domain(grid.x).range([0, side]);
    const y = scaleLinear().domain(grid.y).range([side, 0]);
    // One pixel per cell, scaled up smoothly by the browser.
    const n = grid.size;
    cells.width = n;
    cells.height = n;
    const image = cells.getContext('2d')!.createImageData(n, n);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        const v = grid.values[r * n + c];
        const color = rgb(Number.isFinite(v) ? heatmapColor(Math.max(0, Math.min(1, v))) : '#888');
        // Row 0 is the bottom of the plane, the last row of the image.
        const at = ((n - 1 - r) * n + c) * 4;
        image.data.set([color.r, color.g, color.b, 255], at);
      }
    cells.getContext('2d')!.putImageData(image, 0, 0);
    const ratio = window.devicePixelRatio || 1;
    canvas
      .attr('width', Math.round(side * ratio))
      .attr('height', Math.round(side * ratio))
      .style('width', `${side}px`)
      .style('height', `${side}px`)
      .style('left', `${MARGIN.left}px`)
      .style('top', `${MARGIN.top}px`);
    const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d')!;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(cells, 0, 0, side * ratio, side * ratio);
    const ticks = Math.max(2, Math.floor(side / 60));
    placeAxes(frame, box, axisBottom(x).ticks(ticks), axisLeft(y).ticks(ticks));
    yLabel.attr('x', 4).attr('y', MARGIN.top + 8);
    // The 0.5 level: cell centres map to grid coordinates 0.5 .. n-0.5, so stretch [0, n] onto the plot.
    const [level] = contours().size([n, n]).thresholds([0.5])(Array.from(grid.values));
    const project = geoIdentity().reflectY(true).translate([0, side]).scale(side / n);
    contour.attr('transform', `translate(${MARGIN.left},${MARGIN.top})`).attr('d', geoPath(project)(level) ?? '');
    const points = Array.from({ length: grid.points.length / 3 }, (_, i) => [grid!.points[3 * i], grid!.points[3 * i + 1], grid!.points[3 * i + 2]]);
    dots
      .attr('transform', `translate(${MARGIN.left},${MARGIN.top})`)
      .selectAll('circle')
      .data(points)
      .join('circle')
      .attr('r', Math.max(4, side / 40))
      .attr('cx', (p) => x(p[0]))
      .attr('cy', (p) => y(p[1]))
      .attr('fill', (p) => boundaryColor(p[2]))
      .attr('data-label', (p) => p[2]);
  }

  return chartEngine(el, root, 'chart', (next) => (grid = next), render);
}
