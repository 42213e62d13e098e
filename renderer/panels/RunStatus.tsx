/** The status bar's training items: the run's state and the backend (with its threads) and why it was chosen. */
import type { BackendReport } from '../training/protocol.ts';
import { useFlow } from '../store/hooks.ts';
import { useBackendReport, useRunStatus } from '../store/runHooks.ts';

const STATUS_TEXT = {
  idle: undefined,
  starting: 'Starting the training worker…',
  loading: 'Loading the graph…',
  ready: 'Ready to train',
  training: 'Training…',
  paused: 'Paused',
  finished: 'Finished',
  failed: 'Training failed',
} as const;

/** Two status bar items; the backend's sentence is its title too, for when it is cut off. */
export function RunStatus() {
  const status = useRunStatus();
  const backend = useBackendReport();
  const failure = useFlow((s) => s.run.failure);
  const pausedBecause = useFlow((s) => s.run.pausedBecause);
  const loadingData = useFlow((s) => (s.run.status === 'loading' ? s.run.dataProgress?.what : undefined));
  const breakpoint = useFlow((s) => (s.run.status === 'paused' ? s.run.breakpoint : undefined));
  const text = breakpoint
    ? `Paused at a ${breakpoint.message}`
    : failure?.nonFinite
    ? 'Paused: a value is not a finite number'
    : pausedBecause && status === 'paused'
      ? 'Paused: the graph changed'
      : loadingData
        ? `Loading ${loadingData}…`
        : STATUS_TEXT[status];
  const line = backend ? `${backend.name}${threadsText(backend.threads)} — ${backend.reason}` : 'Backend: starting…';
  return (
    <>
      {text && (
        <span className="statusbar__run" data-status={status} data-breakpoint={breakpoint?.breakpointId} title={breakpoint?.message ?? pausedBecause}>
          {text}
        </span>
      )}
      <span className="statusbar__backend" title={line} aria-label={`Training backend: ${line}`}>
        {line}
      </span>
    </>
  );
}

/** " on 2 threads (3 cores, one left for the page)", or nothing for a backend without threads. */
function threadsText(threads: BackendReport['threads']): string {
  if (!threads) return '';
  return ` on ${threads.count} thread${threads.count === 1 ? '' : 's'} (${threads.why})`;
}
