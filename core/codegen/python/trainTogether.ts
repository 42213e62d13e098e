/**
 * Several models trained in one loop, each by its own optimizer (lab 11-5:
 * `for m in models: m.train(x, y)`), become one train node: a Minimize of the
 * sum of their costs with the optimizers' common settings. A Flowboard
 * session trains one Minimize, and this one is the same training, not an
 * approximation: when the models share no trainable Variable, the sum's
 * gradient with respect to one model's variables is that model's own cost's
 * gradient (the other costs do not depend on them), and every optimizer
 * Flowboard has updates each variable from its own gradient and the step
 * count alone, so each model moves exactly as its own optimizer moves it on
 * the same batch. Where that does not hold (shared variables, other
 * settings, costs of other shapes) the models are not joined, and why is
 * returned for the note.
 */
import type { GraphDraft } from './graphDraft.ts';
import type { TensorValue } from './values.ts';

/** The joined train node and its cost. */
export interface TrainedTogether {
  train: TensorValue;
  cost: TensorValue;
}

/**
 * Joins the Minimize nodes `minimizes` (the first is the one the session would
 * train) whose costs are `losses` (by Minimize id): the new train node, or why
 * they cannot be joined.
 */
export function trainTogether(draft: GraphDraft, minimizes: readonly TensorValue[], losses: ReadonlyMap<string, TensorValue>): TrainedTogether | string {
  const costs = minimizes.map((m) => losses.get(m.ref.node));
  if (costs.some((c) => c === undefined)) return 'the cost of one of them is not known';
  const settings = minimizes.map((m) => settingsKey(draft, m.ref.node));
  const other = settings.findIndex((s) => s !== settings[0]);
  if (other > 0) return `"${minimizes[other].name}" has other settings than "${minimizes[0].name}"`;
  const shapes = costs.map((c) => (c!.type.shape === null ? 'unknown' : JSON.stringify(c!.type.shape)));
  if (shapes.some((s) => s === 'unknown' || s !== shapes[0])) return 'their costs are not all of one known shape';
  const sources = sourcesOf(draft);
  const owner = new Map<string, number>();
  for (let i = 0; i < costs.length; i++) {
    for (const variable of trainableVariablesUnder(draft, sources, costs[i]!.ref.node)) {
      const first = owner.get(variable);
      if (first !== undefined) return `"${minimizes[first].name}" and "${minimizes[i].name}" both train "${draft.node(variable)!.name}"`;
      owner.set(variable, i);
    }
  }
  const attrs = { ...draft.node(minimizes[0].ref.node)!.attrs };
  const cost = draft.add('AddN', {}, { inputs: costs as TensorValue[] }, { base: 'total_cost' });
  const train = draft.add('Minimize', attrs, { loss: cost }, { base: 'train_all' });
  return { train, cost };
}

/** A Minimize's optimizer settings, in an order-free form. */
function settingsKey(draft: GraphDraft, id: string): string {
  const attrs = draft.node(id)!.attrs;
  return JSON.stringify(Object.keys(attrs).sort().map((k) => [k, attrs[k]]));
}

/** For each node, the nodes wired into it. */
function sourcesOf(draft: GraphDraft): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of draft.edges) {
    const list = out.get(e.target);
    if (list) list.push(e.source);
    else out.set(e.target, [e.source]);
  }
  return out;
}

/** The trainable Variables `node`'s value depends on. */
function trainableVariablesUnder(draft: GraphDraft, sources: ReadonlyMap<string, string[]>, node: string): Set<string> {
  const seen = new Set<string>([node]);
  const stack = [node];
  const variables = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    const n = draft.node(id);
    if (n?.op === 'Variable' && n.attrs.trainable !== false) variables.add(id);
    for (const s of sources.get(id) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(s);
    }
  }
  return variables;
}
