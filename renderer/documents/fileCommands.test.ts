import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import type { Platform, SaveOutcome } from '../platform/platform.ts';
import { addNode } from '../store/commands/addNode.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { createDocumentsStore } from './documentsStore.ts';
import { createFileCommands } from './fileCommands.ts';

function setup(outcome: () => Promise<SaveOutcome>) {
  const store = createFlowStore();
  const docs = createDocumentsStore();
  const platform = { save: vi.fn(outcome), openSample: vi.fn(async () => undefined) } as unknown as Platform;
  store.getState().openDocument(emptyDocument('Mine'), { name: 'Untitled', origin: 'new' });
  const commands = createFileCommands(store, platform, docs);
  const s = store.getState;
  return { store, docs, platform, commands, s };
}

describe('saving', () => {
  it('writes the document as text and marks that document saved under the new name', async () => {
    const { commands, s, platform } = setup(async () => ({ status: 'saved', name: 'mine.flow.json' }));
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    const doc = s().document;
    await commands.save();
    expect(platform.save).toHaveBeenCalledWith(saveDocument(doc), false);
    expect(s().savedDocument).toBe(doc);
    expect(s().file).toEqual({ name: 'mine.flow.json', origin: 'file' });
    expect(s().notice).toEqual({ kind: 'info', text: 'Saved "mine.flow.json"' });
  });

  it('an edit made while the save dialog is open stays unsaved', async () => {
    let finish!: (o: SaveOutcome) => void;
    const { commands, s } = setup(() => new Promise((r) => (finish = r)));
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    const written = s().document;
    const saving = commands.save(true);
    s().apply(addNode, { op: 'Sigmoid', position: { x: 0, y: 0 } });
    finish({ status: 'saved', name: 'a.flow.json' });
    await saving;
    expect(s().savedDocument).toBe(written);
    expect(s().document).not.toBe(s().savedDocument);
  });

  it('a second Save while one is under way waits for it instead of asking again', async () => {
    let finish!: (o: SaveOutcome) => void;
    const { commands, platform } = setup(() => new Promise((r) => (finish = r)));
    const first = commands.save();
    const second = commands.save();
    finish({ status: 'canceled' });
    expect(await first).toEqual(await second);
    expect(platform.save).toHaveBeenCalledTimes(1);
  });

  it('a cancelled save changes nothing; a failed one says why', async () => {
    const { commands, s } = setup(async () => ({ status: 'canceled' }));
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    await commands.save();
    expect(s().file.name).toBe('Untitled');
    expect(s().document).not.toBe(s().savedDocument);
    const failing = setup(async () => ({ status: 'failed', message: 'Could not save "x": disk full' }));
    await failing.commands.save();
    expect(failing.s().notice).toEqual({ kind: 'error', text: 'Could not save "x": disk full' });
  });
});

describe('receiving documents', () => {
  it('opens a delivered document, a restored draft as edited with a notice', () => {
    const { commands, s, store } = setup(async () => ({ status: 'canceled' }));
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    const doc = emptyDocument('Draft');
    commands.receive({ kind: 'opened', document: doc, diagnostics: [], name: 'x.flow.json', origin: 'file', edited: true });
    expect(s().document).toBe(doc);
    expect(s().file).toEqual({ name: 'x.flow.json', origin: 'file' });
    expect(s().document).not.toBe(s().savedDocument);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(s().notice).toEqual({ kind: 'info', text: 'Restored unsaved changes to "x.flow.json"' });
  });

  it('a failure shows its dialog and leaves the document and its undo history alone', () => {
    const { commands, s, store, docs } = setup(async () => ({ status: 'canceled' }));
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    const before = s().document;
    commands.receive({ kind: 'failed', name: 'bad.flow.json', message: 'broken', diagnostics: [] });
    expect(s().document).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(docs.getState().dialogs).toMatchObject([{ kind: 'loadFailure', failure: { name: 'bad.flow.json' } }]);
  });

  it('opening a sample closes the gallery first', async () => {
    const { commands, docs, platform } = setup(async () => ({ status: 'canceled' }));
    docs.getState().setGalleryOpen(true);
    await commands.openSample('xor-nn');
    expect(docs.getState().galleryOpen).toBe(false);
    expect(platform.openSample).toHaveBeenCalledWith('xor-nn');
  });
});
