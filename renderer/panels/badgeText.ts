/**
 * What a node's badge says after a Run or an update, in a few characters a
 * node has room for: `= [3, 7]`; a variable's change `0.52 → 0.49` or
 * `‖Δ‖ 0.012`; an update node's `W1 moved ‖Δ‖ 0.012`. Pure, for the tests.
 */
import type { FetchedValue, VariableChange } from '../training/protocol.ts';
import { formatValue } from '../ui/formatNumber.ts';
import { nestedText, tensorText } from '../ui/tensorText.ts';

/** Elements a node's badge writes out before it summarises. */
const BADGE_ELEMENTS = 6;

/** A fetched value on its node. */
export function fetchedText(value: FetchedValue): string {
  const nested = nestedText(value, BADGE_ELEMENTS);
  return nested !== undefined ? `= ${nested}` : tensorText(value, BADGE_ELEMENTS);
}

/** A variable's change by one update: before → after for a single number, else the size of the step. */
export function changeText(change: VariableChange, oneNumber: boolean): string {
  if (oneNumber) return `${formatValue(change.before)} → ${formatValue(change.after)}`;
  return `‖Δ‖ ${formatValue(change.deltaNorm)}`;
}

/** What an update node did to its variable (named by its last name part: the node has little room). */
export function updateText(change: VariableChange, variable: string): string {
  return `${variable.slice(variable.lastIndexOf('/') + 1)} moved ‖Δ‖ ${formatValue(change.deltaNorm)}`;
}

/** The hover text of a change: every number of it. */
export function changeTitle(change: VariableChange, variable: string, optimizer: string): string {
  return `${optimizer} changed ${variable}: mean ${change.before} → ${change.after}; the change has norm ${change.deltaNorm} and largest element ${change.deltaMax}`;
}
