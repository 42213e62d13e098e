/** What the canvas and the panels say while one test digit is the input. Pure, for the tests. */
import type { PickedExample } from '../training/protocol.ts';

/** The picked digit in a sentence: which one, what it is, what the model says. */
export function pickedText({ index, label, predicted }: PickedExample): string {
  const verdict = predicted < 0 ? '' : predicted === label ? `, predicted right` : `, predicted as ${predicted}`;
  return `Test digit #${index} (a ${label}${verdict}) is the input: every node shows its value and gradient for this one digit.`;
}
