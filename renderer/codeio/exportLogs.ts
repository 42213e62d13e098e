/** File > Export TensorBoard logs: the current run's event file (graph, scalars, histograms, images), downloaded. */
import { platform } from '../documents/appDocuments.ts';
import { exportNotice } from '../export/exportNotice.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import { runEventsFile, trainingGraphDef } from './eventsFile.ts';

/** The run the logs come from: the current one, once it has logged. */
export function currentRunRecord(state: ReturnType<FlowStore['getState']>) {
  const { runs, currentRun } = state.run;
  return runs.find((r) => r.id === currentRun);
}

/** Writes and downloads the current run's logs, saying how it went in the status bar. */
export async function exportRunLogs(store: FlowStore): Promise<void> {
  const state = store.getState();
  const run = currentRunRecord(state);
  if (!run) return state.setNotice({ kind: 'info', text: 'Train the graph first: there is no run to export.' });
  try {
    // The graph as the run trained it.
    const graphDef = trainingGraphDef(state.run.trainedDocument ?? state.document);
    const { name, data } = runEventsFile(run, { graphDef, histograms: state.run.histograms, images: state.run.images });
    const outcome = await platform.exportFile?.({ name, mime: 'application/octet-stream', data });
    const notice = outcome && exportNotice(outcome);
    if (notice) store.getState().setNotice(notice);
  } catch (e) {
    // A NaN or Inf in a logged value stops the writer, as it stops TensorFlow's.
    store.getState().setNotice({ kind: 'error', text: `Could not export the logs: ${e instanceof Error ? e.message : String(e)}` });
  }
}
