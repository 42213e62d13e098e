/** A sweep's progress while it runs: a bar of the runs done, the run(s) training and their steps, and the time left. */
import { useEffect, useState } from 'react';
import { useFlow } from '../store/hooks.ts';
import { sweepFraction, sweepProgressText } from './sweepProgressText.ts';

/** Nothing when no sweep runs. */
export function SweepProgressView() {
  const progress = useFlow((s) => s.sweepProgress);
  const [now, setNow] = useState(() => Date.now());
  const running = progress.status === 'running';
  // The ETA counts down between batches too.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return null;
  const text = sweepProgressText(progress, Math.max(now, progress.startedAt));
  return (
    <div className="sweep__progress" role="status" aria-label="Sweep progress">
      <progress max={1} value={sweepFraction(progress)} aria-label="Sweep done" />
      <span className="sweep__progress-run">{text.run}</span>
      {text.lanes.length > 0 && (
        <ul className="sweep__progress-lanes" aria-label="Runs training now">
          {text.lanes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <span className="sweep__progress-eta">{text.eta}</span>
    </div>
  );
}
