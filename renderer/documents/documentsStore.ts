/**
 * The documents feature's own state: the dialogs waiting for an answer (one
 * shows at a time, in order), whether the sample gallery is open, and the
 * recent documents. Kept apart from the flow store: none of it is undoable
 * and none of it belongs to the document.
 */
import { createStore } from 'zustand/vanilla';
import type { DiscardChoice } from '../platform/browserPlatform.ts';
import type { LoadFailure, RecentDocument } from '../platform/platform.ts';

export type DialogRequest =
  | { id: number; kind: 'discard'; name: string; answer(choice: DiscardChoice): void }
  | { id: number; kind: 'restore'; name: string; savedAt: string; answer(restore: boolean): void }
  | { id: number; kind: 'loadFailure'; failure: LoadFailure; answer(): void };

/** A request before it has an id and its answer. */
type Ask<K extends DialogRequest['kind']> = Omit<Extract<DialogRequest, { kind: K }>, 'id' | 'answer'>;
type Answer<K extends DialogRequest['kind']> = Parameters<Extract<DialogRequest, { kind: K }>['answer']>[0];

export interface DocumentsState {
  dialogs: readonly DialogRequest[];
  galleryOpen: boolean;
  recent: readonly RecentDocument[];
  /** Queues a dialog; resolves with the user's answer once it has been given. */
  ask<K extends DialogRequest['kind']>(request: Ask<K> & { kind: K }): Promise<Answer<K>>;
  setGalleryOpen(open: boolean): void;
  setRecent(recent: readonly RecentDocument[]): void;
}

/** A fresh documents store; the app has one (documentsStore below), tests make their own. */
export function createDocumentsStore() {
  let nextId = 1;
  return createStore<DocumentsState>()((set, get) => ({
    dialogs: [],
    galleryOpen: false,
    recent: [],
    // One implementation for every kind; the signature above ties each kind to its answer.
    ask: ((request: object) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        const answer = (value: unknown) => {
          set({ dialogs: get().dialogs.filter((d) => d.id !== id) });
          resolve(value);
        };
        set({ dialogs: [...get().dialogs, { ...request, id, answer } as DialogRequest] });
      })) as DocumentsState['ask'],
    setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
    setRecent: (recent) => set({ recent }),
  }));
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;

export const documentsStore = createDocumentsStore();
