/** Which MNIST field feeds each Placeholder: images where it takes 784 numbers per example, labels where it takes 10. */
import type { DatasetSplit, DataBinding } from '../../core/graph/document.ts';
import type { PlaceholderInfo } from './placeholders.ts';

export type MnistField = 'images' | 'labels' | 'none';

/** The field each Placeholder likely takes. */
export function defaultMnistFields(placeholders: PlaceholderInfo[]): Record<string, MnistField> {
  return Object.fromEntries(placeholders.map((p) => [p.id, !p.batched ? 'none' : p.width === 784 ? 'images' : p.width === 10 ? 'labels' : 'none']));
}

/** The bindings of one split: a dataset binding for each Placeholder given a field. */
export function mnistBindings(fields: Record<string, MnistField>, split: DatasetSplit): Record<string, DataBinding> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, f]) => f !== 'none')
      .map(([id, field]) => [id, { kind: 'dataset', name: 'mnist', split, field }]),
  );
}
