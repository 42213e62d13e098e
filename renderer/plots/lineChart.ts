/**
 * The scalar chart, TensorBoard-style: per run a faint raw line and the
 * smoothed line over it, axes with ticks, grid lines and labels, and a hover
 * line with a tooltip of every run's value at that x. A framework-free engine:
 * `createLineChart(el)` returns `{ update, destroy }`.
 */
import { axisBottom, axisLeft, format, line, pointer, scaleLinear, scaleLog, scaleTime } from 'd3';
import { formatValue } from '../ui/formatNumber.ts';
import { nearestIndex, stepTicks, type ChartSeries, type ScalarModel, type XMode } from './scalarModel.ts';
import type { YScale } from '../../core/summary/yRange.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendClippedPlot, appendHoverLayer, createChartFrame, drawGrid, placeAxes, placeOverlay, sizeFrame } from './chartFrame.ts';

export interface LineChartData {
  model: ScalarModel;
  xMode: XMode;
  yScale: YScale;
  /** Called with the step under the pointer (undefined when it leaves), so other views can follow. */
  onHoverStep?: (step: number | undefined) => void;
  /** Called with the step under the pointer on a click (pins the scrub). */
  onClickStep?: (step: number) => void;
  /** A pinned step, marked by a dashed line. */
  pinnedStep?: number;
  /** What a series is, for the tooltip's column ("Run" by default; "Layer" for the gradient norms). */
  seriesName?: string;
  /** Whether the series are smoothed (the tooltip then shows both values); true by default. */
  smoothed?: boolean;
}

export type LineChart = ChartEngine<LineChartData>;

const MARGIN = { top: 10, right: 16, bottom: 34, left: 56 };
const X_LABELS: Record<XMode, string> = { step: 'step', relative: 'relative time', wall: 'wall time' };

