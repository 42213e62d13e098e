/**
 * A node's live value on the canvas while a run has one: the value itself for
 * a scalar, else mean and standard deviation; red, with a ring around the
 * node, where a value stopped being finite. Rendered inside the node by one
 * line in renderer/canvas/OpNode.tsx.
 */
import { useFlow } from '../store/hooks.ts';
import { nodeStatsOf } from '../store/runHooks.ts';
import { formatValue } from '../ui/formatNumber.ts';

/** The badge of one node; nothing while there are no values or the graph changed since they were computed. */
export function RunBadge({ nodeId }: { nodeId: string }) {
  const stats = useFlow((s) => (s.run.trainedDocument === s.document ? nodeStatsOf(s.run, nodeId) : undefined));
  const culprit = useFlow((s) => s.run.failure?.nonFinite === true && s.run.failure.nodeId === nodeId);
  // Node values are kept for the latest step only: scrubbed before it, the badge is marked as the latest.
  const scrubbedBefore = useFlow((s) => s.run.scrub !== undefined && s.run.nodeStats !== undefined && s.run.scrub.step < s.run.nodeStats.step);
  if (!stats && !culprit) return null;
  const bad = culprit || (stats !== undefined && stats.stats.nonFinite > 0);
  let text: string;
  if (culprit && (!stats || stats.stats.nonFinite === 0)) text = 'not finite here';
  else if (stats!.stats.nonFinite > 0) text = `${formatValue(stats!.stats.nonFinite)} not finite`;
  else if (stats!.shape.length === 0) text = `= ${formatValue(stats!.stats.mean)}`;
  else text = `μ ${formatValue(stats!.stats.mean)}  σ ${formatValue(stats!.stats.std)}`;
  return (
    <>
      <p
        className={bad ? 'run-badge run-badge--bad' : 'run-badge'}
        data-testid="run-badge"
        data-latest={scrubbedBefore || undefined}
        style={scrubbedBefore ? { opacity: 0.55, fontStyle: 'italic' } : undefined}
        title={stats ? `${scrubbedBefore ? 'latest values (the scrubbed step was not kept): ' : ''}mean ${stats.stats.mean}, std ${stats.stats.std}, min ${stats.stats.min}, max ${stats.stats.max}, norm ${stats.stats.norm}` : undefined}
      >
        {text}
      </p>
      {culprit && <span className="run-badge__ring" aria-hidden />}
    </>
  );
}
