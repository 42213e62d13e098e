/** Carries out the desktop menu's edit, view and help commands; mounted under the ReactFlowProvider to reach the view. */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useViewActions } from '../canvas/useViewActions.ts';
import { platform } from '../documents/appDocuments.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { runMenuCommand } from './menuCommands.ts';

/** Renders nothing; listens while mounted. */
export function MenuCommands() {
  const view = useViewActions();
  const rf = useReactFlow();
  useEffect(() => {
    const s = () => flowStore.getState();
    return platform.onCommand((command) =>
      runMenuCommand(command, {
        undo: () => actions.undo(),
        redo: () => actions.redo(),
        deleteSelection: () => actions.deleteSelection(),
        toggleGradients: () => s().setShowGradients(!s().showGradients),
        togglePalette: () => s().togglePanel('palette'),
        toggleProperties: () => s().togglePanel('properties'),
        zoomIn: () => void rf.zoomIn({ duration: 150 }),
        zoomOut: () => void rf.zoomOut({ duration: 150 }),
        fitView: () => view.fit(),
        showShortcuts: () => s().setHelpOpen(true),
      }),
    );
  }, [view, rf]);
  return null;
}
