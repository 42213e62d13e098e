/**
 * The Confusion tab, for a classifier over MNIST: the matrix of the
 * 10,000 test digits (scored in the worker at log steps and when training
 * ends), a cell's digits once clicked, and which digit the canvas shows.
 */
import { useMemo, useState } from 'react';
import { mnistClassifierOf } from '../../core/graph/mnistClassifier.ts';
import { useDocument, useFlow } from '../store/hooks.ts';
import { training } from '../training/appTraining.ts';
import { CellDigits } from './CellDigits.tsx';
import { type Cell, ConfusionMatrix } from './ConfusionMatrix.tsx';
import { pickedText } from './pokeText.ts';
import './poke.css';

export function ConfusionPanel() {
  const doc = useDocument();
  const classifier = useMemo(() => mnistClassifierOf(doc), [doc]);
  const confusion = useFlow((s) => (s.run.trainedDocument === s.document ? s.run.confusion : undefined));
  const picked = useFlow((s) => s.run.nodeStats?.example);
  const unavailable = useFlow((s) => (s.run.trainedDocument === s.document ? s.run.info?.confusionUnavailable : undefined));
  const [cell, setCell] = useState<Cell | undefined>(undefined);
  if ('why' in classifier) return <p className="panel__empty">No confusion matrix: this graph is not a classifier over MNIST ({classifier.why}).</p>;
  if (unavailable) return <p className="panel__empty">No confusion matrix: {unavailable}.</p>;
  if (!confusion) return <p className="panel__empty">Press Train: the confusion matrix of the 10,000 test digits shows here, scored as the model learns and when training ends.</p>;
  return (
    <div className="poke-confusion">
      <ConfusionMatrix confusion={confusion} selected={cell} onSelect={setCell} />
      <div className="poke-confusion__side">
        {picked && (
          <p className="poke-picked" data-testid="picked-digit">
            {pickedText(picked)}{' '}
            <button type="button" className="button" onClick={() => training().pickExample(undefined)}>
              Back to the training batch
            </button>
          </p>
        )}
        {cell ? <CellDigits cell={cell} step={confusion.step} /> : <p className="panel__empty">Click a cell to see its test digits: row is the true digit, column the prediction.</p>}
      </div>
    </div>
  );
}
