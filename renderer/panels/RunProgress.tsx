/** The progress bar of a run: steps done of all, steps per second and the time left; while a dataset loads, its bytes or examples. */
import { useFlow } from '../store/hooks.ts';
import { dataProgressFraction, dataProgressText, dataProgressTitle } from './dataProgressText.ts';
import { formatCount, formatDuration } from '../ui/formatNumber.ts';

/** Progress of the current run; empty before one started. */
export function RunProgress() {
  const step = useFlow((s) => s.run.step);
  const total = useFlow((s) => s.run.totalSteps);
  const rate = useFlow((s) => s.run.stepsPerSecond);
  const status = useFlow((s) => s.run.status);
  const data = useFlow((s) => (s.run.status === 'loading' ? s.run.dataProgress : undefined));
  if (data) {
    const fraction = dataProgressFraction(data);
    return (
      <div className="run-progress" title={dataProgressTitle(data)}>
        {/* Without a value the bar is indeterminate: the file's size is unknown. */}
        <progress className="run-progress__bar" aria-label="Data loading progress" max={1} {...(fraction === undefined ? {} : { value: fraction })} />
        <span className="run-progress__text" aria-live="off" data-testid="run-progress">
          {dataProgressText(data)}
        </span>
      </div>
    );
  }
  const fraction = total > 0 ? Math.min(1, step / total) : 0;
  const eta = status === 'training' && rate > 0 ? formatDuration((total - step) / rate) : undefined;
  return (
    <div className="run-progress">
      <progress className="run-progress__bar" aria-label="Training progress" max={1} value={fraction} />
      <span className="run-progress__text" aria-live="off" data-testid="run-progress">
        {total > 0 ? `step ${formatCount(step)} / ${formatCount(total)}` : 'not trained yet'}
        {status === 'training' && rate > 0 && ` · ${formatCount(rate)} steps/s`}
        {eta !== undefined && ` · ETA ${eta}`}
      </span>
    </div>
  );
}
