/**
 * Small datasets built into the Session panel: the XOR table of lessons 5-7,
 * and points clicked on a plane in two classes. Both become inline data laid
 * out for the Placeholders they are bound to.
 */
import type { NestedNumbers } from '../../core/graph/document.ts';
import type { PlaceholderInfo } from './placeholders.ts';

/** XOR's four examples and their labels (1 where exactly one input is 1). */
export const XOR_INPUTS: number[][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
export const XOR_CLASSES: number[] = [0, 1, 1, 0];

/** A point of the 2-D editor: its two coordinates and its class, 0 or 1. */
export interface ClassPoint {
  x1: number;
  x2: number;
  label: 0 | 1;
}

/** Class labels laid out for the labels Placeholder: [c] per example for [?], [[c]] for [?,1], one-hot [[1-c, c]] for [?,2]. */
export function labelValue(classes: readonly number[], labels: PlaceholderInfo): NestedNumbers {
  const rank = labels.type?.shape?.length;
  if (rank === 1) return [...classes];
  if (labels.width === 2) return classes.map((c) => [c === 0 ? 1 : 0, c === 0 ? 0 : 1]);
  return classes.map((c) => [c]);
}

/** The points as inputs [[x1, x2], ...] and their labels. */
export function pointsValues(points: readonly ClassPoint[], labels: PlaceholderInfo): { inputs: NestedNumbers; labels: NestedNumbers } {
  return {
    inputs: points.map((p) => [p.x1, p.x2]),
    labels: labelValue(
      points.map((p) => p.label),
      labels,
    ),
  };
}

/** The points back from inline inputs of two columns and labels (one per example, or one-hot over two classes); empty when they are not that. */
export function pointsFrom(inputs: NestedNumbers | undefined, labels: NestedNumbers | undefined): ClassPoint[] {
  if (!Array.isArray(inputs) || !Array.isArray(labels) || inputs.length !== labels.length) return [];
  const out: ClassPoint[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const row = inputs[i];
    const y = labels[i];
    if (!Array.isArray(row) || row.length !== 2 || typeof row[0] !== 'number' || typeof row[1] !== 'number') return [];
    const label = classOf(y);
    if (label === undefined) return [];
    out.push({ x1: row[0], x2: row[1], label });
  }
  return out;
}

function classOf(y: NestedNumbers): 0 | 1 | undefined {
  const v = Array.isArray(y) ? (y.length === 1 ? y[0] : y.length === 2 ? y[1] : undefined) : y;
  if (v === 0 || v === false) return 0;
  if (v === 1 || v === true) return 1;
  return undefined;
}
