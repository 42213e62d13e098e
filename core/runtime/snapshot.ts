/**
 * A cheap copy of a session's state (variables, optimizer slots, where the
 * random nodes' generators stand) that a later step can be rolled back to,
 * so a blow-up can be replayed from the last state known to be good.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { view } from '../compile/view.ts';
import type { Session } from './session.ts';

export interface StateSnapshot {
  /** The training step the state was taken before. */
  readonly step: number;
  /** Puts the session back as it was; variables and slots made since are dropped, to be made afresh from their initializers. */
  restore(): void;
  dispose(): void;
}

/** Views of every state tensor: no data is copied, since an update swaps a variable's data rather than writing into it. */
export function snapshotSession(session: Session, step: number): StateSnapshot {
  const { variables, slots, streams } = session.state();
  const positions = new Map([...streams].map(([id, s]) => [id, s.position]));
  const savedVariables = new Map([...variables].map(([id, v]) => [id, view(v)]));
  const savedSlots = new Map([...slots].map(([id, m]) => [id, new Map([...m].map(([name, v]) => [name, view(v)]))]));
  const all = (): tf.Tensor[] => [...savedVariables.values(), ...[...savedSlots.values()].flatMap((m) => [...m.values()])];
  return {
    step,
    restore() {
      const live = session.state();
      rollBack(live.variables, savedVariables);
      for (const [id, m] of live.slots) rollBack(m, savedSlots.get(id) ?? new Map());
      // A generator made since starts again where it started.
      for (const [id, s] of live.streams) s.position = positions.get(id) ?? 0;
      session.step = step;
    },
    dispose() {
      for (const t of all()) t.dispose();
    },
  };
}

function rollBack(live: Map<string, tf.Variable>, saved: ReadonlyMap<string, tf.Tensor>): void {
  for (const [key, v] of live) {
    const old = saved.get(key);
    if (old) v.assign(old);
    else {
      v.dispose();
      live.delete(key);
    }
  }
}
