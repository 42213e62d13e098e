/**
 * Breakpoints and watches: the document's optional `debug` block. A
 * breakpoint pauses training on a condition of one node's value or of the
 * loss's gradient with respect to it; a watch logs one number of a node (or
 * its gradient) as a scalar. Both name forward nodes by id.
 */

/** Which tensor of a node a condition or a watch reads: its value, or dLoss/d(value). */
export type ProbedTensor = 'value' | 'gradient';

/** When a breakpoint fires. `step` fires once the step counter reaches `step`. */
export type BreakpointCondition =
  | { kind: 'nonFinite'; of: ProbedTensor }
  | { kind: 'norm'; of: ProbedTensor; when: 'above' | 'below'; threshold: number }
  | { kind: 'step'; step: number };

export interface Breakpoint {
  /** Stable identity within the document. */
  id: string;
  /** The node it sits on. */
  node: string;
  condition: BreakpointCondition;
  /** A disabled breakpoint stays on its node but never fires. */
  disabled?: boolean;
}

/** The number a watch logs: the L2 norm, the mean, or the value of a one-element tensor. */
export type WatchStat = 'norm' | 'mean' | 'value';

export interface Watch {
  id: string;
  node: string;
  of: ProbedTensor;
  stat: WatchStat;
}

/** The `debug` block of a document; absent when it holds nothing. */
export interface DebugConfig {
  breakpoints: Breakpoint[];
  watches: Watch[];
}

export const PROBED_TENSORS: readonly ProbedTensor[] = ['value', 'gradient'];
export const WATCH_STATS: readonly WatchStat[] = ['norm', 'mean', 'value'];
