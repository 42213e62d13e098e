/**
 * A document whose CSV bindings to files it keeps are written as inline data
 * instead, for exports: generated code carries its data, and cannot count on
 * Flowboard's CSV reader. Rows take the Placeholder's layout, as training
 * feeds them.
 */
import { analyze } from '../graph/analyze.ts';
import type { DataBinding, GraphDocument, NestedNumbers } from '../graph/document.ts';
import { parseCsv } from './csv.ts';
import { csvBindingData } from './csvBinding.ts';
import { fitRows } from './dataArray.ts';

/** The same document with kept CSV files inlined and dropped; the same object when it keeps none. Throws DataError for a file that does not parse. */
export function keptCsvAsInline(doc: GraphDocument): GraphDocument {
  const session = doc.session;
  if (!session?.files) return doc;
  const files = session.files;
  const analysis = analyze(doc);
  const inline = (bindings: Record<string, DataBinding>): Record<string, DataBinding> =>
    Object.fromEntries(
      Object.entries(bindings).map(([id, b]) => {
        if (b.kind !== 'csv' || !Object.hasOwn(files, b.path)) return [id, b];
        const data = fitRows(csvBindingData(parseCsv(files[b.path], b.path), b, b.path), analysis.types.get(id)?.[0].shape ?? null);
        return [id, { kind: 'inline', value: nested(Array.from(data.values), data.shape) }];
      }),
    );
  const { files: _kept, ...rest } = session;
  return { ...doc, session: { ...rest, feeds: inline(session.feeds), ...(session.evalFeeds ? { evalFeeds: inline(session.evalFeeds) } : {}) } };
}

/** Row-major values as nested lists of the shape. */
export function nested(values: number[], shape: number[]): NestedNumbers {
  if (shape.length === 0) return values[0];
  const size = shape[0] === 0 ? 0 : values.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) => nested(values.slice(i * size, (i + 1) * size), shape.slice(1)));
}
