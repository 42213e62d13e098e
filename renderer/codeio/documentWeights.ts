/**
 * Trained weights kept inside the document: File > Save with trained weights
 * writes the run's checkpoint into the document's optional `weights` block
 * (validated on open, as `flowboard train --save-weights X.flow.json` writes
 * it) and saves; opening a document that keeps weights loads them into a run,
 * so Run shows the trained model and Train continues from their step. A
 * checkpoint from another graph (the graph was edited after saving) is
 * refused with the variables that do not match, and the run starts fresh.
 */
import { readCheckpoint } from '../../core/checkpoint/readCheckpoint.ts';
import { writeCheckpoint } from '../../core/checkpoint/writeCheckpoint.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import { setDocumentWeights } from '../store/commands/documentWeights.ts';
import type { TrainingClient } from '../training/trainingClient.ts';

/** Puts the run's weights into the document and saves it with `save` (the File > Save command). */
export async function saveWithTrainedWeights(store: FlowStore, client: TrainingClient, save: () => Promise<{ status: string }>): Promise<void> {
  const result = await client.readWeights();
  const state = store.getState();
  if (!result.ok) return state.setNotice({ kind: 'info', text: `Cannot save with weights: ${result.message}.` });
  const checkpoint = writeCheckpoint(state.run.trainedDocument ?? state.document, result.state);
  if (!state.apply(setDocumentWeights, { weights: checkpoint }).ok) return;
  const outcome = await save();
  if (outcome.status === 'saved') store.getState().setNotice({ kind: 'info', text: `Saved "${store.getState().file.name}" with ${result.state.variables.size} trained variables at step ${result.state.step}: opening it restores them` });
}

/** Loads the weights the open document keeps into a run of it; says what happened in the status bar. */
export async function restoreKeptWeights(store: FlowStore, client: TrainingClient): Promise<void> {
  const kept = store.getState().document.weights;
  if (!kept) return;
  const read = readCheckpoint(kept);
  const notice = (kind: 'info' | 'error', text: string) => store.getState().setNotice({ kind, text });
  if (!read.ok) return notice('error', `The weights kept in the document cannot be read: ${read.problem}`);
  const result = await client.restoreWeights(read.checkpoint);
  if (!result.ok) return notice('error', `Did not restore the weights kept in the document: ${result.message}`);
  notice('info', `Restored ${result.variables} trained variables at step ${result.step} kept in the document: Run shows the trained model, Train continues from there`);
}

/** Restores kept weights now and whenever another document that keeps weights is opened; returns the unsubscribe. */
export function restoreWeightsOnOpen(store: FlowStore, client: TrainingClient): () => void {
  if (store.getState().document.weights) void restoreKeptWeights(store, client);
  return store.subscribe((state, previous) => {
    if (state.generation !== previous.generation && state.document.weights) void restoreKeptWeights(store, client);
  });
}
