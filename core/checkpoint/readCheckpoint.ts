/**
 * Reads a checkpoint from untrusted JSON: checks every field and decodes
 * every tensor, or says in one sentence what is wrong. Never throws.
 */
import { FORMAT_ID } from '../graph/document.ts';
import { describe, isRecord, type JsonRecord, own } from '../graph/readJson.ts';
import { CHECKPOINT_ENCODING, CHECKPOINT_FORMAT, CHECKPOINT_VERSION, type Checkpoint } from './checkpoint.ts';
import { base64ToFloat32 } from './float32Base64.ts';
import { elementCount, type LoadedCheckpoint, type StateTensor } from './savedState.ts';

export type CheckpointRead = { ok: true; checkpoint: LoadedCheckpoint; encoded: Checkpoint } | { ok: false; problem: string };

/** Parses a `.weights.json` file, or a `.flow.json` document that keeps its weights inside (`weights`). */
export function readWeightsText(text: string): CheckpointRead {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail(`the file is not valid JSON: ${(e as Error).message}`);
  }
  if (isRecord(json) && own(json, 'format') === FORMAT_ID) {
    const weights = own(json, 'weights');
    return weights === undefined ? fail('this graph document keeps no weights inside it; save trained weights into it first, or pick a .weights.json file') : readCheckpoint(weights);
  }
  return readCheckpoint(json);
}

/** Checks and decodes a checkpoint object. */
export function readCheckpoint(json: unknown): CheckpointRead {
  if (!isRecord(json)) return fail(`this is ${describe(json)}, not saved weights (a JSON object)`);
  const format = own(json, 'format');
  if (format !== CHECKPOINT_FORMAT) return fail(format === undefined ? `this JSON object has no "format" field, so it is not saved weights ("${CHECKPOINT_FORMAT}")` : `this is a ${describe(format)} file, not saved weights ("${CHECKPOINT_FORMAT}")`);
  const version = own(json, 'version');
  if (!Number.isInteger(version) || (version as number) < 1) return fail(`"version" must be a whole number of at least 1, got ${describe(version)}`);
  if ((version as number) > CHECKPOINT_VERSION) return fail(`these weights are version ${version as number}, newer than this Flowboard reads (${CHECKPOINT_VERSION}); update Flowboard`);
  if (own(json, 'encoding') !== CHECKPOINT_ENCODING) return fail(`"encoding" must be "${CHECKPOINT_ENCODING}", got ${describe(own(json, 'encoding'))}`);
  const graph = own(json, 'graph');
  if (!isRecord(graph) || typeof own(graph, 'title') !== 'string' || typeof own(graph, 'fingerprint') !== 'string') return fail('"graph" must hold the "title" and "fingerprint" of the graph the weights came from');
  const step = own(json, 'step');
  if (!Number.isSafeInteger(step) || (step as number) < 0) return fail(`"step" must be a whole number of at least 0, got ${describe(step)}`);

  const variables = new Map<string, StateTensor>();
  const list = own(json, 'variables');
  if (!Array.isArray(list)) return fail(`"variables" must be a list, got ${describe(list)}`);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const name = isRecord(item) ? own(item, 'name') : undefined;
    if (typeof name !== 'string' || name === '') return fail(`variables[${i}] has no "name"`);
    if (variables.has(name)) return fail(`the variable "${name}" is saved twice`);
    const t = tensorOf(item as JsonRecord, `variable "${name}"`);
    if (typeof t === 'string') return fail(t);
    variables.set(name, t);
  }
  const checkpoint: LoadedCheckpoint = { graph: { title: own(graph, 'title') as string, fingerprint: own(graph, 'fingerprint') as string }, step: step as number, variables };

  const optimizer = own(json, 'optimizer');
  if (optimizer !== undefined) {
    const kind = isRecord(optimizer) ? own(optimizer, 'kind') : undefined;
    const slotList = isRecord(optimizer) ? own(optimizer, 'slots') : undefined;
    if (typeof kind !== 'string' || !Array.isArray(slotList)) return fail('"optimizer" must hold the optimizer\'s "kind" and a list of "slots"');
    const slots = new Map<string, Map<string, StateTensor>>();
    for (let i = 0; i < slotList.length; i++) {
      const item: unknown = slotList[i];
      const variable = isRecord(item) ? own(item, 'variable') : undefined;
      const slot = isRecord(item) ? own(item, 'slot') : undefined;
      if (typeof variable !== 'string' || typeof slot !== 'string') return fail(`optimizer.slots[${i}] needs the "variable" and the "slot" it belongs to`);
      if (!variables.has(variable)) return fail(`the optimizer slot "${slot}" belongs to "${variable}", which is not among the saved variables`);
      const t = tensorOf(item as JsonRecord, `slot "${slot}" of "${variable}"`);
      if (typeof t === 'string') return fail(t);
      let byName = slots.get(variable);
      if (!byName) slots.set(variable, (byName = new Map()));
      if (byName.has(slot)) return fail(`the slot "${slot}" of "${variable}" is saved twice`);
      byName.set(slot, t);
    }
    checkpoint.optimizer = { kind, slots };
  }
  return { ok: true, checkpoint, encoded: json as unknown as Checkpoint };
}

/** A tensor's shape, dtype and decoded values, or what is wrong with them. */
function tensorOf(item: JsonRecord, what: string): StateTensor | string {
  const shape = own(item, 'shape');
  if (!Array.isArray(shape) || shape.length > 8 || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) return `${what} needs a "shape": a list of at most 8 whole numbers, got ${describe(shape)}`;
  const dtype = own(item, 'dtype');
  if (dtype !== 'float32') return `${what} has dtype ${describe(dtype)}; saved weights hold float32 values`;
  const data = own(item, 'data');
  const values = typeof data === 'string' ? base64ToFloat32(data) : undefined;
  if (!values) return `${what}'s "data" is not base64 of float32 values`;
  const n = elementCount(shape as number[]);
  if (values.length !== n) return `${what} has shape [${shape.join(',')}] (${n} values) but its data holds ${values.length}`;
  return { shape: [...(shape as number[])], values };
}

function fail(problem: string): CheckpointRead {
  return { ok: false, problem };
}
