/** The graph's Placeholders as the Session panel binds them: type, per-example width, and which look like inputs and labels. */
import type { GraphDocument } from '../../core/graph/document.ts';
import type { TensorType } from '../../core/graph/shape.ts';
import { analysisOf } from '../store/analysis.ts';

export interface PlaceholderInfo {
  id: string;
  name: string;
  type: TensorType | undefined;
  /** Fed in batches of examples along a first, unknown dimension. */
  batched: boolean;
  /** Numbers per example (the product of the dimensions after the first); undefined when one is unknown or for a scalar. */
  width: number | undefined;
}

/** The Placeholders in document order. */
export function placeholdersOf(doc: GraphDocument): PlaceholderInfo[] {
  const types = analysisOf(doc).types;
  return doc.nodes
    .filter((n) => n.op === 'Placeholder')
    .map((n) => {
      const type = types.get(n.id)?.[0];
      const shape = type?.shape;
      const batched = shape !== null && shape !== undefined && shape.length > 0 && shape[0] === null;
      const rest = shape ? shape.slice(1) : [null];
      const width = shape && shape.length > 0 && rest.every((d) => d !== null) ? (rest as number[]).reduce((a, b) => a * b, 1) : undefined;
      return { id: n.id, name: n.name, type, batched, width };
    });
}

const LABEL_NAME = /^(y|y_?true|y_?data|labels?|targets?|t)$/i;

/** Which Placeholder takes the inputs and which the labels: by name (Y, labels), by wiring into a loss's labels, else in order. */
export function guessRoles(doc: GraphDocument, list: PlaceholderInfo[]): { inputs?: string; labels?: string } {
  const fedToLabels = new Set(doc.edges.filter((e) => e.targetInput === 'labels').map((e) => e.source));
  const candidates = list.filter((p) => p.batched);
  const pool = candidates.length > 0 ? candidates : list;
  const baseName = (p: PlaceholderInfo) => p.name.split('/').pop() ?? p.name;
  const labels = pool.find((p) => LABEL_NAME.test(baseName(p))) ?? pool.find((p) => fedToLabels.has(p.id)) ?? (pool.length > 1 ? pool[pool.length - 1] : undefined);
  const inputs = pool.find((p) => p !== labels && /^x/i.test(baseName(p))) ?? pool.find((p) => p !== labels);
  return { inputs: inputs?.id, labels: labels?.id };
}
