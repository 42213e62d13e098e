/** Carries out the desktop menu's import, export, edit, view, run and help commands; mounted under the ReactFlowProvider to reach the view. */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useViewActions } from '../canvas/useViewActions.ts';
import { ExportCodeDialog } from '../codeio/ExportCodeDialog.tsx';
import { exportRunLogs } from '../codeio/exportLogs.ts';
import { ImportPythonDialog } from '../codeio/ImportPythonDialog.tsx';
import { loadWeights, saveTrainedWeights } from '../codeio/weightsFiles.ts';
import { saveWithTrainedWeights } from '../codeio/documentWeights.ts';
import { fileCommands, platform } from '../documents/appDocuments.ts';
import { useExportImage } from '../export/useExportImage.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { openRun } from '../run/runActions.ts';
import { training } from '../training/appTraining.ts';
import { runMenuCommand } from './menuCommands.ts';

/** Listens while mounted; renders only the code dialogs the menu opens (the browser's File menu has its own). */
export function MenuCommands() {
  const view = useViewActions();
  const rf = useReactFlow();
  const exportImage = useExportImage();
  const [codeDialog, setCodeDialog] = useState<'import' | 'export'>();
  useEffect(() => {
    const s = () => flowStore.getState();
    return platform.onCommand((command) =>
      runMenuCommand(command, {
        exportPng: () => void exportImage('png'),
        exportSvg: () => void exportImage('svg'),
        importPython: () => setCodeDialog('import'),
        exportCode: () => setCodeDialog('export'),
        exportLogs: () => void exportRunLogs(flowStore),
        saveWeights: () => void saveTrainedWeights(flowStore, training()),
        saveWithWeights: () => void saveWithTrainedWeights(flowStore, training(), () => fileCommands.save(false)),
        loadWeights: () => void loadWeights(flowStore, training()),
        undo: () => actions.undo(),
        redo: () => actions.redo(),
        deleteSelection: () => actions.deleteSelection(),
        toggleGradients: () => s().setShowGradients(!s().showGradients),
        togglePalette: () => s().togglePanel('palette'),
        toggleProperties: () => s().togglePanel('properties'),
        zoomIn: () => void rf.zoomIn({ duration: 150 }),
        zoomOut: () => void rf.zoomOut({ duration: 150 }),
        fitView: () => view.fit(),
        run: () => openRun(),
        // The run toolbar's own client, which refuses with a notice a graph it cannot train.
        train: () => training().train(),
        pause: () => training().pause(),
        step: () => training().step(),
        reset: () => training().reset(),
        showShortcuts: () => s().setHelpOpen(true),
      }),
    );
  }, [view, rf, exportImage]);
  return (
    <>
      {codeDialog === 'import' && <ImportPythonDialog onClose={() => setCodeDialog(undefined)} />}
      {codeDialog === 'export' && <ExportCodeDialog onClose={() => setCodeDialog(undefined)} />}
    </>
  );
}
