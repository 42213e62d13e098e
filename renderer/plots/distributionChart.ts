/**
 * TensorBoard's distribution chart: over steps, the bands between the values
 * at the normal distribution's basis points (min..max, ±1.5σ, ±1σ, ±0.5σ),
 * darker towards the median, with the median as a line.
 */
import { area, axisBottom, axisLeft, format, line, pointer, scaleLinear, select } from 'd3';
import { formatValue } from '../ui/formatNumber.ts';
import { stepTicks } from './scalarModel.ts';
import type { DistributionPoint } from './histogramModel.ts';
import { keptIndexAtOrBefore } from './keptStep.ts';
import { chartEngine } from './chartEngine.ts';

export interface DistributionChartData {
  points: DistributionPoint[];
  color: string;
  /** A scrubbed step: a vertical marker at the step kept at or before it. */
  scrubStep?: number;
}

export interface DistributionChart {
  update(data: DistributionChartData): void;
  destroy(): void;
}

const MARGIN = { top: 10, right: 16, bottom: 30, left: 52 };
/** Band i lies between basis points i and 8 - i; inner bands are more opaque. */
const BANDS = [0, 1, 2, 3];
const OPACITY = [0.16, 0.28, 0.42, 0.58];

/** Draws into `el`, sized to it. */
export function createDistributionChart(el: HTMLElement): DistributionChart {
  const root = select(el).classed('chart', true);
  const svg = root.append('svg').attr('class', 'chart__svg').attr('role', 'img');
  const grid = svg.append('g').attr('class', 'chart__grid');
  const xAxis = svg.append('g').attr('class', 'chart__axis');
  const yAxis = svg.append('g').attr('class', 'chart__axis');
  const xLabel = svg.append('text').attr('class', 'chart__axis-label').attr('text-anchor', 'end').text('step');
  const plot = svg.append('g');
  const median = svg.append('path').attr('class', 'distribution__median');
  const marker = svg.append('g').attr('class', 'distribution__scrub').style('display', 'none');
  marker.append('line').attr('stroke', 'var(--text)').attr('stroke-width', 1.5);
  marker.append('text').attr('y', -2).attr('font-size', 10).attr('fill', 'var(--text)');
  const hoverLine = svg.append('line').attr('class', 'chart__hover-line').style('display', 'none');
  const overlay = svg.append('rect').attr('class', 'chart__overlay');
  const tooltip = root.append('div').attr('class', 'chart__tooltip').attr('role', 'tooltip').style('display', 'none');
  let data: DistributionChartData | undefined;

  function render(): void {
    if (!data || data.points.length === 0) return;
    const { points, color } = data;
    const width = Math.max(160, el.clientWidth);
    const height = Math.max(100, el.clientHeight);
    const w = width - MARGIN.left - MARGIN.right;
    const h = height - MARGIN.top - MARGIN.bottom;
    svg.attr('width', width).attr('height', height).attr('aria-label', `Distribution over ${points.length} steps`);
    const s0 = points[0].step;
    const s1 = points[points.length - 1].step;
    const x = scaleLinear().domain([s0, s1 === s0 ? s0 + 1 : s1]).range([0, w]);
    const lo = Math.min(...points.map((p) => p.values[0]));
    const hi = Math.max(...points.map((p) => p.values[8]));
    const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice().range([h, 0]);
    const inner = `translate(${MARGIN.left},${MARGIN.top})`;
    xAxis.attr('transform', `translate(${MARGIN.left},${MARGIN.top + h})`).call(axisBottom(x).tickValues(stepTicks(x.domain() as [number, number], Math.max(2, Math.floor(w / 90)))).tickFormat(format('~s') as never));
    yAxis.attr('transform', inner).call(axisLeft(y).ticks(Math.max(2, Math.floor(h / 36))).tickFormat(format('~g') as never));
    xLabel.attr('x', MARGIN.left + w).attr('y', height - 4);
    grid.attr('transform', inner).selectAll('line').data(y.ticks(Math.max(2, Math.floor(h / 36)))).join('line').attr('x1', 0).attr('x2', w).attr('y1', (d) => y(d)).attr('y2', (d) => y(d));
    plot
      .attr('transform', inner)
      .selectAll('path')
      .data(BANDS)
      .join('path')
      .attr('class', 'distribution__band')
      .attr('fill', color)
      .attr('fill-opacity', (b) => OPACITY[b])
      .attr('d', (b) =>
        area<DistributionPoint>()
          .x((p) => x(p.step))
          .y0((p) => y(p.values[b]))
          .y1((p) => y(p.values[8 - b]))(points),
      );
    median.attr('transform', inner).attr('stroke', color).attr('d', line<DistributionPoint>().x((p) => x(p.step)).y((p) => y(p.values[4]))(points));
    const scrubbed = data.scrubStep === undefined ? -1 : keptIndexAtOrBefore(points.map((p) => p.step), data.scrubStep);
    if (scrubbed < 0) marker.style('display', 'none');
    else {
      const mx = x(points[scrubbed].step);
      marker.style('display', null).attr('transform', `translate(${MARGIN.left + mx},${MARGIN.top})`);
      marker.select('line').attr('y1', 0).attr('y2', h);
      // The label inside the plot, on the side with room.
      marker.select('text').attr('x', mx > w / 2 ? -4 : 4).attr('y', 10).attr('text-anchor', mx > w / 2 ? 'end' : 'start').text(`step ${points[scrubbed].step}`);
    }
    overlay.attr('transform', inner).attr('width', w).attr('height', h);
    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [px] = pointer(event);
        const step = x.invert(px);
        const p = points.reduce((a, b) => (Math.abs(b.step - step) < Math.abs(a.step - step) ? b : a));
        hoverLine.style('display', null).attr('transform', inner).attr('x1', x(p.step)).attr('x2', x(p.step)).attr('y1', 0).attr('y2', h);
        tooltip
          .style('display', null)
          .style('left', `${Math.min(width - 200, MARGIN.left + x(p.step) + 12)}px`)
          .style('top', `${MARGIN.top}px`)
          .text(`step ${p.step}: min ${formatValue(p.values[0])}, median ${formatValue(p.values[4])}, max ${formatValue(p.values[8])}`);
      })
      .on('pointerleave', () => {
        hoverLine.style('display', 'none');
        tooltip.style('display', 'none');
      });
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}
