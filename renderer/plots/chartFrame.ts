/**
 * The frame the SVG chart engines share: the `.chart` root and its svg, the
 * axis groups (with the grid and the x label where a chart has them), the
 * overlay that takes the pointer and the tooltip, and what each render
 * repeats: sizing the svg, placing the axes, drawing the grid. An engine
 * appends its own layers between the axes and the overlay, so what paints
 * over what stays its own choice.
 */
import { select, type Selection } from 'd3';

type Root = Selection<HTMLElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;
type Tooltip = Selection<HTMLDivElement, unknown, null, undefined>;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  /** Horizontal grid lines, under the axes. */
  grid?: boolean;
  /** The x axis's label, at the bottom right (a render may change its text). */
  xLabel?: string;
  /** Marks the axis groups `chart__axis--x` and `chart__axis--y`, for styles and tests that tell them apart. */
  namedAxes?: boolean;
}

export interface ChartFrame {
  root: Root;
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  grid: Group | undefined;
  xAxis: Group;
  yAxis: Group;
  xLabel: Selection<SVGTextElement, unknown, null, undefined> | undefined;
}

/** The plot area inside the margins of an svg `width` x `height`. */
export interface PlotBox {
  width: number;
  height: number;
  /** The plot's width and height. */
  w: number;
  h: number;
  margin: Margin;
  /** The transform that puts a layer's origin at the plot's top left. */
  inner: string;
}

/** Makes `el` a `.chart` and appends the svg with its grid, axis groups and x label. */
export function createChartFrame(el: HTMLElement, options: FrameOptions = {}): ChartFrame {
  const root = select(el).classed('chart', true);
  const svg = root.append('svg').attr('class', 'chart__svg').attr('role', 'img');
  const grid = options.grid ? svg.append('g').attr('class', 'chart__grid') : undefined;
  const xAxis = svg.append('g').attr('class', options.namedAxes ? 'chart__axis chart__axis--x' : 'chart__axis');
  const yAxis = svg.append('g').attr('class', options.namedAxes ? 'chart__axis chart__axis--y' : 'chart__axis');
  const xLabel = options.xLabel === undefined ? undefined : svg.append('text').attr('class', 'chart__axis-label').attr('text-anchor', 'end').text(options.xLabel);
  return { root, svg, grid, xAxis, yAxis, xLabel };
}

/**
 * Appends the clipped group the lines are drawn in (its clip rect sized by
 * each render) and the hidden hover group with its vertical line, as the
 * step charts (scalars, sweep bands) have them.
 */
export function appendClippedPlot(frame: ChartFrame): { plot: Group; clip: Selection<SVGRectElement, unknown, null, undefined>; hover: Group } {
  const plot = frame.svg.append('g').attr('class', 'chart__plot');
  const clipId = `clip-${Math.random().toString(36).slice(2)}`;
  const clip = frame.svg.append('clipPath').attr('id', clipId).append('rect');
  plot.attr('clip-path', `url(#${clipId})`);
  const hover = frame.svg.append('g').attr('class', 'chart__hover').style('display', 'none');
  hover.append('line').attr('class', 'chart__hover-line');
  return { plot, clip, hover };
}

/** Appends the overlay that takes the pointer (on top of everything drawn so far) and the tooltip. */
export function appendHoverLayer(frame: ChartFrame): { overlay: Selection<SVGRectElement, unknown, null, undefined>; tooltip: Tooltip } {
  return { overlay: frame.svg.append('rect').attr('class', 'chart__overlay'), tooltip: appendTooltip(frame.root) };
}

/** A hidden tooltip in `root`, which the engine fills and places. */
export function appendTooltip(root: Root): Tooltip {
  return root.append('div').attr('class', 'chart__tooltip').attr('role', 'tooltip').style('display', 'none');
}

/** Sizes the svg, names it for screen readers, and returns the plot area inside `margin`. */
export function sizeFrame(frame: ChartFrame, margin: Margin, width: number, height: number, label: string): PlotBox {
  frame.svg.attr('width', width).attr('height', height).attr('aria-label', label);
  return { width, height, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom, margin, inner: `translate(${margin.left},${margin.top})` };
}

/** Draws the x axis along the plot's bottom, the y axis (when given) along its left, and moves the x label to the bottom right. */
export function placeAxes(frame: ChartFrame, box: PlotBox, xAxis: (g: Group) => void, yAxis?: (g: Group) => void): void {
  frame.xAxis.attr('transform', `translate(${box.margin.left},${box.margin.top + box.h})`).call(xAxis);
  if (yAxis) frame.yAxis.attr('transform', box.inner).call(yAxis);
  frame.xLabel?.attr('x', box.margin.left + box.w).attr('y', box.height - 4);
}

/** One horizontal grid line across the plot at each of `ticks`. */
export function drawGrid(frame: ChartFrame, box: PlotBox, y: (v: number) => number, ticks: number[]): void {
  frame.grid
    ?.attr('transform', box.inner)
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', 0)
    .attr('x2', box.w)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d));
}

/** Covers the plot with the overlay, so the pointer is tracked over the plot only. */
export function placeOverlay(overlay: Selection<SVGRectElement, unknown, null, undefined>, box: PlotBox): void {
  overlay.attr('transform', box.inner).attr('width', box.w).attr('height', box.h);
}

/** Shows `text` at the plot's top, just right of `x` (plot coordinates), keeping `room` pixels of it inside the chart. */
export function showTextTooltip(tooltip: Tooltip, box: PlotBox, x: number, room: number, text: string): void {
  tooltip
    .style('display', null)
    .style('left', `${Math.min(box.width - room, box.margin.left + x + 12)}px`)
    .style('top', `${box.margin.top}px`)
    .text(text);
}
