/** MNIST's handwritten digits: images to a Placeholder of 784 numbers per example, one-hot labels to one of 10; a split to train on and one to evaluate on. */
import { useState } from 'react';
import { DATASET_SPLITS, type DatasetSplit } from '../../core/graph/document.ts';
import { MNIST_SPLITS } from '../../core/data/mnist.ts';
import { formatShape } from '../../core/graph/shape.ts';
import { BindActions } from './BindActions.tsx';
import { defaultMnistFields, type MnistField, mnistBindings } from './mnistChoice.ts';
import type { SourceProps } from './sourceProps.ts';

/** The MNIST binder. */
export function MnistSource({ placeholders, onDone }: SourceProps) {
  const [fields, setFields] = useState(() => defaultMnistFields(placeholders));
  const [train, setTrain] = useState<DatasetSplit>('train-55k');
  const [test, setTest] = useState<DatasetSplit | ''>('test');
  return (
    <div className="bind__mnist">
      <ul className="bind__columns" aria-label="MNIST fields per Placeholder">
        {placeholders.map((p) => (
          <li key={p.id} className="bind__column-row">
            <span className="bind__column-target">
              {p.name} <span className="session__type">{p.type ? formatShape(p.type.shape) : ''}</span>
            </span>
            <select className="input" aria-label={`MNIST field for ${p.name}`} value={fields[p.id] ?? 'none'} onChange={(e) => setFields({ ...fields, [p.id]: e.target.value as MnistField })}>
              <option value="none">not from MNIST</option>
              <option value="images">images (784 pixels in [0, 1])</option>
              <option value="labels">labels (one-hot over 10 digits)</option>
            </select>
          </li>
        ))}
      </ul>
      <div className="bind__roles">
        <label className="bind__role">
          <span className="bind__role-label">Train on</span>
          <select className="input" aria-label="Training split" value={train} onChange={(e) => setTrain(e.target.value as DatasetSplit)}>
            {DATASET_SPLITS.map((s) => (
              <option key={s} value={s} title={MNIST_SPLITS[s].about}>
                {s} ({MNIST_SPLITS[s].count.toLocaleString('en-US')})
              </option>
            ))}
          </select>
        </label>
        <label className="bind__role">
          <span className="bind__role-label">Evaluate on</span>
          <select className="input" aria-label="Evaluation split" value={test} onChange={(e) => setTest(e.target.value as DatasetSplit | '')}>
            <option value="">the training data</option>
            {DATASET_SPLITS.map((s) => (
              <option key={s} value={s} title={MNIST_SPLITS[s].about}>
                {s} ({MNIST_SPLITS[s].count.toLocaleString('en-US')})
              </option>
            ))}
          </select>
        </label>
        <p className="bind__hint">The course trains on train-55k (TF1's mnist.train) and reports accuracy on the 10,000 test images.</p>
      </div>
      <BindActions
        bindings={mnistBindings(fields, train)}
        evalBindings={test === '' ? Object.fromEntries(Object.keys(mnistBindings(fields, train)).map((id) => [id, null])) : mnistBindings(fields, test)}
        evaluation={false}
        onDone={onDone}
      />
    </div>
  );
}
