/**
 * The Python importer off the page's thread: a pasted program of any size
 * imports here while the page stays responsive, and Cancel ends the worker.
 * Started by pythonImportClient.ts; it imports core's importer and nothing of the UI.
 */
import { importPythonText } from './pythonImport.ts';
import type { ImportReply, ImportRequest } from './pythonImportProtocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib the app compiles with does not declare it). */
interface WorkerScope {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = ({ data: { id, text, fileName, files } }) => {
  try {
    scope.postMessage({ id, result: importPythonText(text, fileName, files) });
  } catch (e) {
    // The importer never throws on any text; running out of memory on a huge paste still can.
    scope.postMessage({ id, result: { ok: false, message: `The import stopped: ${(e as Error).message}`, skipped: [] } });
  }
};
