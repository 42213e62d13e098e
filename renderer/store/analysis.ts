/**
 * The analysis of the open document (shapes, dtypes, diagnostics), derived
 * rather than stored: computed once per document object, so undo back to a
 * document reuses its analysis and unrelated state changes cost nothing.
 */
import { analyze, type GraphAnalysis } from '../../core/graph/analyze.ts';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';

const cache = new WeakMap<GraphDocument, GraphAnalysis>();

/** The analysis of `doc`, memoized by the document's identity. */
export function analysisOf(doc: GraphDocument): GraphAnalysis {
  let analysis = cache.get(doc);
  if (!analysis) {
    analysis = analyze(doc);
    cache.set(doc, analysis);
  }
  return analysis;
}

const byNodeCache = new WeakMap<GraphAnalysis, Map<string, Diagnostic[]>>();

/** Diagnostics grouped by node id, memoized per analysis. */
export function diagnosticsByNode(analysis: GraphAnalysis): Map<string, Diagnostic[]> {
  let map = byNodeCache.get(analysis);
  if (!map) {
    map = new Map();
    for (const d of analysis.diagnostics) if (d.nodeId) map.set(d.nodeId, [...(map.get(d.nodeId) ?? []), d]);
    byNodeCache.set(analysis, map);
  }
  return map;
}
