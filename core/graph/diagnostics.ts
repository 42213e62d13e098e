/**
 * Every problem a document can have, in one catalogue. Expected problems come
 * back as `Diagnostic` data; misuse of the API throws.
 */

export const DiagnosticCode = {
  NotADocument: 'NOT_A_DOCUMENT',
  UnknownFormat: 'UNKNOWN_FORMAT',
  VersionTooNew: 'VERSION_TOO_NEW',
  BadField: 'BAD_FIELD',
  DuplicateId: 'DUPLICATE_ID',
  DuplicateName: 'DUPLICATE_NAME',
  UnknownOp: 'UNKNOWN_OP',
  DanglingEdge: 'DANGLING_EDGE',
  UnknownOutput: 'UNKNOWN_OUTPUT',
  UnknownInput: 'UNKNOWN_INPUT',
  MissingInput: 'MISSING_INPUT',
  InputGap: 'INPUT_GAP',
  DuplicateInput: 'DUPLICATE_INPUT',
  Cycle: 'CYCLE',
  BadAttr: 'BAD_ATTR',
  ShapeMismatch: 'SHAPE_MISMATCH',
  DTypeMismatch: 'DTYPE_MISMATCH',
  PlaceholderNotFed: 'PLACEHOLDER_NOT_FED',
  BadSession: 'BAD_SESSION',
  /** Bound data that cannot feed its Placeholder: wrong shape or dtype, an unreadable kept CSV, example counts that disagree. */
  BadBinding: 'BAD_BINDING',
  /** Autodiff: gradient flow stops at an op without a gradient (ArgMax, Equal, Cast to int ...). */
  GradientStopped: 'GRADIENT_STOPPED',
  /** Autodiff: a variable the loss does not reach through differentiable ops. */
  NoGradient: 'NO_GRADIENT',
  /** One tensor over the memory budget, or with more elements than a tensor can hold (core/graph/memory.ts). */
  TensorTooLarge: 'TENSOR_TOO_LARGE',
  /** The tensors of the graph together over the memory budget; names the largest. */
  MemoryBudget: 'MEMORY_BUDGET',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong, naming the node by its user-visible name. */
  message: string;
  /** How to fix it, in one sentence. */
  fix?: string;
  nodeId?: string;
  edgeId?: string;
}

/** Builds an error diagnostic. */
export function error(code: DiagnosticCode, message: string, where: { nodeId?: string; edgeId?: string; fix?: string } = {}): Diagnostic {
  return { code, severity: 'error', message, ...where };
}

/** Builds a warning diagnostic. */
export function warning(code: DiagnosticCode, message: string, where: { nodeId?: string; edgeId?: string; fix?: string } = {}): Diagnostic {
  return { code, severity: 'warning', message, ...where };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** One line per diagnostic: `error SHAPE_MISMATCH [MatMul_1] ... Fix: ...`. */
export function formatDiagnostic(d: Diagnostic, nodeName?: (id: string) => string | undefined): string {
  const where = d.nodeId ? ` [${nodeName?.(d.nodeId) ?? d.nodeId}]` : '';
  const fix = d.fix ? ` Fix: ${d.fix}` : '';
  return `${d.severity} ${d.code}${where} ${d.message}${fix}`;
}

/** Thrown on misuse of the API (a bug in the caller, not in the document). */
export class FlowboardError extends Error {
  constructor(message: string, readonly nodeId?: string) {
    super(message);
    this.name = 'FlowboardError';
  }
}
