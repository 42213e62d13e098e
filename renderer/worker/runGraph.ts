/**
 * The worker's side of Run: one TF1 `sess.run(fetches, feed_dict)`, as the
 * CLI's `flowboard run` does it. Placeholders get the typed feeds first, else
 * the data bound to them in the session; the variables are the trained ones
 * when the graph is loaded for training, else fresh from their initializers.
 */
import * as tf from '@tensorflow/tfjs-core';
import { ancestors } from '../../core/autodiff/paths.ts';
import { analyze } from '../../core/graph/analyze.ts';
import type { DataBinding } from '../../core/graph/document.ts';
import { SAFE_MEMORY_BUDGET } from '../../core/graph/memory.ts';
import type { DataContext } from '../../core/data/source.ts';
import { FeedSet } from '../../core/runtime/feedSet.ts';
import { RunError } from '../../core/runtime/runError.ts';
import { type FeedMap, Session } from '../../core/runtime/session.ts';
import { type FetchedValue, MAX_FETCHED_ELEMENTS, type RunRequest, type RunResult } from '../training/protocol.ts';

/** Ops whose run changes state: fetching them would train, which Run never does. */
const TRAINS = new Set(['Minimize', 'ApplyGradient']);

/** Runs the request on `trained` (the training session) when given, else on a fresh session that is freed after. */
export async function runGraph(request: RunRequest, backend: string, context: DataContext, trained?: Session): Promise<RunResult> {
  // A run that cannot fit the memory budget is refused with the node named, before anything is allocated.
  const memoryBudget = request.memoryBudget ?? SAFE_MEMORY_BUDGET;
  const session = trained ?? new Session(analyze(request.doc, { memoryBudget }), { backend, seed: request.seed, memoryBudget });
  let bound: FeedSet | undefined;
  try {
    const refs = request.fetches.map((id) => fetchRef(session, id));
    // CSV files picked in the app are kept in the document.
    bound = await FeedSet.load(session.analysis, boundData(request, session), { ...context, files: request.doc.session?.files });
    const { feeds } = bound.feeds();
    const all: FeedMap = { ...feeds, ...request.feeds };
    const tensors = session.run(refs, all);
    try {
      const values = await Promise.all(tensors.map((t, i) => fetchedValue(refs[i].node, t)));
      return { ok: true, values };
    } finally {
      tf.dispose(tensors);
    }
  } catch (e) {
    const error = e as Error & { nodeId?: string };
    return { ok: false, message: error.message, nodeId: error.nodeId };
  } finally {
    bound?.dispose();
    if (!trained) session.dispose();
  }
}

/** The first output of a node to fetch; a node that trains is refused with what to press instead. */
function fetchRef(session: Session, id: string) {
  const entry = session.analysis.index.nodes.get(id);
  if (!entry) throw new RunError(`there is no node "${id}" to fetch; pick one of the graph's nodes`);
  if (TRAINS.has(entry.node.op)) throw new RunError(`${entry.node.op} "${entry.node.name}" takes a training step when it runs; Run only computes values, so press Step or Train to train, and fetch the loss to see it`, id);
  const output = entry.def?.outputs[0]?.name;
  if (output === undefined) throw new RunError(`${entry.node.op} "${entry.node.name}" has no output to fetch`, id);
  return { node: id, output };
}

/**
 * The session's bindings of the placeholders the fetches need and no typed
 * feed covers: data nothing needs (MNIST for a fetch of a constant) is not read.
 */
function boundData(request: RunRequest, session: Session): Record<string, DataBinding> {
  const { index } = session.analysis;
  const needed = new Set(request.fetches.flatMap((id) => [...ancestors(index, id)]));
  const out: Record<string, DataBinding> = {};
  for (const [id, binding] of Object.entries(request.doc.session?.feeds ?? {})) {
    if (id in request.feeds || !needed.has(id) || index.nodes.get(id)?.node.op !== 'Placeholder') continue;
    out[id] = binding;
  }
  return out;
}

async function fetchedValue(nodeId: string, t: tf.Tensor): Promise<FetchedValue> {
  const data = await t.data();
  const n = Math.min(data.length, MAX_FETCHED_ELEMENTS);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = Number(data[i]);
  return { nodeId, dtype: t.dtype, shape: t.shape, values };
}
