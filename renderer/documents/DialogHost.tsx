/** Shows the first waiting dialog of the documents store, one at a time. */
import { exhaustive } from '../ui/exhaustive.ts';
import { DiscardDialog } from './DiscardDialog.tsx';
import { LoadFailureDialog } from './LoadFailureDialog.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';
import { useCurrentDialog } from './useDocuments.ts';

/** Mounted once in the app. */
export function DialogHost() {
  const dialog = useCurrentDialog();
  if (!dialog) return null;
  // Keyed by id: the next dialog mounts afresh (and opens as a modal) when this one is answered.
  switch (dialog.kind) {
    case 'discard':
      return <DiscardDialog key={dialog.id} name={dialog.name} answer={dialog.answer} />;
    case 'restore':
      return <RestoreDialog key={dialog.id} name={dialog.name} savedAt={dialog.savedAt} answer={dialog.answer} />;
    case 'loadFailure':
      return <LoadFailureDialog key={dialog.id} failure={dialog.failure} answer={dialog.answer} />;
    default:
      return exhaustive(dialog);
  }
}
