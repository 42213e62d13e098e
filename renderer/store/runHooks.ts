/** Purpose-named selector hooks over the run slice. */
import type { RunRecord, RunState, Scrub } from './runSlice.ts';
import { useFlow } from './hooks.ts';
import { NODE_STAT_FIELDS, type RunSettings } from '../training/protocol.ts';
import { runSettingsOf } from './runSettings.ts';

/** The worker's status. */
export const useRunStatus = (): RunState['status'] => useFlow((s) => s.run.status);
/** The run settings the controls edit: the document session's. */
export const useRunSettings = (): RunSettings => useFlow((s) => runSettingsOf(s.document));
/** The backend training runs on, and why. */
export const useBackendReport = (): RunState['backend'] => useFlow((s) => s.run.backend);
/** Every run kept for comparison. */
export const useRuns = (): readonly RunRecord[] => useFlow((s) => s.run.runs);
/** Whether the graph was edited since it was loaded for training. */
export const useGraphChangedSinceRun = (): boolean => useFlow((s) => s.run.trainedDocument !== undefined && s.run.trainedDocument !== s.document);

/** The scrubbed step, while a scalar chart is hovered or pinned. */
export const useScrub = (): Scrub | undefined => useFlow((s) => s.run.scrub);

export type NodeStatName = (typeof NODE_STAT_FIELDS)[number];

const statsCache = new WeakMap<object, Map<string, { shape: number[]; stats: Record<NodeStatName, number> }>>();

/** The statistics of one node in the run's latest NodeStats, memoized per NodeStats object so selectors stay stable. */
export function nodeStatsOf(run: RunState, nodeId: string): { shape: number[]; stats: Record<NodeStatName, number> } | undefined {
  const ns = run.nodeStats;
  if (!ns) return undefined;
  let map = statsCache.get(ns);
  if (!map) {
    map = new Map();
    const fields = NODE_STAT_FIELDS;
    ns.ids.forEach((id, i) => {
      const stats = Object.fromEntries(fields.map((f, j) => [f, ns.stats[i * fields.length + j]])) as Record<NodeStatName, number>;
      map!.set(id, { shape: ns.shapes[i], stats });
    });
    statsCache.set(ns, map);
  }
  return map.get(nodeId);
}
