/**
 * A session's Variables and optimizer slots as plain values, to save as a
 * checkpoint (core/checkpoint), and back into the session on restore. Slots
 * live per ApplyGradient node; a checkpoint keys them by the Variable's name.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { SavedState, StateTensor } from '../checkpoint/savedState.ts';
import type { Session } from './session.ts';

/** How the session's training graph updates its Variables: their ApplyGradient node ids and the optimizer's kind. */
export interface UpdateNodes {
  /** Trained variable id -> its ApplyGradient node id. */
  updates: ReadonlyMap<string, string>;
  optimizer: string;
}

/** Every Variable's value (made from its initializer if it has none yet) and, with `training`, every optimizer slot. */
export async function readSessionState(session: Session, step: number, training?: UpdateNodes): Promise<SavedState> {
  const variables = new Map<string, StateTensor>();
  for (const node of session.analysis.doc.nodes) {
    if (node.op !== 'Variable') continue;
    variables.set(node.name, await read(session.variable(node.id)));
  }
  const state: SavedState = { step, variables };
  if (training) {
    const slots = new Map<string, Map<string, StateTensor>>();
    const live = session.state().slots;
    for (const [variableId, updateId] of training.updates) {
      const byName = live.get(updateId);
      if (!byName || byName.size === 0) continue;
      const out = new Map<string, StateTensor>();
      for (const [name, v] of byName) out.set(name, await read(v));
      slots.set(nameOf(session, variableId), out);
    }
    state.optimizer = { kind: training.optimizer, slots };
  }
  return state;
}

/**
 * Sets every Variable the state names to its saved value and the step; with
 * `training` also the slots, when they were saved for the same optimizer
 * (else the optimizer starts afresh, and the note says so). The caller has
 * matched the checkpoint to the graph first (matchCheckpoint).
 */
export function restoreSessionState(session: Session, state: SavedState, training?: UpdateNodes): string[] {
  const notes: string[] = [];
  for (const node of session.analysis.doc.nodes) {
    const saved = node.op === 'Variable' ? state.variables.get(node.name) : undefined;
    if (saved) assign(session.variable(node.id), saved);
  }
  session.step = state.step;
  if (!training) return notes;
  const live = session.state().slots;
  // Slots made before the load belong to the values it replaced.
  for (const updateId of training.updates.values()) disposeSlots(live, updateId);
  if (state.optimizer && state.optimizer.kind !== training.optimizer) {
    notes.push(`the optimizer's state was saved for ${state.optimizer.kind} and the graph trains with ${training.optimizer}, so the optimizer starts afresh`);
    return notes;
  }
  for (const [variableId, updateId] of training.updates) {
    const saved = state.optimizer?.slots.get(nameOf(session, variableId));
    if (!saved) continue;
    const shape = state.variables.get(nameOf(session, variableId))?.shape.join(',');
    const fitting = [...saved].filter(([, t]) => t.shape.join(',') === shape);
    if (fitting.length < saved.size) notes.push(`some optimizer slots of "${nameOf(session, variableId)}" have another shape than the variable and were left out`);
    live.set(updateId, new Map(fitting.map(([name, t]) => [name, slotVariable(t)])));
  }
  return notes;
}

async function read(v: tf.Tensor): Promise<StateTensor> {
  return { shape: [...v.shape], values: Float32Array.from(await v.data()) };
}

function assign(v: tf.Variable, saved: StateTensor): void {
  const t = tf.tensor(saved.values, saved.shape, 'float32');
  v.assign(t);
  t.dispose();
}

function slotVariable(saved: StateTensor): tf.Variable {
  const t = tf.tensor(saved.values, saved.shape, 'float32');
  const v = tf.variable(t, false);
  t.dispose();
  return v;
}

function disposeSlots(live: Map<string, Map<string, tf.Variable>>, updateId: string): void {
  for (const v of live.get(updateId)?.values() ?? []) v.dispose();
  live.delete(updateId);
}

function nameOf(session: Session, id: string): string {
  return session.analysis.index.nodes.get(id)!.node.name;
}
