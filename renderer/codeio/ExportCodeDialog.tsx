/** File > Export code…: the graph as a TF.js module, TF1 Python or Keras, downloaded; an exporter's refusal is shown instead of a file. */
import { useState } from 'react';
import { platform } from '../documents/appDocuments.ts';
import { Modal } from '../ui/Modal.tsx';
import { exportNotice } from '../export/exportNotice.ts';
import { flowStore } from '../store/flowStore.ts';
import { CODE_TARGETS, type CodeTarget, exportCode } from './codeFiles.ts';
import './codeio.css';

/** The export dialog; `onClose` unmounts it. */
export function ExportCodeDialog({ onClose }: { onClose(): void }) {
  const [problem, setProblem] = useState<string>();

  const write = async (target: CodeTarget) => {
    const { document, file } = flowStore.getState();
    const result = exportCode(document, file.name, target);
    if (!result.ok) return setProblem(`${CODE_TARGETS[target].label}: ${result.message}`);
    const outcome = await platform.exportFile?.(result.file);
    if (!outcome) return;
    const notice = exportNotice(outcome);
    if (notice) flowStore.getState().setNotice(notice);
    onClose();
  };

  return (
    <Modal titleId="export-code-title" descriptionId="export-code-text" onCancel={onClose} className="codeio">
      <h2 id="export-code-title" className="modal__title">
        Export code
      </h2>
      <p id="export-code-text" className="modal__text">
        Downloads code that builds and trains this graph elsewhere, named after the document.
      </p>
      <div className="codeio__targets">
        {(Object.keys(CODE_TARGETS) as CodeTarget[]).map((target, i) => (
          <button key={target} type="button" className="button" data-autofocus={i === 0 ? true : undefined} onClick={() => void write(target)}>
            {CODE_TARGETS[target].label}
          </button>
        ))}
      </div>
      {problem && (
        <p className="codeio__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="modal__actions">
        <span className="modal__spacer" />
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
