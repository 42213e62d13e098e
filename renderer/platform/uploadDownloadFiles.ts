/**
 * Document files where the browser has no File System Access API (Firefox,
 * Safari): an upload field to open and a download to save. Nothing is kept to
 * write to again, so each Save downloads the file anew.
 */
import { type DocumentFiles, FileProblem, FLOW_EXTENSIONS, readLimited } from './documentFiles.ts';

/** Document files through `<input type=file>` and `<a download>` in `doc`. */
export function uploadDownloadFiles(doc: Document): DocumentFiles {
  return {
    keepsHandles: false,
    async pick() {
      const file = await chooseFile(doc);
      return file && { name: file.name, text: await readLimited(file) };
    },
    async saveAs(text, suggestedName) {
      downloadBlob(doc, new Blob([text], { type: 'application/json' }), suggestedName);
      return { name: suggestedName };
    },
    write: () => Promise.resolve(false),
    read: (handle) => Promise.reject(new FileProblem(`"${handle.name}" cannot be read again in this browser.`)),
  };
}

/** Shows the browser's file chooser; resolves with the file, or undefined on cancel. */
function chooseFile(doc: Document): Promise<File | undefined> {
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = [...FLOW_EXTENSIONS, 'application/json'].join(',');
  return new Promise((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    // Chromium and Firefox fire `cancel` when the chooser closes without a file.
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}

/** Downloads `blob` as `name` through a temporary `<a download>` in `doc`. */
export function downloadBlob(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
