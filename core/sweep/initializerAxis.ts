/**
 * The initializer axis: which initializer a Variable starts from, by kind
 * name (`randomNormal`, `glorotUniform`, `heNormal`, `zeros` ...). `W.initializer`
 * varies one Variable; the bare `initializer` varies every weight matrix at
 * once, as the course's "Xavier vs random_normal" lesson does (biases keep theirs).
 */
import type { AttrValue, GraphDocument, GraphNode } from '../graph/document.ts';
import { INITIALIZER_KINDS, type InitializerKind, RANDOM_INITIALIZER_KINDS, validateInitializer } from '../ops/initializers.ts';

/** The kinds an initializer axis takes: every kind but `constant` (which is `zeros` until given a value). */
export const SWEEP_INITIALIZER_KINDS: readonly InitializerKind[] = INITIALIZER_KINDS.filter((k) => k !== 'constant');

/** The weight matrices: trainable Variables of rank 2 or more (a dense W, a conv filter), not biases. */
export function weightVariables(doc: GraphDocument): GraphNode[] {
  return doc.nodes.filter((n) => n.op === 'Variable' && n.attrs.trainable !== false && Array.isArray(n.attrs.shape) && n.attrs.shape.length >= 2);
}

/** Why `values` are not initializer kinds for axis `target`, or undefined. */
export function initializerValuesProblem(target: string, values: readonly AttrValue[]): string | undefined {
  const bad = values.find((v) => typeof v !== 'string' || !(SWEEP_INITIALIZER_KINDS as readonly string[]).includes(v));
  return bad === undefined ? undefined : `${target} takes initializer kinds (${SWEEP_INITIALIZER_KINDS.join(', ')}), got ${JSON.stringify(bad)}`;
}

/** How to give the Variables `ids` the initializer kind of each value; or why not. */
export function initializerApplier(target: string, ids: readonly string[], values: readonly AttrValue[]): ((d: GraphDocument, v: AttrValue) => GraphDocument) | string {
  const problem = initializerValuesProblem(target, values);
  if (problem) return problem;
  const set = new Set(ids);
  return (d, v) => ({ ...d, nodes: d.nodes.map((n) => (set.has(n.id) ? { ...n, attrs: { ...n.attrs, initializer: withKind(n.attrs.initializer, v as InitializerKind) } } : n)) });
}

/**
 * The initializer `kind` as this Variable would have it: its own parameters
 * when it already has that kind (its randomNormal's stddev), else the kind's
 * defaults; an op seed it has is kept for a random kind, so runs stay reproducible.
 */
function withKind(current: AttrValue | undefined, kind: InitializerKind): AttrValue {
  const now = current === undefined ? undefined : validateInitializer(current);
  const spec = now && 'spec' in now ? now.spec : undefined;
  if (spec?.kind === kind) return current!;
  const out: Record<string, AttrValue> = { ...(validateInitializer({ kind }) as { spec: Record<string, AttrValue> }).spec };
  if (spec && 'seed' in spec && spec.seed !== undefined && RANDOM_INITIALIZER_KINDS.has(kind)) out.seed = spec.seed;
  return out;
}
