/** The document slice: the graph being edited and where it came from. Every edit goes through `apply`. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { emptyDocument } from '../../core/graph/document.ts';
import type { Command, CommandResult } from './commands/result.ts';
import { followMinimize } from './commands/session.ts';
import type { Slice, TemporalStore } from './types.ts';

/** Where the open document came from; the documents feature fills in paths and handles. */
export interface FileInfo {
  /** Shown in the title bar and used as the default file name. */
  name: string;
  origin: 'new' | 'sample' | 'file';
}

export interface DocumentSlice {
  document: GraphDocument;
  file: FileInfo;
  /** The document as last opened or saved; the open one is dirty when it is another object (or this is undefined: a restored draft). */
  savedDocument: GraphDocument | undefined;
  /** Counts documents opened, so views can start fresh (fit the new graph) when it changes. */
  generation: number;
  /** Runs an editing command on the document; a successful change is one undo step. A Minimize it adds becomes the session's train node when there was none. */
  apply<A, T>(command: Command<A, T>, args: A): CommandResult<T>;
  /** Replaces the document (open, new): clears the selection and the undo history. `edited`: it differs from any saved file (a restored draft). */
  openDocument(document: GraphDocument, file: FileInfo, options?: { edited?: boolean }): void;
  /** Records that `saved` (by default the current document) is what is on disk, now under `file`. */
  markSaved(saved?: GraphDocument, file?: FileInfo): void;
}

/** Creates the document slice, starting from an empty graph. */
export const createDocumentSlice: Slice<DocumentSlice> = (set, get, api) => {
  const initial = emptyDocument();
  return {
    document: initial,
    file: { name: 'Untitled', origin: 'new' },
    savedDocument: initial,
    generation: 0,
    apply(command, args) {
      const before = get().document;
      const result = command(before, args);
      if (!result.ok || result.doc === before) return result;
      // The session trains the Minimize a user adds, without a separate step.
      const document = followMinimize(before, result.doc);
      set({ document });
      return document === result.doc ? result : { ...result, doc: document };
    },
    openDocument(document, file, options) {
      set({ document, file, savedDocument: options?.edited ? undefined : document, generation: get().generation + 1, selectedNodeIds: [], selectedEdgeIds: [], dragPositions: {}, measured: {}, notice: undefined, bindDialog: undefined });
      // Undo must not step back into the previous document.
      (api.temporal as TemporalStore).getState().clear();
    },
    markSaved(saved = get().document, file = get().file) {
      // An edit made while the save dialog was open stays unsaved: only the document written is marked.
      set({ savedDocument: saved, file });
    },
  };
};
