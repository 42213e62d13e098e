/** What the status bar says after a document opens, when there is something to say. */
import type { OpenedDocument } from '../platform/platform.ts';
import { damageDiagnostics } from '../../core/graph/damage.ts';
import type { Notice } from '../store/uiSlice.ts';

/** A restored draft, parts of the file the loader ignored, or damage the desktop shell let through. */
export function openNotice(opened: OpenedDocument): Notice | undefined {
  const damage = damageDiagnostics(opened.diagnostics);
  if (damage.length > 0) return { kind: 'error', text: `"${opened.name}" is damaged: ${damage[0].message}${damage.length > 1 ? ` (and ${damage.length - 1} more)` : ''}` };
  const ignored = opened.diagnostics.filter((d) => d.code === 'BAD_FIELD');
  if (ignored.length > 0) return { kind: 'info', text: `Opened "${opened.name}"; ${ignored.length === 1 ? 'one part' : `${ignored.length} parts`} of the file ${ignored.length === 1 ? 'was' : 'were'} ignored: ${ignored[0].message}` };
  if (opened.edited) return { kind: 'info', text: `Restored unsaved changes to "${opened.name}"` };
  return undefined;
}
