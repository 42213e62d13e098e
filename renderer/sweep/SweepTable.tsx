/** The results table (final values): per setting, each metric's final value over the seeds as mean, std, min and max; n runs with a final value, and (when any did) those that stopped on a NaN. */
import { resultsTable } from '../../core/sweep/resultsTable.ts';
import { finalMetrics, type SweptRun } from '../../core/sweep/sweepResults.ts';
import { formatValue } from '../ui/formatNumber.ts';
import type { SettingInfo } from './sweepView.ts';

const FIELDS = ['mean', 'std', 'min', 'max'] as const;

/** The table of the ended runs, metrics in the order given. */
export function SweepTable({ runs, settings, metrics, axes }: { runs: readonly SweptRun[]; settings: readonly SettingInfo[]; metrics: readonly string[]; axes: string }) {
  const computed = resultsTable(finalMetrics(runs));
  // The charts' order; a metric no ended run has (all stopped) is left out.
  const table = { ...computed, metrics: metrics.filter((m) => computed.metrics.includes(m)) };
  const info = new Map(settings.map((s) => [s.setting, s]));
  // The column shows only when a run stopped on a NaN or Infinity.
  const anyStopped = table.rows.some((r) => r.stopped > 0);
  return (
    <table className="sweep-table" aria-label="Sweep results">
      <thead>
        <tr>
          <th rowSpan={2} className="sweep-table__setting">
            {axes}
          </th>
          {table.metrics.map((m) => (
            <th key={m} colSpan={FIELDS.length} className="sweep-table__metric">
              {m}
            </th>
          ))}
          <th rowSpan={2} className="num" title="Runs with a final value of every metric">
            n
          </th>
          {anyStopped && (
            <th rowSpan={2} className="num" title="Runs that stopped on a NaN or Infinity (left out of the statistics)">
              stopped
            </th>
          )}
        </tr>
        <tr>
          {table.metrics.flatMap((m) =>
            FIELDS.map((f, i) => (
              <th key={`${m}:${f}`} className={i === 0 ? 'num sweep-table__first' : 'num'} title={f === 'std' ? 'Sample standard deviation over the seeds' : undefined}>
                {f}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.setting}>
            <th scope="row" className="sweep-table__setting" title={r.setting}>
              <span className="chart__swatch" style={{ background: info.get(r.setting)?.color }} /> {info.get(r.setting)?.label ?? r.setting}
            </th>
            {table.metrics.flatMap((m) =>
              FIELDS.map((f, i) => (
                <td key={`${m}:${f}`} className={i === 0 ? 'num sweep-table__first' : 'num'}>
                  {r.metrics[m].n === 0 ? '–' : formatValue(r.metrics[m][f])}
                </td>
              )),
            )}
            <td className="num">{table.metrics.length === 0 ? 0 : Math.min(...table.metrics.map((m) => r.metrics[m].n))}</td>
            {anyStopped && <td className="num">{r.stopped}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
