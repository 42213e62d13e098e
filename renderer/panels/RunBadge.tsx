/**
 * A node's live value on the canvas: a Run's fetched value (`= 7`), else the
 * run's statistics (the value itself for a scalar, else mean and standard
 * deviation); red, with a ring around the node, where a value stopped being
 * finite. After an update a changed variable is ringed with its change, and
 * its update node says what it did. Rendered inside the node by one line in
 * renderer/canvas/OpNode.tsx.
 */
import { useFlow } from '../store/hooks.ts';
import { nodeStatsOf } from '../store/runHooks.ts';
import type { RunState } from '../store/runSlice.ts';
import type { VariableChange } from '../training/protocol.ts';
import { formatValue } from '../ui/formatNumber.ts';
import { changeText, changeTitle, fetchedText, updateText } from './badgeText.ts';

/** The badge of one node; nothing while there are no values or the graph changed since they were computed. */
export function RunBadge({ nodeId }: { nodeId: string }) {
  const fetched = useFlow((s) => (s.run.fetched?.document === s.document ? s.run.fetched.values[nodeId] : undefined));
  const stats = useFlow((s) => (s.run.trainedDocument === s.document ? nodeStatsOf(s.run, nodeId) : undefined));
  const change = useFlow((s) => (s.run.trainedDocument === s.document ? changeOf(s.run, nodeId) : undefined));
  const culprit = useFlow((s) => s.run.failure?.nonFinite === true && s.run.failure.nodeId === nodeId);
  const stoppedHere = useFlow((s) => s.run.status === 'paused' && s.run.breakpoint?.nodeId === nodeId);
  // Node values are kept for the latest step only: scrubbed before it, the badge is marked as the latest.
  const scrubbedBefore = useFlow((s) => s.run.scrub !== undefined && s.run.nodeStats !== undefined && s.run.scrub.step < s.run.nodeStats.step);
  const names = useFlow((s) => s.run.info?.names);
  if (fetched)
    return (
      <p className="run-badge run-badge--fetched" data-testid="run-badge" data-fetched title={`Fetched by Run: shape [${fetched.shape.join(',')}]`}>
        {fetchedText(fetched)}
      </p>
    );
  if (change && change.id !== nodeId) {
    const variable = names?.[change.id] ?? change.id;
    return (
      <p className="run-badge run-badge--changed" data-testid="run-badge" data-update title={changeTitle(change, variable, 'This update')}>
        {updateText(change, variable)}
      </p>
    );
  }
  if (!stats && !culprit) return stoppedHere ? <BreakpointRing /> : null;
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
      {change && stats && (
        <p className="run-badge run-badge--changed" data-testid="run-change" title={changeTitle(change, names?.[nodeId] ?? nodeId, 'The update')}>
          {changeText(change, stats.shape.every((d) => d === 1))}
        </p>
      )}
      {change && <span className="run-badge__changed-ring" aria-hidden />}
      {culprit && <span className="run-badge__ring" aria-hidden />}
      {stoppedHere && <BreakpointRing />}
    </>
  );
}

/** The ring around the node whose breakpoint paused training. */
function BreakpointRing() {
  return <span className="run-badge__ring" data-testid="breakpoint-ring" aria-hidden />;
}

/** The change the last update made to this variable, or that this update node made. */
function changeOf(run: RunState, nodeId: string): VariableChange | undefined {
  return run.nodeStats?.changes?.find((c) => c.id === nodeId || c.updateNode === nodeId);
}
