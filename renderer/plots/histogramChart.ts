/**
 * TensorBoard's histogram chart. Offset mode (its default): one slice per
 * step, stacked by step with the oldest at the back (top) and the newest in
 * front (bottom), step labels on the right. Overlay mode: every slice on one
 * baseline, coloured from light (old) to dark (new). Hovering shows the
 * nearest slice's step and the bin under the pointer.
 */
import { area, axisBottom, axisLeft, axisRight, format, interpolateRgb, line, pointer, scaleLinear } from 'd3';
import type { Bin } from '../../core/summary/rebin.ts';
import { formatValue } from '../ui/formatNumber.ts';
import type { HistogramSlice } from './histogramModel.ts';
import { keptIndexAtOrBefore } from './keptStep.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendHoverLayer, createChartFrame, placeAxes, placeOverlay, showTextTooltip, sizeFrame } from './chartFrame.ts';
import { stepTicks } from './scalarModel.ts';

export type HistogramMode = 'offset' | 'overlay';

export interface HistogramChartData {
  slices: HistogramSlice[];
  mode: HistogramMode;
  /** Oldest and newest colour. */
  colors: [string, string];
  /** A scrubbed step: the slice kept at or before it is outlined and the others dimmed. */
  scrubStep?: number;
  /** The x range shared with other charts (every layer's gradients on one scale); its own range when undefined. */
  xDomain?: [number, number];
}

export type HistogramChart = ChartEngine<HistogramChartData>;

const MARGIN = { top: 10, right: 48, bottom: 30, left: 48 };
/** On a shared scale a slice narrower than this many pixels (a vanished gradient) is drawn this wide, as a spike. */
const MIN_SLICE_PX = 6;

