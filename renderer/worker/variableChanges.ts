/**
 * What one update did to each trained variable: its values read before the
 * step, compared with those after. Step-through shows these on the variables
 * and on their update nodes.
 */
import type { Trainer } from '../../core/runtime/trainer.ts';
import type { VariableChange } from '../training/protocol.ts';

/** Trained variable id -> its values, as they are now. */
export type VariableValues = Map<string, Float32Array>;

/** Reads every trained variable's values (copies, so a later update cannot change them). */
export async function readVariables(trainer: Trainer): Promise<VariableValues> {
  const out: VariableValues = new Map();
  for (const id of trainer.graph.gradients.keys()) {
    const [t] = trainer.session.run([{ node: id, output: 'value' }]);
    try {
      out.set(id, Float32Array.from((await t.data()) as Float32Array));
    } finally {
      t.dispose();
    }
  }
  return out;
}

/** How each variable moved from `before` to `after`: means, and the norm and largest element of the difference. */
export function variableChanges(trainer: Trainer, before: VariableValues, after: VariableValues): VariableChange[] {
  const changes: VariableChange[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now || now.length !== old.length) continue;
    let sumBefore = 0;
    let sumAfter = 0;
    let squares = 0;
    let largest = 0;
    for (let i = 0; i < old.length; i++) {
      const d = now[i] - old[i];
      sumBefore += old[i];
      sumAfter += now[i];
      squares += d * d;
      largest = Math.max(largest, Math.abs(d));
    }
    const n = Math.max(1, old.length);
    changes.push({ id, updateNode: trainer.graph.updates.get(id), before: sumBefore / n, after: sumAfter / n, deltaNorm: Math.sqrt(squares), deltaMax: largest });
  }
  return changes;
}
