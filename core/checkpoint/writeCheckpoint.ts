/** Encodes a session's saved state as a checkpoint, and a checkpoint as file text. */
import type { GraphDocument } from '../graph/document.ts';
import { CHECKPOINT_ENCODING, CHECKPOINT_FORMAT, CHECKPOINT_VERSION, type Checkpoint, type SavedSlot } from './checkpoint.ts';
import { float32ToBase64 } from './float32Base64.ts';
import { graphFingerprint } from './graphFingerprint.ts';
import type { SavedState, StateTensor } from './savedState.ts';

/** The checkpoint of `state`, saved from `doc` (the drawn document: its title and fingerprint are recorded). */
export function writeCheckpoint(doc: GraphDocument, state: SavedState): Checkpoint {
  const checkpoint: Checkpoint = {
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    encoding: CHECKPOINT_ENCODING,
    graph: { title: doc.meta.title, fingerprint: graphFingerprint(doc) },
    step: state.step,
    variables: [...state.variables].map(([name, t]) => ({ name, ...encoded(t) })),
  };
  if (state.optimizer) {
    const slots: SavedSlot[] = [];
    for (const [variable, byName] of state.optimizer.slots) for (const [slot, t] of byName) slots.push({ variable, slot, ...encoded(t) });
    checkpoint.optimizer = { kind: state.optimizer.kind, slots };
  }
  return checkpoint;
}

/** The checkpoint as a `.weights.json` file: the header fields first, one line per tensor, so a reader sees names and shapes at the top. */
export function checkpointText(checkpoint: Checkpoint): string {
  const { variables, optimizer, ...header } = checkpoint;
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const list = (items: object[], indent: string) => (items.length === 0 ? '[]' : `[\n${items.map((t) => `${indent}  ${JSON.stringify(t)}`).join(',\n')}\n${indent}]`);
  const lines = [...head, `  "variables": ${list(variables, '  ')}`];
  if (optimizer) lines.push(`  "optimizer": {\n    "kind": ${JSON.stringify(optimizer.kind)},\n    "slots": ${list(optimizer.slots, '    ')}\n  }`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function encoded(t: StateTensor) {
  return { shape: [...t.shape], dtype: 'float32' as const, data: float32ToBase64(t.values) };
}
