/**
 * The analysis of the open document (shapes, dtypes, diagnostics), derived
 * rather than stored: computed once per document object, so undo back to a
 * document reuses its analysis and unrelated state changes cost nothing.
 */
import { type GraphCost, graphCost } from '../../core/graph/cost.ts';
import { analyze, type GraphAnalysis } from '../../core/graph/analyze.ts';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { loadMemoryBudget } from './memorySetting.ts';

const cache = new WeakMap<GraphDocument, { budget: number; analysis: GraphAnalysis }>();
/** The app's memory budget (the ui slice's, loaded from the saved setting at start). */
let memoryBudget = loadMemoryBudget();

/** The analysis of `doc` under the current memory budget, memoized by the document's identity. */
export function analysisOf(doc: GraphDocument): GraphAnalysis {
  const cached = cache.get(doc);
  if (cached?.budget === memoryBudget) return cached.analysis;
  const analysis = analyze(doc, { memoryBudget });
  cache.set(doc, { budget: memoryBudget, analysis });
  return analysis;
}

/** The budget analyses use now. */
export function analysisMemoryBudget(): number {
  return memoryBudget;
}

/** Analyses from now on use `bytes`; a document analysed under another budget is analysed again. */
export function setAnalysisMemoryBudget(bytes: number): void {
  memoryBudget = bytes;
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

const costCache = new WeakMap<GraphAnalysis, GraphCost>();

/** Parameters and multiply-adds of every node and the graph's totals, memoized per analysis (the canvas and the status bar share it). */
export function graphCostOf(analysis: GraphAnalysis): GraphCost {
  let cost = costCache.get(analysis);
  if (!cost) {
    cost = graphCost(analysis);
    costCache.set(analysis, cost);
  }
  return cost;
}
