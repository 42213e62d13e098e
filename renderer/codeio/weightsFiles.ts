/**
 * File > Save trained weights and Load weights…: the run's checkpoint
 * (core/checkpoint) handed to the user as `<name>.weights.json` (a download,
 * or a save dialog on the desktop), and a picked checkpoint (or a document
 * keeping weights) loaded into a run of the open graph. The status bar says
 * what happened: how many variables at which step, or which do not match.
 */
import { CHECKPOINT_EXTENSION } from '../../core/checkpoint/checkpoint.ts';
import { readWeightsText } from '../../core/checkpoint/readCheckpoint.ts';
import { checkpointText, writeCheckpoint } from '../../core/checkpoint/writeCheckpoint.ts';
import { platform } from '../documents/appDocuments.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import type { TrainingClient } from '../training/trainingClient.ts';

/** Reads the run's weights and saves them as a `.weights.json` file named after the document. */
export async function saveTrainedWeights(store: FlowStore, client: TrainingClient): Promise<void> {
  const result = await client.readWeights();
  const state = store.getState();
  if (!result.ok) return state.setNotice({ kind: 'info', text: `Cannot save weights: ${result.message}.` });
  const text = checkpointText(writeCheckpoint(state.run.trainedDocument ?? state.document, result.state));
  const name = `${state.file.name.replace(/\.flow\.json$|\.json$/, '')}${CHECKPOINT_EXTENSION}`;
  const outcome = await platform.exportFile({ name, mime: 'application/json', data: text });
  if (outcome.status === 'saved') state.setNotice({ kind: 'info', text: `Saved ${result.state.variables.size} variables at step ${result.state.step} to "${outcome.name}"` });
  else if (outcome.status === 'failed') state.setNotice({ kind: 'error', text: outcome.message });
}

/** Asks for a weights file and loads it into a run of the open graph. */
export async function loadWeights(store: FlowStore, client: TrainingClient): Promise<void> {
  const file = await chooseWeightsFile();
  if (!file) return;
  const read = readWeightsText(await file.text());
  const notice = (kind: 'info' | 'error', text: string) => store.getState().setNotice({ kind, text });
  if (!read.ok) return notice('error', `Could not load weights from "${file.name}": ${read.problem}`);
  const result = await client.restoreWeights(read.checkpoint);
  if (!result.ok) return notice('error', `Did not load "${file.name}": ${result.message}`);
  const notes = result.notes.length > 0 ? ` (${result.notes.join('; ')})` : '';
  notice('info', `Loaded ${result.variables} variables at step ${result.step} from "${file.name}": Train continues from there, Run uses them${notes}`);
}

/** The browser's (and Electron's) file chooser for a weights file; undefined on cancel. */
function chooseWeightsFile(): Promise<File | undefined> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = `${CHECKPOINT_EXTENSION},.json,application/json`;
  input.dataset.testid = 'weights-file-input';
  return new Promise((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
