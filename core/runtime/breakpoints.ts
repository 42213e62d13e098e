/**
 * When breakpoints fire and what watches log, as pure functions of measured
 * numbers; whoever trains measures (only the probes the enabled breakpoints
 * need) and calls them. A condition fires when it starts to hold: on the
 * first check where it holds, and again only after a check where it did not,
 * so Resume after a pause does not stop again on the same condition.
 */
import type { Breakpoint, BreakpointCondition, ProbedTensor, Watch } from '../graph/debug.ts';

/** What is measured of one tensor: its L2 norm, mean, count of NaN/Infinity elements, size and first element. */
export interface Measured {
  norm: number;
  mean: number;
  nonFinite: number;
  size: number;
  first: number;
}

/** One tensor to measure: a node's value or the loss's gradient with respect to it. */
export interface Probe {
  node: string;
  of: ProbedTensor;
}

/** Measures a probe at the step being checked; undefined when it has no such tensor (no gradient reaches the node). */
export type Measure = (probe: Probe) => Measured | undefined;

/** A breakpoint that fired, with the sentence for the status bar. */
export interface BreakpointHit {
  breakpoint: Breakpoint;
  /** The step whose values fired it. */
  step: number;
  message: string;
}

/** The distinct tensors the enabled breakpoints read (a step condition reads none). */
export function probesOf(breakpoints: readonly Breakpoint[]): Probe[] {
  const out = new Map<string, Probe>();
  for (const { condition: c, node, disabled } of breakpoints) if (!disabled && c.kind !== 'step') out.set(`${node}:${c.of}`, { node, of: c.of });
  return [...out.values()];
}

/** Whether the condition holds for the values of step `step` (the step counter is then `step + 1`). */
export function conditionHolds(condition: BreakpointCondition, measured: Measured | undefined, step: number): boolean {
  switch (condition.kind) {
    case 'step':
      return step + 1 >= condition.step;
    case 'nonFinite':
      return measured !== undefined && measured.nonFinite > 0;
    case 'norm':
      // A non-finite norm is neither above nor below a threshold: that is the nonFinite condition's job.
      if (measured === undefined || !Number.isFinite(measured.norm)) return false;
      return condition.when === 'above' ? measured.norm > condition.threshold : measured.norm < condition.threshold;
  }
}

/**
 * Checks every enabled breakpoint on step `step`'s values. `held` holds the
 * ids whose condition held at the previous check; the result's `held` is the
 * set for the next one. Hits come in the breakpoints' order.
 */
export function checkBreakpoints(breakpoints: readonly Breakpoint[], measure: Measure, step: number, held: ReadonlySet<string>, nameOf: (id: string) => string): { hits: BreakpointHit[]; held: Set<string> } {
  const hits: BreakpointHit[] = [];
  const next = new Set<string>();
  for (const bp of breakpoints) {
    if (bp.disabled) continue;
    const c = bp.condition;
    const measured = c.kind === 'step' ? undefined : measure({ node: bp.node, of: c.of });
    if (!conditionHolds(c, measured, step)) continue;
    next.add(bp.id);
    if (!held.has(bp.id)) hits.push({ breakpoint: bp, step, message: hitMessage(c, measured, nameOf(bp.node), step) });
  }
  return { hits, held: next };
}

/** "gradient norm below 1e-6", for menus and markers. */
export function describeCondition(c: BreakpointCondition): string {
  if (c.kind === 'step') return `at step ${c.step}`;
  if (c.kind === 'nonFinite') return `${c.of} not finite`;
  return `${c.of} norm ${c.when} ${short(c.threshold)}`;
}

/** The number a watch logs, or undefined when it has none (no gradient; `value` of a tensor of more than one element). */
export function watchValue(watch: Watch, measured: Measured | undefined): number | undefined {
  if (measured === undefined) return undefined;
  if (watch.stat === 'norm') return measured.norm;
  if (watch.stat === 'mean') return measured.mean;
  return measured.size === 1 ? measured.first : undefined;
}

/** The scalar tag a watch is charted under: `watch/‖∇ layer1/W‖` (norm), `watch/mean(hidden)`, `watch/cost` (value). */
export function watchTag(watch: Watch, name: string): string {
  const of = watch.of === 'gradient' ? `∇ ${name}` : name;
  return `watch/${watch.stat === 'norm' ? `‖${of}‖` : watch.stat === 'mean' ? `mean(${of})` : of}`;
}

/** "gradient norm", "value mean": a watch in words, for menus and markers. */
export function describeWatch(watch: Watch): string {
  return watch.stat === 'value' ? (watch.of === 'gradient' ? 'gradient' : 'value') : `${watch.of} ${watch.stat}`;
}

function hitMessage(c: BreakpointCondition, measured: Measured | undefined, name: string, step: number): string {
  if (c.kind === 'step') return `breakpoint on "${name}": reached step ${c.step}`;
  const what = c.of === 'gradient' ? `the gradient of "${name}"` : `"${name}"`;
  if (c.kind === 'nonFinite') return `breakpoint: ${what} is not finite (${measured!.nonFinite} of ${measured!.size} elements NaN or Infinity) at step ${step}`;
  const verb = c.when === 'above' ? 'rose above' : 'fell below';
  return `breakpoint: the norm of ${what} ${verb} ${short(c.threshold)} (${short(measured!.norm)}) at step ${step}`;
}

/** Three significant digits; exponent form for very small or large numbers. */
function short(n: number): string {
  if (n === 0) return '0';
  const a = Math.abs(n);
  const text = a < 1e-3 || a >= 1e5 ? n.toExponential(2) : n.toPrecision(3);
  // 1.00e-6 -> 1e-6, 2.50 -> 2.5
  // Trailing zeros only after a decimal point, so 100 stays 100.
  return text.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
}
