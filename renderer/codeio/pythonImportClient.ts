/**
 * The page's side of the Python import worker: one import at a time, as a
 * promise; `cancel` ends the worker (an import cannot be interrupted any
 * other way) and the next import starts a fresh one.
 */
import type { PythonImport } from './pythonImport.ts';
import type { ImportReply, ImportRequest } from './pythonImportProtocol.ts';

/** What the client needs of a Worker (tests pass a fake). */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type ImportOutcome = PythonImport | { ok: false; cancelled: true };

export type PythonImporter = ReturnType<typeof createPythonImporter>;

/** A client that starts its worker with `makeWorker` on first use. */
export function createPythonImporter(makeWorker: () => ImportWorkerLike) {
  let worker: ImportWorkerLike | undefined;
  let pending: { id: number; resolve: (outcome: ImportOutcome) => void } | undefined;
  let nextId = 1;

  const settle = (outcome: ImportOutcome) => {
    const p = pending;
    pending = undefined;
    p?.resolve(outcome);
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const started = (): ImportWorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = ({ data }) => {
      if (data.id === pending?.id) settle(data.result);
    };
    w.onerror = (event) => {
      // A worker that failed (out of memory on a huge paste) is not reused.
      stop();
      settle({ ok: false, message: `The import stopped: ${event.message || 'the importer failed'}. Try a smaller program.`, skipped: [] });
    };
    return (worker = w);
  };

  return {
    /** Imports `text`; a second import before the first answers cancels the first. */
    importText(text: string, fileName?: string, files?: Record<string, string>): Promise<ImportOutcome> {
      if (pending) this.cancel();
      const id = nextId++;
      const result = new Promise<ImportOutcome>((resolve) => (pending = { id, resolve }));
      started().postMessage({ id, text, ...(fileName === undefined ? {} : { fileName }), ...(files ? { files } : {}) });
      return result;
    },
    /** Ends the import under way, if any; its promise resolves as cancelled. */
    cancel(): void {
      if (!pending) return;
      stop();
      settle({ ok: false, cancelled: true });
    },
    /** Whether an import is under way. */
    get busy(): boolean {
      return pending !== undefined;
    },
  };
}

let appImporter: PythonImporter | undefined;

/** The app's importer, its worker started on the first import. */
export function pythonImporter(): PythonImporter {
  appImporter ??= createPythonImporter(() => new Worker(new URL('./pythonImport.worker.ts', import.meta.url), { type: 'module', name: 'python-import' }) as unknown as ImportWorkerLike);
  return appImporter;
}
