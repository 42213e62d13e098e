/** The dock's note of the scrubbed step, with a way back to the latest values when it is pinned. */
import { useScrub } from '../store/runHooks.ts';
import { formatCount } from '../ui/formatNumber.ts';
import { releaseScrub } from './scrub.ts';

/** "Scrubbed: step N", while a scalar chart is hovered or pinned; a pinned step has a button back to the latest. */
export function ScrubNote() {
  const scrub = useScrub();
  if (!scrub) return null;
  return (
    <span className="chart-card__note" role="status" data-testid="scrub-note" style={{ display: 'flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
      {`Scrubbed: step ${formatCount(scrub.step)}`}
      {scrub.pinned && (
        <button type="button" className="button" title="Unpin the step: every view shows the latest values again" onClick={releaseScrub}>
          Latest
        </button>
      )}
    </span>
  );
}
