/**
 * The grouped scalar chart: per setting a band (min to max, or ± 1 std) and
 * its mean line, on the same axes, grid and smoothing as the scalar chart.
 * Hovering picks the setting whose mean is nearest the pointer and draws its
 * runs, one thin line per seed; the tooltip lists every setting's mean, band
 * and run count at that step, then the picked setting's seeds. A
 * framework-free engine: `createBandChart(el)` returns `{ update, destroy }`.
 */
import { area, axisBottom, axisLeft, format, line, pointer, scaleLinear, scaleLog, type Selection } from 'd3';
import type { YScale } from '../../core/summary/yRange.ts';
import { formatValue } from '../ui/formatNumber.ts';
import type { BandGroup, BandModel } from './bandModel.ts';
import { chartEngine, type ChartEngine } from './chartEngine.ts';
import { appendClippedPlot, appendHoverLayer, createChartFrame, drawGrid, placeAxes, placeOverlay, sizeFrame } from './chartFrame.ts';
import { nearestIndex, stepTicks } from './scalarModel.ts';

export interface BandChartData {
  model: BandModel;
  yScale: YScale;
  /** A setting to show with its runs (the legend's hovered entry); the pointer's pick otherwise. */
  highlight?: string;
}

const MARGIN = { top: 10, right: 16, bottom: 34, left: 56 };

