/** What the status bar says after a document opens, when there is something to say. */
import type { OpenedDocument } from '../platform/platform.ts';
import { damageDiagnostics } from '../../core/graph/damage.ts';
import type { Notice } from '../store/uiSlice.ts';

/** A restored draft, parts of the file the loader could not read as written, or damage the desktop shell let through. */
export function openNotice(opened: OpenedDocument): Notice | undefined {
  const damage = damageDiagnostics(opened.diagnostics);
  if (damage.length > 0) return { kind: 'error', text: `"${opened.name}" is damaged: ${damage[0].message}${damage.length > 1 ? ` (and ${damage.length - 1} more)` : ''}` };
  // Ignored, replaced (a bad position, 0,0) or mended (an image label renamed as TF1 renames it): each message says which.
  const unread = opened.diagnostics.filter((d) => d.code === 'BAD_FIELD');
  if (unread.length > 0) return { kind: 'info', text: `Opened "${opened.name}"; ${unread.length === 1 ? 'one part' : `${unread.length} parts`} of the file could not be read as written: ${unread[0].message}` };
  if (opened.edited) return { kind: 'info', text: `Restored unsaved changes to "${opened.name}"` };
  return undefined;
}
