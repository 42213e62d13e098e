/**
 * Dataset progress from the worker to the UI, thinned out: a 47 MB file
 * arrives in hundreds of chunks, and each message would re-render the status
 * bar. Passes the first report of each file and phase, the last (done =
 * total), and otherwise one every `intervalMs`.
 */
import type { DataProgress } from '../../core/data/datasetProvider.ts';

export function throttleDataProgress(send: (progress: DataProgress) => void, intervalMs = 100, now: () => number = () => performance.now()): (progress: DataProgress) => void {
  let lastKey = '';
  let lastSent = -Infinity;
  return (progress) => {
    const key = `${progress.what}\u0000${progress.phase}`;
    const t = now();
    const finished = progress.total > 0 && progress.done >= progress.total;
    if (key === lastKey && !finished && t - lastSent < intervalMs) return;
    lastKey = key;
    lastSent = t;
    send(progress);
  };
}
