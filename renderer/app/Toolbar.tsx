/** The top bar: document title, undo and redo, canvas tools, gradients, theme and the shortcuts list. */
import { actions } from '../store/flowStore.ts';
import { DocumentTitle } from '../documents/DocumentTitle.tsx';
import { FileControls } from '../documents/FileControls.tsx';
import { useCanRedo, useCanUndo } from '../store/hooks.ts';
import { CanvasTools, HelpButton } from './CanvasTools.tsx';
import { ShowGradientsButton } from './ShowGradientsButton.tsx';
import { ThemeButton } from './ThemeButton.tsx';

/** The toolbar across the top of the window. */
export function Toolbar() {
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  return (
    <header className="toolbar" role="toolbar" aria-label="Document">
      <span className="toolbar__brand">Flowboard</span>
      <span className="toolbar__sep" aria-hidden />
      <FileControls />
      <span className="toolbar__sep" aria-hidden />
      <DocumentTitle />
      <span className="toolbar__spacer" />
      <div className="toolbar__group">
        <button type="button" className="button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => actions.undo()}>
          <span className="button__icon" aria-hidden>↶</span>
        </button>
        <button type="button" className="button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={() => actions.redo()}>
          <span className="button__icon" aria-hidden>↷</span>
        </button>
      </div>
      <CanvasTools />
      <ShowGradientsButton />
      <ThemeButton />
      <HelpButton />
    </header>
  );
}
