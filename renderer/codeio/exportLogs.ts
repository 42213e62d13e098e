/** File > Export TensorBoard logs: the current run's event file (graph, scalars, histograms, images), downloaded. */
import { DEFAULT_MAX_OUTPUTS } from '../../core/graph/document.ts';
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
    // The graph and summaries as the run was trained: max_outputs decides TF1's image tags.
    const trained = state.run.trainedDocument ?? state.document;
    const summaries = trained.session?.images ?? [];
    const maxOutputs = (nodeId: string) => summaries.find((s) => s.node === nodeId)?.maxOutputs ?? DEFAULT_MAX_OUTPUTS;
    const { name, data } = runEventsFile(run, { graphDef: trainingGraphDef(trained), histograms: state.run.histograms, images: state.run.images, maxOutputs });
    const outcome = await platform.exportFile?.({ name, mime: 'application/octet-stream', data });
    const notice = outcome && exportNotice(outcome);
    if (notice) store.getState().setNotice(notice);
  } catch (e) {
    // A NaN or Inf in a logged value stops the writer, as it stops TensorFlow's.
    store.getState().setNotice({ kind: 'error', text: `Could not export the logs: ${e instanceof Error ? e.message : String(e)}` });
  }
}
