/**
 * The memory budget: shape inference knows every tensor's size before
 * anything runs, so a graph whose tensors cannot fit is refused with a
 * diagnostic naming the node, its shape and its bytes, instead of freezing
 * the machine or failing deep in a kernel. The budget is a parameter: the CLI
 * derives it from the machine's memory, the app from the browser's.
 */
import type { GraphAnalysis } from './analyze.ts';
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import { type DType, formatShape, type Shape } from './shape.ts';

/** Most elements one tensor may have whatever the budget: typed arrays and tfjs index them with 32-bit integers. */
export const MAX_TENSOR_ELEMENTS = 2 ** 31 - 1;

/** The default where the machine's memory is unknown (a browser without navigator.deviceMemory). */
export const SAFE_MEMORY_BUDGET = 1e9;

/** Bounds of the machine-derived default: tfjs-wasm's heap is 4 GiB at most, and holds one tensor of about 2 GB reliably. */
const MIN_BUDGET = 256e6;
const MAX_DEFAULT_BUDGET = 2e9;

const BYTES_PER_ELEMENT: Record<DType, number> = { float32: 4, int32: 4, bool: 1 };

export const RAISE_BUDGET = "raise the memory budget if this machine has the memory (flowboard --memory-budget, or Memory in the app's status bar)";

/** The default budget for a machine with `totalBytes` of memory: half of it, within 256 MB and 2 GB. */
export function machineMemoryBudget(totalBytes: number): number {
  if (!Number.isFinite(totalBytes) || totalBytes <= 0) return MIN_BUDGET;
  return Math.min(MAX_DEFAULT_BUDGET, Math.max(MIN_BUDGET, totalBytes / 2));
}

/** A tensor's size, an unknown dimension (`?`) counted as 1, so the numbers are what it needs at least. */
export function tensorSize(dtype: DType, shape: Shape): { elements: number; bytes: number; exact: boolean } {
  let elements = 1;
  let exact = shape !== null;
  for (const d of shape ?? []) {
    if (d === null) exact = false;
    else elements *= d;
  }
  return { elements, bytes: elements * BYTES_PER_ELEMENT[dtype], exact };
}

/** `999 bytes`, `1.5 KB`, `2.5 MB`, `4.0 GB` (powers of 1000, as disks and the issue tracker count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

/** One tensor of a graph or a plan, as the checks see it. */
export interface SizedTensor {
  nodeId: string;
  /** `Variable "W"`. */
  label: string;
  dtype: DType;
  shape: Shape;
}

/** What is wrong with one tensor, or undefined when it fits; `verb` is `holds` for the graph, `would hold` for a run. */
export function tensorProblem(t: SizedTensor, budget: number | undefined, verb = 'holds'): string | undefined {
  const { elements, bytes, exact } = tensorSize(t.dtype, t.shape);
  const what = `${t.label} ${verb} ${formatShape(t.shape)} ${t.dtype}`;
  if (elements > MAX_TENSOR_ELEMENTS) return `${what}: ${exact ? '' : 'at least '}${elements} elements, more than the ${MAX_TENSOR_ELEMENTS} one tensor can hold`;
  if (budget !== undefined && bytes > budget) return `${what}: ${exact ? '' : 'at least '}${formatBytes(bytes)}, over the memory budget of ${formatBytes(budget)}`;
  return undefined;
}

/** The tensors together, when they are over the budget: the total and the largest, or undefined when they fit. */
export function totalProblem(tensors: readonly SizedTensor[], budget: number, subject: string): { message: string; nodeId: string } | undefined {
  let total = 0;
  let largest: { t: SizedTensor; bytes: number } | undefined;
  for (const t of tensors) {
    const { bytes } = tensorSize(t.dtype, t.shape);
    total += bytes;
    if (!largest || bytes > largest.bytes) largest = { t, bytes };
  }
  if (total <= budget || !largest) return undefined;
  const { t, bytes } = largest;
  return {
    nodeId: t.nodeId,
    message: `${subject} take at least ${formatBytes(total)} together, over the memory budget of ${formatBytes(budget)}; the largest is ${t.label}, ${formatShape(t.shape)} ${t.dtype}, ${formatBytes(bytes)}`,
  };
}

/**
 * The graph's memory problems: each tensor over the element limit or the
 * budget, else all of them together over the budget (a run holds every
 * tensor of its plan until it ends). Without a budget only the element limit.
 */
export function memoryDiagnostics(analysis: GraphAnalysis, budget?: number): Diagnostic[] {
  const tensors = graphTensors(analysis);
  const out: Diagnostic[] = [];
  const fix = `make the tensor smaller, or ${RAISE_BUDGET}`;
  for (const t of tensors) {
    const problem = tensorProblem(t, budget);
    if (problem) out.push(error(C.TensorTooLarge, problem, { nodeId: t.nodeId, fix }));
  }
  if (out.length > 0 || budget === undefined) return out;
  const total = totalProblem(tensors, budget, "the graph's tensors");
  if (total) out.push(error(C.MemoryBudget, total.message, { nodeId: total.nodeId, fix: `make the largest tensors smaller, or ${RAISE_BUDGET}` }));
  return out;
}

/** Every output of every node whose types are known. */
function graphTensors(analysis: GraphAnalysis): SizedTensor[] {
  const out: SizedTensor[] = [];
  for (const [id, types] of analysis.types) {
    const node = analysis.index.nodes.get(id)!.node;
    for (const type of types) out.push({ nodeId: id, label: `${node.op} "${node.name}"`, dtype: type.dtype, shape: type.shape });
  }
  return out;
}
