/** What each source of the bind-data dialog is given. */
import type { PlaceholderInfo } from './placeholders.ts';

export interface SourceProps {
  placeholders: PlaceholderInfo[];
  /** The Placeholder the dialog was opened for. */
  initialId: string | undefined;
  /** Binds evaluation data instead of training data. */
  evaluation: boolean;
  /** Closes the dialog after a successful bind. */
  onDone(): void;
}
