/**
 * Whether a fed value's shape fits its Placeholder, and the message that says
 * why not. Free of TensorFlow.js, so the app's Run dialog checks a feed with
 * the same words the session (and the CLI) use before it ever runs.
 */
import { dimsCompatible, formatShape, type TensorType } from '../graph/shape.ts';

/** Why a value of shape `actual` cannot feed a placeholder of `type`, or undefined when it fits. */
export function feedShapeProblem(actual: readonly number[], type: TensorType): string | undefined {
  if (type.shape === null) return undefined;
  if (actual.length !== type.shape.length) return `rank ${actual.length} instead of ${type.shape.length}`;
  for (let i = 0; i < actual.length; i++) {
    if (!dimsCompatible(type.shape[i], actual[i])) return `dimension ${i} is ${actual[i]} instead of ${type.shape[i]}`;
  }
  return undefined;
}

/** The full message for a feed that does not fit: names the placeholder, the shape given and the shape wanted. */
export function feedShapeMessage(placeholder: string, actual: readonly number[], type: TensorType): string | undefined {
  const problem = feedShapeProblem(actual, type);
  if (problem === undefined) return undefined;
  return `Feed for Placeholder "${placeholder}" has shape ${formatShape([...actual])} but the placeholder is ${formatShape(type.shape)}: ${problem}`;
}
