import { describe, expect, it } from 'vitest';
import { importPythonText } from './pythonImport.ts';
import { createPythonImporter, type ImportWorkerLike } from './pythonImportClient.ts';
import type { ImportReply, ImportRequest } from './pythonImportProtocol.ts';

/** A worker that answers when told to, as the real one does when its import ends. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ImportRequest[] = [];
  terminated = false;
  postMessage(message: ImportRequest) {
    this.received.push(message);
  }
  answer(index = this.received.length - 1) {
    const { id, text, fileName } = this.received[index];
    this.onmessage?.({ data: { id, result: importPythonText(text, fileName) } } as MessageEvent<ImportReply>);
  }
  terminate() {
    this.terminated = true;
  }
}

const XOR = 'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 2])\ny = tf.sigmoid(x)\n';

function importer() {
  const workers: FakeWorker[] = [];
  const client = createPythonImporter(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('the Python import client', () => {
  it("sends the code to one worker and resolves with the worker's import", async () => {
    const { client, workers } = importer();
    const result = client.importText(XOR, 'xor.py');
    expect(client.busy).toBe(true);
    workers[0].answer();
    await expect(result).resolves.toMatchObject({ ok: true, name: 'xor' });
    expect(client.busy).toBe(false);
    const again = client.importText(XOR);
    workers[0].answer();
    await expect(again).resolves.toMatchObject({ ok: true, name: 'Imported Python' });
    expect(workers).toHaveLength(1);
  });

  it('cancels by ending the worker, and starts a fresh one for the next import', async () => {
    const { client, workers } = importer();
    const result = client.importText(XOR);
    client.cancel();
    await expect(result).resolves.toEqual({ ok: false, cancelled: true });
    expect(workers[0].terminated).toBe(true);
    const next = client.importText(XOR);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    await expect(next).resolves.toMatchObject({ ok: true });
  });

  it('lets a new import replace one under way, ignoring the old answer', async () => {
    const { client, workers } = importer();
    const first = client.importText(XOR, 'first.py');
    const second = client.importText(XOR, 'second.py');
    await expect(first).resolves.toEqual({ ok: false, cancelled: true });
    workers[1].answer();
    await expect(second).resolves.toMatchObject({ ok: true, name: 'second' });
  });

  it('says the import stopped when the worker fails, without a stack, and recovers', async () => {
    const { client, workers } = importer();
    const result = client.importText(XOR);
    workers[0].onerror?.({ message: 'Out of memory' } as ErrorEvent);
    await expect(result).resolves.toEqual({ ok: false, message: 'The import stopped: Out of memory. Try a smaller program.', skipped: [] });
    expect(workers[0].terminated).toBe(true);
    const next = client.importText(XOR);
    workers[1].answer();
    await expect(next).resolves.toMatchObject({ ok: true });
  });
});
