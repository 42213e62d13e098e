/** Selector hooks over the documents store. */
import { useStore } from 'zustand';
import { documentsStore, type DocumentsState } from './documentsStore.ts';

/** Any part of the documents state. */
export function useDocuments<T>(selector: (state: DocumentsState) => T): T {
  return useStore(documentsStore, selector);
}

/** The dialog to show now: the first one waiting. */
export const useCurrentDialog = () => useDocuments((s) => s.dialogs[0]);
/** Whether the sample gallery is open. */
export const useGalleryOpen = () => useDocuments((s) => s.galleryOpen);
/** The recent documents, newest first. */
export const useRecentDocuments = () => useDocuments((s) => s.recent);