/** Draws the chart into `el`, sized to it (it follows the element's size). */
export function createLineChart(el: HTMLElement): LineChart {
  const frame = createChartFrame(el, { grid: true, xLabel: '', namedAxes: true });
  const { root, svg } = frame;
  const { plot, clip, hover } = appendClippedPlot(frame);
  const pin = svg.append('line').attr('class', 'chart__pin-line').attr('stroke', 'var(--accent)').attr('stroke-dasharray', '4 3').style('display', 'none');
  const { overlay, tooltip } = appendHoverLayer(frame);
  let data: LineChartData | undefined;

  function render(): void {
    if (!data) return;
    const { model, xMode, yScale } = data;
    const box = sizeFrame(frame, MARGIN, Math.max(120, el.clientWidth), Math.max(100, el.clientHeight), `Line chart of ${model.series.map((s) => s.label).join(', ')}`);
    const { width, w, h, inner } = box;
    const x = xMode === 'wall' ? scaleTime().domain(model.x.map((t) => new Date(t))) : scaleLinear().domain(model.x);
    x.range([0, w]);
    const y = (yScale === 'log10' ? scaleLog() : scaleLinear()).domain(model.y).range([h, 0]);
    const xTicks = Math.max(2, Math.floor(w / 90));
    const yTicks = Math.max(2, Math.floor(h / 36));
    const xFormat = xMode === 'step' ? format('~s') : xMode === 'relative' ? (v: number) => `${format('~g')(Number(v.toPrecision(3)))}s` : undefined;
    const yFormat = yScale === 'log10' ? format('.0e') : format('~g');
    const xAxisOf = xFormat ? axisBottom(x as never).ticks(xTicks).tickFormat(xFormat as never) : axisBottom(x as never).ticks(xTicks);
    // Steps are whole: a short run's axis would otherwise read 0, 200m, 400m, ...
    if (xMode === 'step') xAxisOf.tickValues(stepTicks(model.x, xTicks));
    placeAxes(frame, box, xAxisOf, axisLeft(y).ticks(yTicks, yScale === 'log10' ? '.0e' : undefined).tickFormat(yScale === 'log10' ? (null as never) : (yFormat as never)));
    frame.xLabel!.text(X_LABELS[xMode]);
    // On a log axis only the decades get a grid line; the ticks between them would stripe the chart.
    drawGrid(frame, box, y, yScale === 'log10' ? y.ticks(yTicks).filter((t) => Number.isInteger(Math.round(Math.log10(t) * 1e6) / 1e6)) : y.ticks(yTicks));
    clip.attr('width', w).attr('height', h);
    plot.attr('transform', inner);
    const safe = (v: number) => Number.isFinite(v) && (yScale === 'linear' || v > 0);
    const path = (values: Float64Array, s: ChartSeries) =>
      line<number>()
        .defined((i) => safe(values[i]))
        .x((i) => (x as (v: number) => number)(s.x[i]))
        .y((i) => y(values[i]))(Array.from(values.keys())) ?? '';
    const groups = plot
      .selectAll<SVGGElement, ChartSeries>('g.chart__series')
      .data(model.series, (s) => s.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'chart__series');
        g.append('path').attr('class', 'chart__line chart__line--raw');
        g.append('path').attr('class', 'chart__line chart__line--smoothed');
        return g;
      });
    groups.attr('data-run', (s) => s.label);
    groups.select('.chart__line--raw').attr('stroke', (s) => s.color).attr('d', (s) => path(s.raw, s));
    groups.select('.chart__line--smoothed').attr('stroke', (s) => s.color).attr('d', (s) => path(s.smoothed, s));
    // A line needs two points: a run with fewer (one Step) shows as dots.
    groups
      .selectAll('circle.chart__dot')
      .data((s) => (s.raw.length < 3 ? Array.from(s.raw.keys(), (i) => ({ s, i })).filter(({ i }) => safe(s.smoothed[i])) : []))
      .join('circle')
      .attr('class', 'chart__dot')
      .attr('r', 4)
      .attr('fill', (d) => d.s.color)
      .attr('cx', (d) => (x as (v: number) => number)(d.s.x[d.i]))
      .attr('cy', (d) => y(d.s.smoothed[d.i]));
    placeOverlay(overlay, box);
    hover.attr('transform', inner).select('line').attr('y1', 0).attr('y2', h);
    // The pin is a step; on a time axis it sits at the first run's time of that step.
    const pinIndex = data.pinnedStep === undefined || !model.series[0] ? -1 : nearestIndex(model.series[0].steps, data.pinnedStep);
    if (pinIndex < 0) pin.style('display', 'none');
    else {
      const px = (x as (v: number) => number)(model.series[0].x[pinIndex]);
      pin.style('display', null).attr('transform', inner).attr('x1', px).attr('x2', px).attr('y1', 0).attr('y2', h);
    }
    let hoveredStep: number | undefined;

    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [px] = pointer(event);
        const at = (x as unknown as { invert(v: number): number | Date }).invert(px).valueOf();
        const rows = model.series.map((s) => ({ s, i: nearestIndex(s.x, at) })).filter((r) => r.i >= 0);
        if (rows.length === 0) return;
        const nearest = rows.reduce((a, b) => (Math.abs(a.s.x[a.i] - at) <= Math.abs(b.s.x[b.i] - at) ? a : b));
        const hx = (x as (v: number) => number)(nearest.s.x[nearest.i]);
        hover.style('display', null).select('line').attr('x1', hx).attr('x2', hx);
        hover
          .selectAll('circle')
          .data(rows.filter((r) => safe(r.s.smoothed[r.i])))
          .join('circle')
          .attr('r', 3.5)
          .attr('fill', (r) => r.s.color)
          .attr('cx', (r) => (x as (v: number) => number)(r.s.x[r.i]))
          .attr('cy', (r) => y(r.s.smoothed[r.i]));
        showTooltip(rows, hx + MARGIN.left, width);
        hoveredStep = nearest.s.steps[nearest.i];
        data?.onHoverStep?.(hoveredStep);
      })
      .on('click', () => {
        if (hoveredStep !== undefined) data?.onClickStep?.(hoveredStep);
      })
      .on('pointerleave', () => {
        hover.style('display', 'none');
        tooltip.style('display', 'none');
        data?.onHoverStep?.(undefined);
      });
  }

  function showTooltip(rows: { s: ChartSeries; i: number }[], left: number, width: number): void {
    tooltip.style('display', null).html('');
    const table = tooltip.append('table');
    const head = table.append('tr');
    const smoothed = data?.smoothed ?? true;
    for (const h of ['', data?.seriesName ?? 'Run', ...(smoothed ? ['Smoothed'] : []), 'Value', 'Step']) head.append('th').text(h);
    for (const { s, i } of rows) {
      const tr = table.append('tr');
      tr.append('td').append('span').attr('class', 'chart__swatch').style('background', s.color);
      tr.append('td').text(s.label);
      if (smoothed) tr.append('td').text(formatValue(s.smoothed[i]));
      tr.append('td').text(formatValue(s.raw[i]));
      tr.append('td').text(String(s.steps[i]));
    }
    // Beside the hover line, on the side with more room, and never past the chart's edges.
    const box = (tooltip.node() as HTMLElement).getBoundingClientRect();
    const x = left > width / 2 ? left - box.width - 12 : left + 12;
    tooltip.style('left', `${Math.max(0, Math.min(width - box.width, x))}px`).style('top', `${MARGIN.top}px`);
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}
