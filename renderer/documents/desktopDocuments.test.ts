/** The documents feature over the desktop platform: the shell's recent list and open failures reach the gallery and the failure dialog. */
import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import type { DesktopApi } from '../../electron/common/desktopApi.ts';
import type { OpenedDocument, OpenFailure, RecentEntry } from '../../electron/common/payloads.ts';
import { desktopPlatform } from '../platform/desktopPlatform.ts';
import { listeners } from '../platform/listeners.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { connectPlatform } from './connectPlatform.ts';
import { createDocumentsStore } from './documentsStore.ts';
import { createFileCommands } from './fileCommands.ts';
import { IO_WAIT } from '../../test/ioWait.ts';

/** A `window.flowboard` whose shell side the test plays. */
function fakeShell(recent: RecentEntry[]) {
  const opened = listeners<OpenedDocument>();
  const failed = listeners<OpenFailure>();
  const changed = listeners<void>();
  const api: DesktopApi = {
    platform: 'linux',
    rendererReady: async () => undefined,
    setDocumentState: () => undefined,
    autosave: () => undefined,
    save: async () => ({ status: 'canceled' }),
    exportImage: async () => ({ status: 'canceled' }),
    exportFile: async () => ({ status: 'canceled' }),
    confirmReplace: async () => true,
    requestOpen: async () => undefined,
    requestNew: async () => undefined,
    requestOpenSample: async () => undefined,
    listRecent: vi.fn(async () => recent),
    requestOpenRecent: vi.fn(async () => undefined),
    onOpenDocument: opened.add,
    onOpenFailed: failed.add,
    onCommand: () => () => undefined,
    onRecentChanged: (listener) => changed.add(() => listener()),
  };
  return { api, failed, changed, setRecent: (next: RecentEntry[]) => (recent = next) };
}

function setup() {
  const shell = fakeShell([{ id: 'r1', name: 'xor.flow.json', folder: 'lessons', usedAt: '2025-01-01T10:00:00.000Z' }]);
  const platform = desktopPlatform(shell.api, { readBytes: () => Promise.reject(new Error('none')) });
  const store = createFlowStore();
  store.getState().openDocument(emptyDocument('Mine'), { name: 'mine.flow.json', origin: 'file' });
  const docs = createDocumentsStore();
  const commands = createFileCommands(store, platform, docs);
  const connection = connectPlatform(platform, store, docs, commands, new EventTarget() as unknown as Window);
  return { shell, platform, store, docs, commands, connection };
}

describe('documents in the desktop app', () => {
  it('shows the shell\u2019s recent files in the gallery, and follows changes to the list', async () => {
    const { shell, platform, docs, connection } = setup();
    await connection.started;
    expect(platform.listsRecentDocuments).toBe(true);
    await vi.waitFor(() => expect(docs.getState().recent).toEqual([{ id: 'r1', name: 'xor.flow.json', folder: 'lessons', usedAt: '2025-01-01T10:00:00.000Z', linked: true }]), IO_WAIT);
    shell.setRecent([]);
    shell.changed.emit();
    await vi.waitFor(() => expect(docs.getState().recent).toEqual([]), IO_WAIT);
    connection.disconnect();
  });

  it('opens a recent file by its id, closing the gallery first', async () => {
    const { shell, docs, commands, connection } = setup();
    docs.getState().setGalleryOpen(true);
    await commands.openRecent('r1');
    expect(docs.getState().galleryOpen).toBe(false);
    expect(shell.api.requestOpenRecent).toHaveBeenCalledWith('r1');
    connection.disconnect();
  });

  it('shows a file the shell could not open in the failure dialog, leaving the open document alone', async () => {
    const { shell, store, docs, connection } = setup();
    const before = store.getState().document;
    const failure: OpenFailure = {
      name: 'bad.flow.json',
      message: '"bad.flow.json" is damaged and must be repaired before it can be edited.',
      diagnostics: [{ code: 'DANGLING_EDGE', severity: 'error', message: 'a wire leads to a node that does not exist', nodeId: 'n1', nodeName: 'weights' }],
    };
    shell.failed.emit(failure);
    expect(docs.getState().dialogs).toMatchObject([{ kind: 'loadFailure', failure: { kind: 'failed', ...failure } }]);
    expect(store.getState().document).toBe(before);
    connection.disconnect();
    shell.failed.emit(failure);
    expect(docs.getState().dialogs).toHaveLength(1);
  });
});
