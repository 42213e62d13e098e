/**
 * A run's memory, checked before it starts. The static analysis counts a `?`
 * as 1; here the fed shapes take the Placeholders' place and shapes are
 * inferred again along the plan, so a OneHot of a 10-example batch is
 * counted at 10 rows. A run holds every tensor of its plan until it ends
 * (the session frees them together), so the plan's peak is their sum.
 */
import type { GraphAnalysis } from '../graph/analyze.ts';
import { RAISE_BUDGET, type SizedTensor, tensorProblem, tensorSize, totalProblem } from '../graph/memory.ts';
import type { TensorType } from '../graph/shape.ts';
import { isFailure } from '../ops/opDef.ts';
import type { Plan } from '../compile/compile.ts';

const ADVICE = `nothing was run. Feed fewer examples at once, make the tensor smaller, or ${RAISE_BUDGET}`;

/** Why the plan cannot run with feeds of these shapes (the message and the node to name), or undefined when it fits. */
export function planMemoryProblem(analysis: GraphAnalysis, plan: Plan, feedShapes: ReadonlyMap<string, number[]>, budget: number | undefined): { message: string; nodeId: string } | undefined {
  const tensors = planTensors(analysis, plan, feedShapes);
  let worst: { t: SizedTensor; bytes: number; problem: string } | undefined;
  for (const t of tensors) {
    const problem = tensorProblem(t, budget, 'would hold');
    const { bytes } = tensorSize(t.dtype, t.shape);
    if (problem && (!worst || bytes > worst.bytes)) worst = { t, bytes, problem };
  }
  if (worst) return { message: `${worst.problem}; ${ADVICE}`, nodeId: worst.t.nodeId };
  if (budget === undefined) return undefined;
  const total = totalProblem(tensors, budget, "this run's tensors");
  return total && { message: `${total.message}; ${ADVICE}`, nodeId: total.nodeId };
}

/** The outputs of every node the plan runs or feeds, with concrete shapes where the feeds decide them. */
function planTensors(analysis: GraphAnalysis, plan: Plan, feedShapes: ReadonlyMap<string, number[]>): SizedTensor[] {
  const inPlan = new Set([...plan.feedSlots.keys(), ...plan.steps.map((s) => s.nodeId)]);
  const concrete = new Map<string, TensorType[]>();
  const out: SizedTensor[] = [];
  for (const id of analysis.order) {
    if (!inPlan.has(id)) continue;
    const entry = analysis.index.nodes.get(id)!;
    const types = typesOf(analysis, id, feedShapes, concrete);
    concrete.set(id, types);
    for (const type of types) out.push({ nodeId: id, label: `${entry.node.op} "${entry.node.name}"`, dtype: type.dtype, shape: type.shape });
  }
  return out;
}

function typesOf(analysis: GraphAnalysis, id: string, feedShapes: ReadonlyMap<string, number[]>, concrete: Map<string, TensorType[]>): TensorType[] {
  const entry = analysis.index.nodes.get(id)!;
  const known = analysis.types.get(id)!;
  const fed = feedShapes.get(id);
  if (fed) return [{ dtype: known[0].dtype, shape: fed }];
  const inputs: TensorType[] = [];
  for (const ref of entry.inputs) {
    const src = ref && analysis.index.nodes.get(ref.node);
    const t = ref && src?.def ? concrete.get(ref.node)?.[src.def.outputs.findIndex((o) => o.name === ref.output)] : undefined;
    if (!t) return known;
    inputs.push(t);
  }
  try {
    const result = entry.def!.infer({ attrs: entry.attrs as never, in: inputs, nodeName: entry.node.name });
    return isFailure(result) ? known : result;
  } catch {
    // The static types are still a lower bound; the kernel will report what is wrong with the feed.
    return known;
  }
}