/** Draws into `el`, sized to it. */
export function createHistogramChart(el: HTMLElement): HistogramChart {
  const frame = createChartFrame(el);
  const { root, svg, yAxis } = frame;
  const plot = svg.append('g').attr('class', 'histogram__slices');
  const hover = svg.append('g').attr('class', 'histogram__hover').style('display', 'none');
  hover.append('path').attr('class', 'histogram__hover-slice');
  const { overlay, tooltip } = appendHoverLayer(frame);
  let data: HistogramChartData | undefined;

  function render(): void {
    if (!data || data.slices.length === 0) return;
    const { slices, mode } = data;
    const box = sizeFrame(frame, MARGIN, Math.max(160, el.clientWidth), Math.max(100, el.clientHeight), `Histogram over ${slices.length} steps (${mode})`);
    const { w, h, inner } = box;
    const first = slices[0].bins;
    const own: [number, number] = [first[0].x, first[first.length - 1].x + first[first.length - 1].dx];
    const x = scaleLinear().domain(data.xDomain ?? own).range([0, w]);
    // A range far narrower than the shared scale would vanish: it is spread over a few pixels around its centre.
    const span = x(own[1]) - x(own[0]);
    const mid = (x(own[0]) + x(own[1])) / 2;
    const px = span >= MIN_SLICE_PX ? (v: number) => x(v) : (v: number) => mid + ((v - own[0]) / (own[1] - own[0] || 1) - 0.5) * MIN_SLICE_PX;
    const maxCount = Math.max(1e-12, ...slices.flatMap((s) => s.bins.map((b) => b.y)));
    const steps = slices.map((s) => s.step);
    const color = interpolateRgb(data.colors[0], data.colors[1]);
    const age = (i: number) => (slices.length === 1 ? 1 : i / (slices.length - 1));
    // The y axis depends on the mode: steps on the right (offset) or counts on the left (overlay).
    placeAxes(frame, box, axisBottom(x).ticks(Math.max(2, Math.floor(w / 80))).tickFormat(format('~g') as never));
    plot.attr('transform', inner);
    let baseline: (i: number) => number;
    let height1: number;
    if (mode === 'offset') {
      // Each slice gets 40% of the height; baselines spread over the rest by step.
      height1 = h * 0.4;
      const stepY = scaleLinear().domain([steps[0], steps[steps.length - 1] === steps[0] ? steps[0] + 1 : steps[steps.length - 1]]).range([height1, h]);
      baseline = (i) => stepY(steps[i]);
      yAxis
        .attr('transform', `translate(${MARGIN.left + w},${MARGIN.top})`)
        .call(axisRight(stepY).tickValues(stepTicks(stepY.domain() as [number, number], Math.max(2, Math.floor(h / 40)))).tickFormat(format('~s') as never));
    } else {
      height1 = h;
      baseline = () => h;
      const countY = scaleLinear().domain([0, maxCount]).range([h, 0]);
      yAxis.attr('transform', inner).call(axisLeft(countY).ticks(Math.max(2, Math.floor(h / 36))).tickFormat(format('~g') as never));
    }
    const scrubbed = data.scrubStep === undefined ? -1 : keptIndexAtOrBefore(steps, data.scrubStep);
    const yOf = (i: number, b: Bin) => baseline(i) - (b.y / maxCount) * height1;
    const centre = (b: Bin) => px(b.x + b.dx / 2);
    const shape = (i: number) =>
      mode === 'offset'
        ? (area<Bin>().x(centre).y0(baseline(i)).y1((b) => yOf(i, b))(slices[i].bins) ?? '')
        : (line<Bin>().x(centre).y((b) => yOf(i, b))(slices[i].bins) ?? '');
    plot
      .selectAll('path')
      .data(slices.map((_, i) => i))
      .join('path')
      .attr('class', mode === 'offset' ? 'histogram__slice histogram__slice--offset' : 'histogram__slice histogram__slice--overlay')
      .attr('d', shape)
      .attr('fill', (i) => (mode === 'offset' ? color(age(i)) : 'none'))
      // A spike (a range squeezed onto the shared scale) is outlined in its own colour, or the white ridge line would hide it.
      .attr('stroke', (i) => (i === scrubbed ? 'var(--text)' : mode === 'offset' && span >= MIN_SLICE_PX ? 'var(--surface)' : color(age(i))))
      .attr('stroke-width', (i) => (i === scrubbed ? 2 : null))
      .attr('opacity', (i) => (scrubbed >= 0 && i !== scrubbed ? 0.35 : null))
      .attr('data-scrubbed', (i) => (i === scrubbed ? 'true' : null));
    // Overlaid lines hide one another: the scrubbed one goes on top. Offset slices keep their order, or the ridges would break.
    if (mode === 'overlay') plot.selectAll('path[data-scrubbed]').raise();
    placeOverlay(overlay, box);
    hover.attr('transform', inner);
    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [pointerX, py] = pointer(event);
        // The slice whose baseline is nearest below the pointer (offset), or the newest (overlay).
        let i = slices.length - 1;
        if (mode === 'offset') {
          let best = Infinity;
          slices.forEach((_, j) => {
            const d = Math.abs(baseline(j) - py);
            if (d < best) [best, i] = [d, j];
          });
        }
        const bins = slices[i].bins;
        const bin = bins[binUnder(bins, span >= MIN_SLICE_PX ? x.invert(pointerX) : own[0] + ((pointerX - mid) / MIN_SLICE_PX + 0.5) * (own[1] - own[0]))];
        hover.style('display', null).select('path').attr('d', line<Bin>().x(centre).y((b) => yOf(i, b))(bins) ?? '');
        showTextTooltip(tooltip, box, pointerX, 180, `step ${slices[i].step}: ${formatValue(bin.y)} in [${formatValue(bin.x)}, ${formatValue(bin.x + bin.dx)})`);
      })
      .on('pointerleave', () => {
        hover.style('display', 'none');
        tooltip.style('display', 'none');
      });
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}

/** The index of the bin holding `value`, clamped to the ends. */
function binUnder(bins: readonly Bin[], value: number): number {
  const i = bins.findIndex((b) => value < b.x + b.dx);
  return i < 0 ? bins.length - 1 : i;
}