/** Draws the chart into `el`, sized to it. */
export function createBandChart(el: HTMLElement): ChartEngine<BandChartData> {
  const frame = createChartFrame(el, { grid: true, xLabel: 'step', namedAxes: true });
  const { root } = frame;
  const { plot, clip, hover } = appendClippedPlot(frame);
  const { overlay, tooltip } = appendHoverLayer(frame);
  let data: BandChartData | undefined;
  let picked: string | undefined;

  function render(): void {
    if (!data) return;
    const { model, yScale } = data;
    const box = sizeFrame(frame, MARGIN, Math.max(120, el.clientWidth), Math.max(100, el.clientHeight), `Mean and ${model.band === 'std' ? '± 1 std' : 'min to max'} of ${model.groups.map((g) => g.setting).join(', ')}`);
    const { width, w, h, inner } = box;
    const x = scaleLinear().domain(model.x).range([0, w]);
    const y = (yScale === 'log10' ? scaleLog() : scaleLinear()).domain(model.y).range([h, 0]);
    const xTicks = Math.max(2, Math.floor(w / 90));
    const yTicks = Math.max(2, Math.floor(h / 36));
    placeAxes(frame, box, axisBottom(x).tickValues(stepTicks(model.x, xTicks)).tickFormat(format('~s') as never), axisLeft(y).ticks(yTicks, yScale === 'log10' ? '.0e' : undefined).tickFormat(yScale === 'log10' ? (null as never) : (format('~g') as never)));
    drawGrid(frame, box, y, yScale === 'log10' ? y.ticks(yTicks).filter((t) => Number.isInteger(Math.round(Math.log10(t) * 1e6) / 1e6)) : y.ticks(yTicks));
    clip.attr('width', w).attr('height', h);
    plot.attr('transform', inner);
    const safe = (v: number) => Number.isFinite(v) && (yScale === 'linear' || v > 0);
    const bandPath = (g: BandGroup) =>
      area<number>()
        .defined((i) => safe(g.lo[i]) && safe(g.hi[i]))
        .x((i) => x(g.steps[i]))
        .y0((i) => y(g.lo[i]))
        .y1((i) => y(g.hi[i]))(Array.from(g.steps.keys())) ?? '';
    const linePath = (steps: Float64Array, ys: Float64Array) =>
      line<number>()
        .defined((i) => safe(ys[i]))
        .x((i) => x(steps[i]))
        .y((i) => y(ys[i]))(Array.from(steps.keys())) ?? '';
    const shown = data.highlight ?? picked;
    const groups = plot
      .selectAll<SVGGElement, BandGroup>('g.band')
      .data(model.groups, (g) => g.setting)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'band');
        g.append('path').attr('class', 'band__area');
        g.append('g').attr('class', 'band__runs');
        g.append('path').attr('class', 'chart__line band__mean');
        return g;
      });
    groups.attr('data-setting', (g) => g.setting).classed('band--dim', (g) => shown !== undefined && g.setting !== shown);
    groups.select('.band__area').attr('fill', (g) => g.color).attr('d', bandPath);
    groups.select('.band__mean').attr('stroke', (g) => g.color).attr('d', (g) => linePath(g.steps, g.mean));
    groups
      .select('.band__runs')
      .selectAll('path')
      .data((g) => (g.setting === shown ? g.runs.map((r) => ({ r, color: g.color })) : []))
      .join('path')
      .attr('class', 'chart__line band__run')
      .attr('stroke', (d) => d.color)
      .attr('d', (d) => linePath(d.r.steps, d.r.smoothed));
    // Raise the shown setting so its runs and mean are on top.
    groups.filter((g) => g.setting === shown).raise();
    placeOverlay(overlay, box);
    hover.attr('transform', inner).select('line').attr('y1', 0).attr('y2', h);

    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [px, py] = pointer(event);
        const atStep = x.invert(px);
        const rows = model.groups.map((g) => ({ g, i: nearestIndex(g.steps, atStep) })).filter((r) => r.i >= 0);
        if (rows.length === 0) return;
        const step = rows.reduce((a, b) => (Math.abs(a.g.steps[a.i] - atStep) <= Math.abs(b.g.steps[b.i] - atStep) ? a : b));
        const hx = x(step.g.steps[step.i]);
        hover.style('display', null).select('line').attr('x1', hx).attr('x2', hx);
        // The setting under the pointer: the one whose mean line is nearest it.
        const near = rows.filter((r) => safe(r.g.mean[r.i])).sort((a, b) => Math.abs(y(a.g.mean[a.i]) - py) - Math.abs(y(b.g.mean[b.i]) - py))[0];
        if (near && near.g.setting !== picked) {
          picked = near.g.setting;
          render();
        }
        showTooltip(rows, near?.g, step.g.steps[step.i], hx + MARGIN.left, width, model.band);
      })
      .on('pointerleave', () => {
        hover.style('display', 'none');
        tooltip.style('display', 'none');
        picked = undefined;
        render();
      });
  }

  function showTooltip(rows: { g: BandGroup; i: number }[], near: BandGroup | undefined, step: number, left: number, width: number, band: BandModel['band']): void {
    tooltip.style('display', null).html('');
    tooltip.append('div').attr('class', 'chart__tooltip-head').text(`step ${step}`);
    const table = tooltip.append('table');
    const head = table.append('tr');
    for (const h of ['', 'Setting', 'Mean', band === 'std' ? '± 1 std' : 'Min – max', 'n']) head.append('th').text(h);
    for (const { g, i } of rows) {
      const tr = table.append('tr').classed('chart__tooltip-row--picked', g === near);
      swatch(tr.append('td'), g.color);
      tr.append('td').text(g.setting);
      tr.append('td').attr('class', 'num').text(formatValue(g.mean[i]));
      tr.append('td').attr('class', 'num').text(band === 'std' ? formatValue((g.hi[i] - g.lo[i]) / 2) : `${formatValue(g.lo[i])} – ${formatValue(g.hi[i])}`);
      tr.append('td').attr('class', 'num').text(String(g.n[i]));
    }
    if (near) {
      const runs = tooltip.append('table').attr('class', 'chart__tooltip-runs');
      const tr = runs.append('tr');
      tr.append('th').text('');
      tr.append('th').text(`${near.label}: seed`);
      tr.append('th').text('Smoothed');
      for (const r of near.runs) {
        const j = nearestIndex(r.steps, step);
        const row = runs.append('tr');
        swatch(row.append('td'), near.color);
        row.append('td').text(String(r.seed));
        row.append('td').attr('class', 'num').text(j < 0 || r.steps[j] !== step ? '–' : formatValue(r.smoothed[j]));
      }
    }
    const box = (tooltip.node() as HTMLElement).getBoundingClientRect();
    const tx = left > width / 2 ? left - box.width - 12 : left + 12;
    tooltip.style('left', `${Math.max(0, Math.min(width - box.width, tx))}px`).style('top', `${MARGIN.top}px`);
  }

  return chartEngine(el, root, 'chart', (next) => (data = next), render);
}

function swatch(td: Selection<HTMLTableCellElement, unknown, null, undefined>, color: string): void {
  td.append('span').attr('class', 'chart__swatch').style('background', color);
}
