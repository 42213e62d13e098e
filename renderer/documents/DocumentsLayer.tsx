/** The documents feature's window-wide parts: the dialogs, the sample gallery and the File shortcuts. */
import { DialogHost } from './DialogHost.tsx';
import { Gallery } from './Gallery.tsx';
import { useFileShortcuts } from './useFileShortcuts.ts';
import { useWeightsShortcuts } from '../codeio/useWeightsShortcuts.ts';

/** Mounted once in the app. */
export function DocumentsLayer() {
  useFileShortcuts();
  useWeightsShortcuts();
  return (
    <>
      <Gallery />
      <DialogHost />
    </>
  );
}
