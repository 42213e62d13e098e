/**
 * The test digits of one confusion-matrix cell, those the model gives their
 * true class the lowest probability first (its worst mistakes, or its least
 * sure right answers on the diagonal), each with the model's probability of
 * its prediction and of its true class. A click
 * picks the digit as the input: every node on the canvas then shows its value
 * and gradient for that one example.
 */
import { useEffect, useState } from 'react';
import { useFlow } from '../store/hooks.ts';
import { training } from '../training/appTraining.ts';
import type { CellResult, TestDigit } from '../training/protocol.ts';
import { formatCount } from '../ui/formatNumber.ts';
import type { Cell } from './ConfusionMatrix.tsx';
import { percent } from './confusionLook.ts';
import { DigitImage } from './DigitImage.tsx';

/** The cell's digits, asked of the worker again whenever the matrix is scored again (`step`). */
export function CellDigits({ cell, step }: { cell: Cell; step: number }) {
  const [result, setResult] = useState<CellResult | undefined>(undefined);
  const picked = useFlow((s) => s.run.nodeStats?.example?.index);
  const canPick = useFlow((s) => s.run.status !== 'training');
  useEffect(() => {
    let current = true;
    void training()
      .confusionCell(cell.trueClass, cell.predicted)
      .then((r) => current && setResult(r));
    return () => {
      current = false;
    };
  }, [cell.trueClass, cell.predicted, step]);
  const { trueClass: t, predicted: p } = cell;
  if (!result) return <p className="panel__empty">Reading the test {t}s predicted as {p}…</p>;
  if (!result.ok) return <p className="panel__empty">{result.message}</p>;
  const what = t === p ? `test ${t}s predicted right` : `test ${t}s predicted as ${p}`;
  return (
    <section className="cell-digits" aria-label={`Digits: ${what}`}>
      <h3 className="cell-digits__title">{`${formatCount(result.count)} ${what}`}</h3>
      <p className="cell-digits__note">
        {result.count > result.digits.length ? `The ${result.digits.length} with the lowest p(${t}), lowest first` : `Lowest p(${t}) first`}; {canPick ? 'click one to see every node’s value for it.' : 'pause to pick one.'}
      </p>
      {result.digits.length === 0 ? (
        <p className="panel__empty">None: the model never mistakes a {t} for a {p} on the test split.</p>
      ) : (
        <ul className="cell-digits__list">
          {result.digits.map((d) => (
            <li key={d.index}>
              <DigitButton digit={d} picked={picked === d.index} disabled={!canPick} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DigitButton({ digit, picked, disabled }: { digit: TestDigit; picked: boolean; disabled: boolean }) {
  const { index, label, predicted, probabilities } = digit;
  const all = Array.from(probabilities, (v, c) => `${c}: ${percent(v)}`).join(', ');
  return (
    <button
      type="button"
      className="cell-digits__digit"
      data-digit={index}
      aria-pressed={picked}
      disabled={disabled}
      title={`Test digit #${index}, a ${label}. The model's probabilities: ${all}`}
      onClick={() => training().pickExample(picked ? undefined : index)}
    >
      <DigitImage pixels={digit.pixels} size={42} label={`Test digit ${index}, a ${label}`} />
      <span className="cell-digits__probability">
        <b>{predicted}</b> {percent(probabilities[predicted])}
      </span>
      {label !== predicted && (
        <span className="cell-digits__probability cell-digits__probability--true">
          {label} {percent(probabilities[label])}
        </span>
      )}
    </button>
  );
}
