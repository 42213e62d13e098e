/** The top bar: document title, undo and redo, theme. */
import { actions } from '../store/flowStore.ts';
import { useCanRedo, useCanUndo, useDocument, useIsDirty } from '../store/hooks.ts';
import { ShowGradientsButton } from './ShowGradientsButton.tsx';
import { ThemeButton } from './ThemeButton.tsx';

/** The toolbar across the top of the window. */
export function Toolbar() {
  const title = useDocument().meta.title;
  const dirty = useIsDirty();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  return (
    <header className="toolbar" role="toolbar" aria-label="Document">
      <span className="toolbar__brand">Flowboard</span>
      <span className="toolbar__sep" aria-hidden />
      <h1 className="toolbar__title" style={{ fontSize: 'inherit', margin: 0 }}>
        {title}
        {dirty && <span className="toolbar__dirty" title="Edited since opened or saved"> — edited</span>}
      </h1>
      <span className="toolbar__spacer" />
      <div className="toolbar__group">
        <button type="button" className="button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => actions.undo()}>
          <span className="button__icon" aria-hidden>↶</span>
        </button>
        <button type="button" className="button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={() => actions.redo()}>
          <span className="button__icon" aria-hidden>↷</span>
        </button>
      </div>
      <ShowGradientsButton />
      <ThemeButton />
    </header>
  );
}
