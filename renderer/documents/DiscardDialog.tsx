/** "Save changes to …?" before an edited document is replaced: Save, Don't save, Cancel. */
import type { DiscardChoice } from '../platform/browserPlatform.ts';
import { Modal } from '../ui/Modal.tsx';

/** The unsaved-changes prompt; Escape cancels. */
export function DiscardDialog({ name, answer }: { name: string; answer(choice: DiscardChoice): void }) {
  return (
    <Modal titleId="discard-title" descriptionId="discard-text" onCancel={() => answer('cancel')}>
      <h2 id="discard-title" className="modal__title">
        Save changes to “{name}”?
      </h2>
      <p id="discard-text" className="modal__text">
        Your changes will be lost if you don't save them.
      </p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => answer('discard')}>
          Don't save
        </button>
        <span className="modal__spacer" />
        <button type="button" className="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={() => answer('save')}>
          Save
        </button>
      </div>
    </Modal>
  );
}
