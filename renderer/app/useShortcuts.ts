/** Binds the keyboard shortcuts (the table in shortcuts.ts) to the store's actions and the canvas view. */
import { useEffect } from 'react';
import { canvasPointer } from '../canvas/pointer.ts';
import { useScreenToFlow } from '../canvas/useScreenToFlow.ts';
import { useViewActions } from '../canvas/useViewActions.ts';
import { toggleRun } from '../run/runActions.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { isTextField, type ShortcutAction, shortcutFor } from '../ui/shortcuts.ts';

type Run = Partial<Record<ShortcutAction, () => boolean>>;

/** Listens on the window; keys typed into fields stay with the field. Call it under the ReactFlowProvider. */
export function useShortcuts(): void {
  const view = useViewActions();
  const screenToFlow = useScreenToFlow();
  useEffect(() => {
    const s = () => flowStore.getState();
    /** Runs an action; false when it should not take the key from the browser. */
    const run: Run = {
      undo: () => (actions.undo(), true),
      redo: () => (actions.redo(), true),
      delete: () => (actions.deleteSelection(), true),
      duplicate: () => (actions.duplicateSelection(), true),
      // With text selected on the page (a doc paragraph), Ctrl+C copies that text as usual.
      copy: () => !window.getSelection()?.toString() && actions.copySelection() > 0,
      paste() {
        // At the pointer when it is over the canvas; beside the originals when the keys came from elsewhere.
        const screen = canvasPointer();
        actions.pasteClipboard(screen ? screenToFlow(screen) : undefined);
        return true;
      },
      selectAll: () => (actions.selectAll(), true),
      quickAdd() {
        // Only with the pointer over the canvas: elsewhere Space keeps its usual meaning.
        const screen = canvasPointer();
        if (!screen) return false;
        s().openQuickAdd({ screen, flow: screenToFlow(screen) });
        return true;
      },
      autoLayout: () => (actions.autoLayout(), true),
      fitView: () => (view.fit(), true),
      toggleSnap: () => (s().setSnapToGrid(!s().snapToGrid), true),
      toggleGradients: () => (s().setShowGradients(!s().showGradients), true),
      run: () => (toggleRun(), true),
      help: () => (s().setHelpOpen(!s().helpOpen), true),
    };
    const onKey = (e: KeyboardEvent) => {
      // A control that handled the key itself (a palette entry's Enter or Space) keeps it.
      if (e.defaultPrevented || s().quickAdd) return;
      const action = shortcutFor(e, isTextField(e.target));
      // A modal dialog (a question, the help) owns the keyboard: Delete must not reach the canvas behind it.
      if (action !== 'help' && document.querySelector('dialog:modal')) return;
      if (action && run[action]?.()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, screenToFlow]);
}
