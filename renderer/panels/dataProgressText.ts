/**
 * A dataset's loading progress for the run's progress bar: short, as the
 * toolbar beside it is full (the status bar names the file), and in full for
 * the bar's tooltip.
 */
import type { DataProgress } from '../../core/data/datasetProvider.ts';
import { formatCount } from '../ui/formatNumber.ts';

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** `21.3 / 47.0 MB read`, `30,000 / 55,000 decoded`. */
export function dataProgressText({ phase, done, total }: DataProgress): string {
  if (phase === 'decoding') return `${formatCount(done)} / ${formatCount(total)} decoded`;
  return total > 0 ? `${megabytes(done)} / ${megabytes(total)} MB read` : `${megabytes(done)} MB read`;
}

/** `Reading mnist train-55k images: 21.3 / 47.0 MB read`. */
export function dataProgressTitle(progress: DataProgress): string {
  return `${progress.phase === 'decoding' ? 'Decoding' : 'Reading'} ${progress.what}: ${dataProgressText(progress)}`;
}

/** Done over total; undefined when the total is unknown (a server that sends no length). */
export function dataProgressFraction({ done, total }: DataProgress): number | undefined {
  return total > 0 ? Math.min(1, done / total) : undefined;
}
