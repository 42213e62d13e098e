/** "Restore unsaved changes from …?" at start, when a draft was left by a crash or reload. */
import { formatWhen } from './formatWhen.ts';
import { Modal } from '../ui/Modal.tsx';

/** Restore or Discard; a choice is needed, so Escape does nothing. */
export function RestoreDialog({ name, savedAt, answer }: { name: string; savedAt: string; answer(restore: boolean): void }) {
  return (
    // Closing it anyway restores: the choice that loses nothing.
    <Modal titleId="restore-title" descriptionId="restore-text" onForcedClose={() => answer(true)}>
      <h2 id="restore-title" className="modal__title">
        Restore unsaved changes from {formatWhen(savedAt)}?
      </h2>
      <p id="restore-text" className="modal__text">
        Flowboard kept a draft of “{name}” with changes that were never saved. Discarding it deletes the draft.
      </p>
      <div className="modal__actions">
        <span className="modal__spacer" />
        <button type="button" className="button" onClick={() => answer(false)}>
          Discard
        </button>
        <button type="button" className="button button--primary" data-autofocus onClick={() => answer(true)}>
          Restore
        </button>
      </div>
    </Modal>
  );
}
