/** The toolbar's document controls: the File menu (in a browser; the desktop has a native one) and the sample gallery button. */
import { platform } from './appDocuments.ts';
import { documentsStore } from './documentsStore.ts';
import { FileMenu } from './FileMenu.tsx';

/** Mounted in the toolbar. */
export function FileControls() {
  return (
    <div className="toolbar__group file-controls">
      {!platform.nativeMenu && <FileMenu />}
      <button type="button" className="button" aria-label="Samples" title="Open sample… (the lesson gallery)" onClick={() => documentsStore.getState().setGalleryOpen(true)}>
        <span className="button__icon" aria-hidden>
          ▦
        </span>
        <span className="button__label">Samples</span>
      </button>
    </div>
  );
}
