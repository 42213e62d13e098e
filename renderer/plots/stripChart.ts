/**
 * Setting vs final metric: one column per setting, a dot per run (its
 * final value), and the setting's mean as a bar with ± 1 std whiskers, so
 * the spread over seeds sits beside the difference between settings. A
 * framework-free engine: `createStripChart(el)` returns `{ update, destroy }`.
 */
import { axisBottom, axisLeft, format, pointer, scaleLinear, scaleLog, scalePoint } from 'd3';
import type { YScale } from '../../core/summary/yRange.ts';
import { yDomain } from '../../core/summary/yRange.ts';
import { formatValue } from '../ui/formatNumber.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendHoverLayer, createChartFrame, drawGrid, placeAxes, placeOverlay, showTextTooltip, sizeFrame } from './chartFrame.ts';

export interface StripColumn {
  setting: string;
  /** The short name under the column (the values only). */
  label: string;
  color: string;
  runs: { seed: number; value: number }[];
  mean: number;
  std: number;
}

export interface StripChartData {
  metric: string;
  columns: StripColumn[];
  yScale: YScale;
  /** The x axis's title: what the settings vary. */
  xTitle: string;
}

const MARGIN = { top: 10, right: 16, bottom: 46, left: 56 };

/** Draws the chart into `el`, sized to it. */
export function createStripChart(el: HTMLElement): ChartEngine<StripChartData> {
  const frame = createChartFrame(el, { grid: true, xLabel: '', namedAxes: true });
  const { root, svg } = frame;
  const plot = svg.append('g').attr('class', 'chart__plot');
  const { overlay, tooltip } = appendHoverLayer(frame);
  let data: StripChartData | undefined;

  function render(): void {
    if (!data) return;
    const { columns, yScale } = data;
    const box = sizeFrame(frame, MARGIN, Math.max(120, el.clientWidth), Math.max(100, el.clientHeight), `Final ${data.metric} per setting`);
    const { w, h, inner } = box;
    const x = scalePoint<string>().domain(columns.map((c) => c.setting)).range([0, w]).padding(0.6);
    const safe = (v: number) => Number.isFinite(v) && (yScale === 'linear' || v > 0);
    const values = columns.flatMap((c) => [...c.runs.map((r) => r.value), c.mean - c.std, c.mean + c.std]);
    const y = (yScale === 'log10' ? scaleLog() : scaleLinear()).domain(yDomain([Float64Array.from(values)], { ignoreOutliers: false, scale: yScale })).range([h, 0]);
    const yTicks = Math.max(2, Math.floor(h / 36));
    const step = columns.length > 1 ? x.step() : w;
    const labelOf = new Map(columns.map((c) => [c.setting, c.label]));
    placeAxes(frame, box, axisBottom(x).tickFormat((s) => labelOf.get(s) ?? s), axisLeft(y).ticks(yTicks).tickFormat(yScale === 'log10' ? (null as never) : (format('~g') as never)));
    // Long names lean when their columns are narrow, rather than run into each other.
    const lean = step < 84;
    frame.xAxis.selectAll<SVGTextElement, string>('text').attr('transform', lean ? 'rotate(-24)' : null).style('text-anchor', lean ? 'end' : 'middle');
    frame.xLabel!.text(data.xTitle);
    drawGrid(frame, box, y, y.ticks(yTicks));
    plot.attr('transform', inner);
    const half = Math.min(22, step * 0.3);
    const cols = plot
      .selectAll<SVGGElement, StripColumn>('g.strip')
      .data(columns, (c) => c.setting)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'strip');
        g.append('line').attr('class', 'strip__whisker');
        g.append('line').attr('class', 'strip__mean');
        return g;
      });
    cols.attr('transform', (c) => `translate(${x(c.setting)},0)`).attr('data-setting', (c) => c.setting);
    cols
      .select('.strip__whisker')
      .attr('stroke', (c) => c.color)
      .attr('y1', (c) => (safe(c.mean - c.std) ? y(c.mean - c.std) : h))
      .attr('y2', (c) => (safe(c.mean + c.std) ? y(c.mean + c.std) : 0))
      .style('display', (c) => (safe(c.mean) ? null : 'none'));
    cols
      .select('.strip__mean')
      .attr('stroke', (c) => c.color)
      .attr('x1', -half)
      .attr('x2', half)
      .attr('y1', (c) => y(c.mean))
      .attr('y2', (c) => y(c.mean))
      .style('display', (c) => (safe(c.mean) ? null : 'none'));
    // Dots spread across the column by seed order, so equal values stay visible.
    cols
      .selectAll('circle')
      .data((c) => c.runs.filter((r) => safe(r.value)).map((r, i, all) => ({ c, r, dx: all.length > 1 ? -half * 0.7 + (1.4 * half * i) / (all.length - 1) : 0 })))
      .join('circle')
      .attr('class', 'strip__dot')
      .attr('r', 3.5)
      .attr('fill', (d) => d.c.color)
      .attr('cx', (d) => d.dx)
      .attr('cy', (d) => y(d.r.value));
    placeOverlay(overlay, box);
    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [px] = pointer(event);
        const c = columns.reduce((a, b) => (Math.abs((x(a.setting) ?? 0) - px) <= Math.abs((x(b.setting) ?? 0) - px) ? a : b), columns[0]);
        if (!c) return;
        const seeds = c.runs.map((r) => `${r.seed}: ${formatValue(r.value)}`).join(', ');
        showTextTooltip(tooltip, box, x(c.setting) ?? 0, 260, `${c.setting}: mean ${formatValue(c.mean)} ± ${formatValue(c.std)} (seeds ${seeds})`);
      })
      .on('pointerleave', () => tooltip.style('display', 'none'));
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}
