/** The watches a graph cannot log, in words for the status bar. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { DebugProbe } from '../../core/runtime/debugProbe.ts';

/** `the watch of the gradient of "X" (norm): no gradient of the loss reaches "X"`, one per skipped watch. */
export function skippedReasons(debug: DebugProbe, analysis: GraphAnalysis): string[] {
  return debug.skipped.map(({ watch, reason }) => {
    const name = analysis.index.nodes.get(watch.node)?.node.name ?? watch.node;
    return `the watch of ${watch.of === 'gradient' ? 'the gradient of ' : ''}"${name}" (${watch.stat}): ${reason}`;
  });
}
