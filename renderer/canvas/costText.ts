/** Parameters and multiply-adds as the canvas and the status bar say them (core/graph/cost.ts counts them). */
import type { CostTotals, NodeCost } from '../../core/graph/cost.ts';

const count = (n: number): string => n.toLocaleString('en-US');

/** A node's hover line: `34,848 parameters · 105,415,200 multiply-adds per example`. */
export function nodeCostText(cost: NodeCost): string {
  const macs = cost.macs === null ? 'multiply-adds not counted (a shape is unknown)' : `${count(cost.macs)} multiply-adds per example`;
  return `${count(cost.parameters)} parameter${cost.parameters === 1 ? '' : 's'} · ${macs}`;
}

/** The graph's totals for the status bar; nodes whose cost is unknown are named as left out. */
export function totalsText(totals: CostTotals): string {
  const left = totals.uncounted > 0 ? ` (${totals.uncounted} node${totals.uncounted === 1 ? '' : 's'} not counted)` : '';
  return `${count(totals.parameters)} parameters · ${count(totals.macs)} MACs/example${left}`;
}
