/**
 * The results table of a sweep: per setting and metric, the mean, std, min
 * and max of the final values over its seeds, and how many runs gave one.
 */
import type { SweepRunResult } from './runSweep.ts';
import { summarize, type Summary } from './stats.ts';

export interface SettingRow {
  setting: string;
  /** Metric label -> its summary over the seeds. */
  metrics: Record<string, Summary>;
  /** Runs that stopped on a non-finite value. */
  stopped: number;
}

/** One row per setting, in the order settings first appear; metrics in the order they first appear. */
export function resultsTable(results: readonly SweepRunResult[]): { metrics: string[]; rows: SettingRow[] } {
  const metrics = [...new Set(results.flatMap((r) => Object.keys(r.metrics)))];
  const settings = [...new Set(results.map((r) => r.setting))];
  const rows = settings.map((setting) => {
    const runs = results.filter((r) => r.setting === setting);
    return {
      setting,
      metrics: Object.fromEntries(metrics.map((m) => [m, summarize(runs.flatMap((r) => (m in r.metrics ? [r.metrics[m]] : [])))])),
      stopped: runs.filter((r) => r.stopped !== undefined).length,
    };
  });
  return { metrics, rows };
}

/** The table as aligned text: one line per setting, `mean ± std [min, max] n` per metric. */
export function formatResultsTable(table: { metrics: string[]; rows: SettingRow[] }): string {
  const fmt = (v: number) => (Number.isFinite(v) ? v.toPrecision(4) : '-');
  const cell = (s: Summary) => (s.n === 0 ? '-' : `${fmt(s.mean)} ± ${fmt(s.std)} [${fmt(s.min)}, ${fmt(s.max)}] n=${s.n}`);
  const header = ['setting', ...table.metrics.map((m) => `${m} (mean ± std [min, max])`), 'stopped'];
  const lines = table.rows.map((r) => [r.setting, ...table.metrics.map((m) => cell(r.metrics[m])), String(r.stopped)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
