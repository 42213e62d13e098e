/** File > Export TensorBoard logs: the current run's event file, downloaded. */
import { platform } from '../documents/appDocuments.ts';
import { exportNotice } from '../export/exportNotice.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import { runEventsFile } from './eventsFile.ts';

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
    const { name, data } = runEventsFile(run, state.run.histograms);
    const outcome = await platform.exportFile?.({ name, mime: 'application/octet-stream', data });
    const notice = outcome && exportNotice(outcome);
    if (notice) store.getState().setNotice(notice);
  } catch (e) {
    // A NaN or Inf in a logged value stops the writer, as it stops TensorFlow's.
    store.getState().setNotice({ kind: 'error', text: `Could not export the logs: ${e instanceof Error ? e.message : String(e)}` });
  }
}
