/**
 * Document files through the File System Access API (Chromium): pickers with a
 * `.flow.json` filter, and handles kept so Save writes to the same file. The
 * pickers need a user gesture, which every caller here follows from.
 */
import { type DocumentFiles, FileProblem, FLOW_EXTENSIONS, readLimited } from './documentFiles.ts';

/** The parts of the API TypeScript's DOM library does not declare yet. */
interface PickerType {
  description: string;
  accept: Record<string, readonly string[]>;
}
interface PickerWindow {
  showOpenFilePicker(options: { types: PickerType[]; id?: string; multiple?: boolean }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker(options: { types: PickerType[]; id?: string; suggestedName?: string }): Promise<FileSystemFileHandle>;
}
type PermissionMode = { mode: 'read' | 'readwrite' };
interface PermissionHandle {
  queryPermission?(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionMode): Promise<PermissionState>;
}

const TYPES: PickerType[] = [{ description: 'Flowboard graph', accept: { 'application/json': FLOW_EXTENSIONS } }];
/** The pickers remember their folder per id. */
const PICKER_ID = 'flowboard-documents';

/** Whether this browser has the pickers. */
export function hasFileSystemAccess(win: object): win is PickerWindow {
  return typeof (win as Partial<PickerWindow>).showOpenFilePicker === 'function' && typeof (win as Partial<PickerWindow>).showSaveFilePicker === 'function';
}

/** Document files through the pickers of `win`. */
export function fileSystemAccessFiles(win: PickerWindow): DocumentFiles {
  return {
    keepsHandles: true,
    async pick() {
      const picked = await cancelable(win.showOpenFilePicker({ types: TYPES, id: PICKER_ID, multiple: false }));
      if (!picked?.[0]) return undefined;
      const handle = picked[0];
      return { name: handle.name, text: await readLimited(await handle.getFile()), handle };
    },
    async saveAs(text, suggestedName) {
      const handle = await cancelable(win.showSaveFilePicker({ types: TYPES, id: PICKER_ID, suggestedName }));
      if (!handle) return undefined;
      await writeText(handle, text);
      return { name: handle.name, handle };
    },
    async write(handle, text) {
      if (!(await permitted(handle, 'readwrite'))) return false;
      await writeText(handle, text);
      return true;
    },
    async read(handle) {
      if (!(await permitted(handle, 'read'))) throw new FileProblem(`Flowboard was not allowed to read "${handle.name}".`);
      try {
        return await readLimited(await handle.getFile());
      } catch (e) {
        if (e instanceof FileProblem) throw e;
        const gone = e instanceof DOMException && e.name === 'NotFoundError';
        throw new FileProblem(gone ? `"${handle.name}" is no longer there; it was moved or deleted.` : `"${handle.name}" could not be read: ${(e as Error).message}`, gone);
      }
    },
  };
}

/** A handle from a picker has access already; one kept from an earlier visit asks again. */
async function permitted(handle: FileSystemFileHandle, mode: PermissionMode['mode']): Promise<boolean> {
  const h = handle as FileSystemFileHandle & PermissionHandle;
  if (!h.queryPermission || (await h.queryPermission({ mode })) === 'granted') return true;
  return (await h.requestPermission?.({ mode })) === 'granted';
}

async function writeText(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (e) {
    // Abort leaves the file as it was instead of half written.
    await writable.abort().catch(() => undefined);
    throw new FileProblem(`Could not save "${handle.name}": ${(e as Error).message}`);
  }
}

/** The picker's result, or undefined when the user closed it (AbortError). */
async function cancelable<T>(picker: Promise<T>): Promise<T | undefined> {
  try {
    return await picker;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return undefined;
    throw e;
  }
}
