/**
 * The bind-data dialog: data from a table typed or pasted in, a CSV file, the
 * XOR table, points clicked on a plane, or MNIST, bound to the graph's
 * Placeholders as training or evaluation data in one undoable edit.
 */
import { useState } from 'react';
import { useDocument, useFlow } from '../store/hooks.ts';
import type { BindDialogState, BindSource } from '../store/uiSlice.ts';
import { Modal } from '../ui/Modal.tsx';
import { CsvSource } from './CsvSource.tsx';
import { MnistSource } from './MnistSource.tsx';
import { placeholdersOf } from './placeholders.ts';
import { PointsSource } from './PointsSource.tsx';
import { TableSource } from './TableSource.tsx';
import { XorSource } from './XorSource.tsx';

const SOURCES: { id: BindSource; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'csv', label: 'CSV file' },
  { id: 'xor', label: 'XOR table' },
  { id: 'points', label: '2-D points' },
  { id: 'mnist', label: 'MNIST' },
];

/** Shown while the store says so. */
export function BindDialog() {
  const state = useFlow((s) => s.bindDialog);
  return state ? <BindDialogBody state={state} /> : null;
}

function BindDialogBody({ state }: { state: BindDialogState }) {
  const close = useFlow((s) => s.setBindDialog);
  const doc = useDocument();
  const [source, setSource] = useState(state.source);
  const [evaluation, setEvaluation] = useState(state.evaluation);
  const placeholders = placeholdersOf(doc);
  const props = { placeholders, initialId: state.placeholderId, evaluation, onDone: () => close(undefined) };
  return (
    <Modal titleId="bind-title" descriptionId="bind-text" onCancel={() => close(undefined)} className="modal--wide bind">
      <h2 id="bind-title" className="modal__title">
        Bind data
      </h2>
      <p id="bind-text" className="modal__text">
        The data Train feeds to the graph's Placeholders, one row per example. It is kept in the document and checked against each Placeholder's shape.
      </p>
      <div className="bind__sources" role="tablist" aria-label="Data source">
        {SOURCES.map((s) => (
          <button key={s.id} type="button" role="tab" aria-selected={s.id === source} className="bind__source" onClick={() => setSource(s.id)}>
            {s.label}
          </button>
        ))}
      </div>
      {source !== 'mnist' && (
        <fieldset className="bind__target">
          <legend className="bind__legend">Bind as</legend>
          <label>
            <input type="radio" name="bind-target" checked={!evaluation} onChange={() => setEvaluation(false)} /> training data
          </label>
          <label title="Metrics (accuracy) are measured on this after training">
            <input type="radio" name="bind-target" checked={evaluation} onChange={() => setEvaluation(true)} /> evaluation data
          </label>
        </fieldset>
      )}
      <div className="bind__body" role="tabpanel" aria-label={SOURCES.find((s) => s.id === source)!.label}>
        {source === 'table' && <TableSource key={String(evaluation)} {...props} />}
        {source === 'csv' && <CsvSource {...props} />}
        {source === 'xor' && <XorSource {...props} />}
        {source === 'points' && <PointsSource key={String(evaluation)} {...props} />}
        {source === 'mnist' && <MnistSource {...props} />}
      </div>
    </Modal>
  );
}
