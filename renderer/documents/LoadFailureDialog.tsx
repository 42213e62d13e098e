/** Why a document could not be opened: each problem's code, node, message and fix. Nothing else changed. */
import type { LoadFailure } from '../platform/platform.ts';
import { useFileInfo } from '../store/hooks.ts';
import { Modal } from '../ui/Modal.tsx';

/** The load-failure report; OK or Escape closes it. */
export function LoadFailureDialog({ failure, answer }: { failure: LoadFailure; answer(): void }) {
  const current = useFileInfo();
  return (
    <Modal titleId="failure-title" descriptionId="failure-text" onCancel={answer} className="modal--wide">
      <h2 id="failure-title" className="modal__title">
        {failure.name ? `Could not open “${failure.name}”` : 'Could not open the document'}
      </h2>
      <div id="failure-text" className="modal__text">
        <p>{failure.message}</p>
        <p className="modal__muted">Nothing was changed: “{current.name}” is still open.</p>
      </div>
      {failure.diagnostics.length > 0 && (
        <ul className="diagnostics" aria-label="Problems">
          {failure.diagnostics.map((d, i) => (
            <li key={i} className="diagnostics__item" data-severity={d.severity}>
              <div className="diagnostics__head">
                <code className="diagnostics__code">{d.code}</code>
                {(d.nodeName ?? d.nodeId) && <span className="diagnostics__node">node “{d.nodeName ?? d.nodeId}”</span>}
              </div>
              <p className="diagnostics__message">{d.message}</p>
              {d.fix && <p className="diagnostics__fix">Fix: {d.fix}</p>}
            </li>
          ))}
        </ul>
      )}
      <div className="modal__actions">
        <span className="modal__spacer" />
        <button type="button" className="button button--primary" data-autofocus onClick={answer}>
          OK
        </button>
      </div>
    </Modal>
  );
}
