/**
 * The confusion matrix as a table: a row per true digit, a column per
 * predicted one, each cell its count coloured by its share of the row, and
 * each row's accuracy beside it. A cell is a button: it opens its digits.
 */
import { useMemo } from 'react';
import { overallAccuracy, perClassAccuracy, rowRates, rowTotals } from '../../core/summary/confusion.ts';
import type { ConfusionReport } from '../training/protocol.ts';
import { formatCount } from '../ui/formatNumber.ts';
import { cellLook, percent } from './confusionLook.ts';

/** A cell: row = true class, column = predicted class. */
export interface Cell {
  trueClass: number;
  predicted: number;
}

export function ConfusionMatrix({ confusion, selected, onSelect }: { confusion: ConfusionReport; selected: Cell | undefined; onSelect: (cell: Cell) => void }) {
  const { classes, counts } = confusion;
  const rates = useMemo(() => rowRates(confusion), [confusion]);
  const accuracy = useMemo(() => perClassAccuracy(confusion), [confusion]);
  const totals = useMemo(() => rowTotals(confusion), [confusion]);
  const classList = Array.from({ length: classes }, (_, c) => c);
  return (
    <table className="confusion" aria-label="Confusion matrix" data-total={confusion.total} data-step={confusion.step}>
      <caption className="confusion__caption">
        {formatCount(confusion.total)} test digits at step {formatCount(confusion.step)}: {percent(overallAccuracy(confusion))} right
      </caption>
      <thead>
        <tr>
          <th className="confusion__corner" scope="col">
            <span className="confusion__axis">predicted →</span>
            <span className="confusion__axis">true ↓</span>
          </th>
          {classList.map((p) => (
            <th key={p} scope="col" className="confusion__head">
              {p}
            </th>
          ))}
          <th scope="col" className="confusion__head confusion__head--accuracy" title="The share of each digit the model gets right (recall)">
            accuracy
          </th>
        </tr>
      </thead>
      <tbody>
        {classList.map((t) => (
          <tr key={t}>
            <th scope="row" className="confusion__head">
              {t}
            </th>
            {classList.map((p) => {
              const count = counts[t * classes + p];
              const look = cellLook(rates[t * classes + p], t === p);
              const isSelected = selected?.trueClass === t && selected.predicted === p;
              return (
                <td key={p} className="confusion__cell">
                  <button
                    type="button"
                    className="confusion__button"
                    data-cell={`${t}-${p}`}
                    aria-pressed={isSelected}
                    style={{ background: look.background, color: look.color }}
                    title={`${formatCount(count)} of ${formatCount(totals[t])} test ${t}s predicted as ${p} (${percent(rates[t * classes + p])})`}
                    onClick={() => onSelect({ trueClass: t, predicted: p })}
                  >
                    {formatCount(count)}
                  </button>
                </td>
              );
            })}
            <td className="confusion__accuracy" data-class={t}>
              <span className="confusion__bar" style={{ width: `${(Number.isFinite(accuracy[t]) ? accuracy[t] : 0) * 100}%` }} aria-hidden />
              <span className="confusion__accuracy-text">{percent(accuracy[t])}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
