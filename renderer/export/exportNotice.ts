/** What the status bar says after an export. */
import type { SaveOutcome } from '../platform/platform.ts';
import type { Notice } from '../store/uiSlice.ts';

/** The notice for an export's outcome; none when the user cancelled the dialog. */
export function exportNotice(outcome: SaveOutcome): Notice | undefined {
  if (outcome.status === 'saved') return { kind: 'info', text: `Exported "${outcome.name}"` };
  if (outcome.status === 'failed') return { kind: 'error', text: outcome.message };
  return undefined;
}

/** The notice for an export that failed before reaching the platform. */
export function exportErrorNotice(error: unknown): Notice {
  return { kind: 'error', text: `Could not export the picture: ${error instanceof Error ? error.message : String(error)}` };
}
