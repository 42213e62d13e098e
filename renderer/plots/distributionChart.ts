/**
 * TensorBoard's distribution chart: over steps, the bands between the values
 * at the normal distribution's basis points (min..max, ±1.5σ, ±1σ, ±0.5σ),
 * darker towards the median, with the median as a line.
 */
import { area, axisBottom, axisLeft, format, line, pointer, scaleLinear } from 'd3';
import { formatValue } from '../ui/formatNumber.ts';
import { stepTicks } from './scalarModel.ts';
import type { DistributionPoint } from './histogramModel.ts';
import { keptIndexAtOrBefore } from './keptStep.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendHoverLayer, createChartFrame, drawGrid, placeAxes, placeOverlay, showTextTooltip, sizeFrame } from './chartFrame.ts';

export interface DistributionChartData {
  points: DistributionPoint[];
  color: string;
  /** A scrubbed step: a vertical marker at the step kept at or before it. */
  scrubStep?: number;
}

export type DistributionChart = ChartEngine<DistributionChartData>;

const MARGIN = { top: 10, right: 16, bottom: 30, left: 52 };
/** Band i lies between basis points i and 8 - i; inner bands are more opaque. */
const BANDS = [0, 1, 2, 3];
const OPACITY = [0.16, 0.28, 0.42, 0.58];

/** Draws into `el`, sized to it. */
export function createDistributionChart(el: HTMLElement): DistributionChart {
  const frame = createChartFrame(el, { grid: true, xLabel: 'step' });
  const { root, svg } = frame;
  const plot = svg.append('g');
  const median = svg.append('path').attr('class', 'distribution__median');
  const marker = svg.append('g').attr('class', 'distribution__scrub').style('display', 'none');
  marker.append('line').attr('stroke', 'var(--text)').attr('stroke-width', 1.5);
  marker.append('text').attr('y', -2).attr('font-size', 10).attr('fill', 'var(--text)');
  const hoverLine = svg.append('line').attr('class', 'chart__hover-line').style('display', 'none');
  const { overlay, tooltip } = appendHoverLayer(frame);
  let data: DistributionChartData | undefined;

  function render(): void {
    if (!data || data.points.length === 0) return;
    const { points, color } = data;
    const box = sizeFrame(frame, MARGIN, Math.max(160, el.clientWidth), Math.max(100, el.clientHeight), `Distribution over ${points.length} steps`);
    const { w, h, inner } = box;
    const s0 = points[0].step;
    const s1 = points[points.length - 1].step;
    const x = scaleLinear().domain([s0, s1 === s0 ? s0 + 1 : s1]).range([0, w]);
    const lo = Math.min(...points.map((p) => p.values[0]));
    const hi = Math.max(...points.map((p) => p.values[8]));
    const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice().range([h, 0]);
    placeAxes(
      frame,
      box,
      axisBottom(x).tickValues(stepTicks(x.domain() as [number, number], Math.max(2, Math.floor(w / 90)))).tickFormat(format('~s') as never),
      axisLeft(y).ticks(Math.max(2, Math.floor(h / 36))).tickFormat(format('~g') as never),
    );
    drawGrid(frame, box, y, y.ticks(Math.max(2, Math.floor(h / 36))));
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
    placeOverlay(overlay, box);
    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [px] = pointer(event);
        const step = x.invert(px);
        const p = points.reduce((a, b) => (Math.abs(b.step - step) < Math.abs(a.step - step) ? b : a));
        hoverLine.style('display', null).attr('transform', inner).attr('x1', x(p.step)).attr('x2', x(p.step)).attr('y1', 0).attr('y2', h);
        showTextTooltip(tooltip, box, x(p.step), 200, `step ${p.step}: min ${formatValue(p.values[0])}, median ${formatValue(p.values[4])}, max ${formatValue(p.values[8])}`);
      })
      .on('pointerleave', () => {
        hoverLine.style('display', 'none');
        tooltip.style('display', 'none');
      });
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}
