import { describe, expect, it, vi } from 'vitest';
import { EventChannel, InvokeChannel, SendChannel } from '../common/channels.ts';
import { emptyDocument } from '../../core/graph/document.ts';
import { createDesktopApi } from './desktopApi.ts';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
    send: vi.fn(),
    on: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn));
    }),
    removeListener: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(fn);
    }),
    emit: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((fn) => fn({ sender: 'the ipcRenderer' }, payload)),
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
}

describe('createDesktopApi', () => {
  it('maps each function to its one channel', async () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc as never, 'linux');
    expect(api.platform).toBe('linux');
    await api.rendererReady();
    await api.save({ text: '{}', saveAs: false });
    await api.exportImage({ format: 'svg', data: '<svg/>' });
    await api.exportFile({ name: 'x.py', data: 'x', kind: 'code' });
    await api.confirmReplace();
    await api.requestOpen();
    await api.requestNew();
    await api.requestOpenSample('hello');
    await api.listRecent();
    await api.requestOpenRecent('r1');
    api.setDocumentState({ title: 't', edited: true });
    api.autosave('{}');
    expect(ipc.invoke.mock.calls).toEqual([
      [InvokeChannel.rendererReady],
      [InvokeChannel.save, { text: '{}', saveAs: false }],
      [InvokeChannel.exportImage, { format: 'svg', data: '<svg/>' }],
      [InvokeChannel.exportFile, { name: 'x.py', data: 'x', kind: 'code' }],
      [InvokeChannel.confirmReplace],
      [InvokeChannel.requestOpen],
      [InvokeChannel.requestNew],
      [InvokeChannel.requestOpenSample, 'hello'],
      [InvokeChannel.listRecent],
      [InvokeChannel.requestOpenRecent, 'r1'],
    ]);
    expect(ipc.send.mock.calls).toEqual([
      [SendChannel.documentState, { title: 't', edited: true }],
      [SendChannel.autosave, '{}'],
    ]);
  });

  it('exposes only functions and the platform, never ipcRenderer itself', () => {
    const api = createDesktopApi(fakeIpc() as never, 'darwin');
    for (const [key, value] of Object.entries(api)) expect(typeof value === 'function' || key === 'platform', key).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [
        'autosave',
        'confirmReplace',
        'exportFile',
        'exportImage',
        'listRecent',
        'onCommand',
        'onOpenDocument',
        'onOpenFailed',
        'onRecentChanged',
        'platform',
        'rendererReady',
        'requestNew',
        'requestOpen',
        'requestOpenRecent',
        'requestOpenSample',
        'save',
        'setDocumentState',
      ].sort(),
    );
  });

  it('passes payloads, not IPC events, to listeners, and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc as never, 'win32');
    const commands: unknown[][] = [];
    const off = api.onCommand((...args) => commands.push(args));
    ipc.emit(EventChannel.command, 'run.train');
    ipc.emit(EventChannel.command, 'rm -rf');
    off();
    ipc.emit(EventChannel.command, 'run.pause');
    expect(commands).toEqual([['run.train']]);
    expect(ipc.count(EventChannel.command)).toBe(0);

    const docs: unknown[] = [];
    api.onOpenDocument((d) => docs.push(d));
    const opened = { document: emptyDocument(), diagnostics: [], name: 'Untitled', origin: 'new', edited: false };
    ipc.emit(EventChannel.openDocument, opened);
    ipc.emit(EventChannel.openDocument, 'junk');
    expect(docs).toEqual([opened]);
  });

  it('passes open failures and recent-list changes on, and drops what does not fit', () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc as never, 'linux');
    const failures: unknown[] = [];
    let changes = 0;
    const offFailed = api.onOpenFailed((f) => failures.push(f));
    const offChanged = api.onRecentChanged((...args: unknown[]) => {
      expect(args).toEqual([]);
      changes++;
    });
    const failure = { name: 'bad.flow.json', message: 'It is damaged.', diagnostics: [{ code: 'DANGLING_EDGE', severity: 'error', message: 'x', nodeName: 'w' }] };
    ipc.emit(EventChannel.openFailed, failure);
    ipc.emit(EventChannel.openFailed, { name: 'x', message: 'no diagnostics' });
    ipc.emit(EventChannel.openFailed, 'junk');
    ipc.emit(EventChannel.recentChanged, undefined);
    ipc.emit(EventChannel.recentChanged, 'junk');
    expect(failures).toEqual([failure]);
    expect(changes).toBe(1);
    offFailed();
    offChanged();
    expect(ipc.count(EventChannel.openFailed) + ipc.count(EventChannel.recentChanged)).toBe(0);
  });
});
