/**
 * The gradient norm by layer, from the gradient histograms the worker sends
 * (each carries its tensor's L2 norm): a layer is a name scope (`layer3/W`
 * and `layer3/b` are `layer3`), and its norm at a step is the norm of all
 * its variables' gradients together. A variable outside any scope is a layer
 * of its own. Ten sigmoid layers show their gradients dying towards the
 * input; ten ReLU layers keep theirs.
 */
import { interpolateViridis } from 'd3';
import type { HistogramEntry } from '../training/protocol.ts';
import { gradientTag } from '../training/protocol.ts';

const SUFFIX = gradientTag('');

export interface LayerNormPoint {
  step: number;
  wallTime: number;
  value: number;
}

export interface LayerNorms {
  layer: string;
  /** The variables whose gradients make up the layer's norm. */
  variables: string[];
  points: LayerNormPoint[];
}

/** The layer a variable belongs to: its innermost scope, else its own name. */
export function layerOf(variable: string): string {
  const cut = variable.lastIndexOf('/');
  return cut > 0 ? variable.slice(0, cut) : variable;
}

/**
 * One series per layer, in the order the tags come (the graph's, input side
 * first), with a point at every step at which each of its variables has a
 * norm. Histograms from before norms were sent have none and are skipped.
 */
export function layerGradientNorms(histograms: Readonly<Record<string, readonly HistogramEntry[]>>): LayerNorms[] {
  const layers = new Map<string, { variables: string[]; byStep: Map<number, { sum: number; count: number; wallTime: number }> }>();
  for (const [tag, entries] of Object.entries(histograms)) {
    if (!tag.endsWith(SUFFIX)) continue;
    const variable = tag.slice(0, -SUFFIX.length);
    const key = layerOf(variable);
    let layer = layers.get(key);
    if (!layer) layers.set(key, (layer = { variables: [], byStep: new Map() }));
    layer.variables.push(variable);
    for (const e of entries) {
      if (e.norm === undefined) continue;
      const at = layer.byStep.get(e.step) ?? { sum: 0, count: 0, wallTime: e.wallTime };
      at.sum += e.norm * e.norm;
      at.count++;
      layer.byStep.set(e.step, at);
    }
  }
  return [...layers].map(([layer, { variables, byStep }]) => ({
    layer,
    variables,
    points: [...byStep]
      .filter(([, at]) => at.count === variables.length)
      .sort(([a], [b]) => a - b)
      .map(([step, at]) => ({ step, wallTime: at.wallTime, value: Math.sqrt(at.sum) })),
  }));
}

/** Layer colours from the input side (dark violet) to the output side (yellow-green), so the order reads off the lines. */
export function layerColor(index: number, count: number): string {
  return interpolateViridis(count <= 1 ? 0 : (index / (count - 1)) * 0.85);
}
