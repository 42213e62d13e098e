import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvokeChannel, SendChannel } from '../common/channels.ts';
import { APP_INDEX_URL, APP_ORIGIN } from './appProtocol.ts';
import type { DocumentController } from './documentController.ts';

type Listener = (event: unknown, payload?: unknown) => unknown;
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>(), listeners: new Map<string, Listener>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Listener) => ipc.handlers.set(channel, fn),
    on: (channel: string, fn: Listener) => ipc.listeners.set(channel, fn),
  },
}));

const { registerIpcHandlers } = await import('./ipcHandlers.ts');

const contents = { id: 7 } as WebContents;
const fromApp = { sender: contents, senderFrame: { url: APP_INDEX_URL, parent: null } };
const fromWeb = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } };

const controller = {
  rendererReady: vi.fn(async () => undefined),
  save: vi.fn(async () => ({ status: 'canceled' })),
  exportImage: vi.fn(async () => ({ status: 'canceled' })),
  exportFile: vi.fn(async () => ({ status: 'canceled' })),
  confirmReplace: vi.fn(async () => true),
  open: vi.fn(async () => undefined),
  newDocument: vi.fn(async () => undefined),
  openSample: vi.fn(async () => undefined),
  openRecent: vi.fn(async () => undefined),
  listRecent: vi.fn(() => [{ id: 'r1', name: 'xor.flow.json', folder: 'lessons' }]),
  setDocumentState: vi.fn(),
  autosave: vi.fn(),
};

let logged: string[];
beforeEach(() => {
  ipc.handlers.clear();
  ipc.listeners.clear();
  logged = [];
  Object.values(controller).forEach((f) => f.mockClear());
  registerIpcHandlers({ appOrigins: [APP_ORIGIN], isAppWindow: (c) => c === contents, log: (m) => logged.push(m) }, () => controller as unknown as DocumentController);
});

const invoke = (channel: string, event: unknown, payload?: unknown) => Promise.resolve().then(() => ipc.handlers.get(channel)!(event, payload));

describe('registerIpcHandlers', () => {
  it('answers every invoke channel and listens on every send channel', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(InvokeChannel).sort());
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(SendChannel).sort());
  });

  it('routes valid messages to the sender\u2019s document', async () => {
    await invoke(InvokeChannel.rendererReady, fromApp);
    await invoke(InvokeChannel.save, fromApp, { text: '{}', saveAs: true });
    await invoke(InvokeChannel.exportImage, fromApp, { format: 'svg', data: '<svg/>' });
    await invoke(InvokeChannel.exportFile, fromApp, { name: 'xor.py', data: 'import x', kind: 'code' });
    expect(await invoke(InvokeChannel.confirmReplace, fromApp)).toBe(true);
    await invoke(InvokeChannel.requestOpen, fromApp);
    await invoke(InvokeChannel.requestNew, fromApp);
    await invoke(InvokeChannel.requestOpenSample, fromApp, 'hello');
    expect(await invoke(InvokeChannel.listRecent, fromApp)).toEqual([{ id: 'r1', name: 'xor.flow.json', folder: 'lessons' }]);
    await invoke(InvokeChannel.requestOpenRecent, fromApp, '0b0c3f52-9a1e-4f7e-8d2a-5c1b7e3d9f10');
    ipc.listeners.get(SendChannel.documentState)!(fromApp, { title: 't', edited: true });
    ipc.listeners.get(SendChannel.autosave)!(fromApp, '{}');
    expect(controller.save).toHaveBeenCalledWith({ text: '{}', saveAs: true });
    expect(controller.exportImage).toHaveBeenCalledWith({ format: 'svg', data: '<svg/>' });
    expect(controller.exportFile).toHaveBeenCalledWith({ name: 'xor.py', data: 'import x', kind: 'code' });
    expect(controller.openSample).toHaveBeenCalledWith('hello');
    expect(controller.openRecent).toHaveBeenCalledWith('0b0c3f52-9a1e-4f7e-8d2a-5c1b7e3d9f10');
    expect(controller.setDocumentState).toHaveBeenCalledWith({ title: 't', edited: true });
    expect(controller.autosave).toHaveBeenCalledWith('{}');
    for (const f of [controller.rendererReady, controller.open, controller.newDocument, controller.confirmReplace, controller.listRecent]) expect(f).toHaveBeenCalledOnce();
    expect(logged).toEqual([]);
  });

  it.each([
    [InvokeChannel.rendererReady, 'anything'],
    [InvokeChannel.requestOpen, { path: '/etc/passwd' }],
    [InvokeChannel.requestOpenSample, '../../etc/passwd'],
    [InvokeChannel.exportImage, { format: 'exe', data: 'MZ' }],
    [InvokeChannel.exportImage, { format: 'png', data: 'not bytes' }],
    [InvokeChannel.exportFile, { name: '../../.bashrc', data: 'x', kind: 'code' }],
    [InvokeChannel.exportFile, { name: 'x.py', data: 'x', kind: 'exe' }],
    [InvokeChannel.exportFile, { name: 'x.py', data: [1], kind: 'logs' }],
    [InvokeChannel.exportFile, { name: 'x.py', data: 'x', kind: 'code', path: '/tmp/x.py' }],
    [InvokeChannel.confirmReplace, { force: true }],
    [InvokeChannel.save, { text: '{}', saveAs: 'yes' }],
    [InvokeChannel.listRecent, { all: true }],
    [InvokeChannel.requestOpenRecent, '/home/me/secret.flow.json'],
    [InvokeChannel.requestOpenRecent, { id: 'r1' }],
    [InvokeChannel.requestOpenRecent, 7],
  ])('refuses %s with a malformed payload %j', async (channel, payload) => {
    await expect(invoke(channel, fromApp, payload)).rejects.toThrow('malformed payload');
    expect(logged).toHaveLength(1);
    expect(Object.values(controller).every((f) => f.mock.calls.length === 0)).toBe(true);
  });

  it('refuses every channel from a foreign page', async () => {
    for (const channel of Object.values(InvokeChannel)) await expect(invoke(channel, fromWeb)).rejects.toThrow('untrusted sender');
    for (const channel of Object.values(SendChannel)) ipc.listeners.get(channel)!(fromWeb, '{}');
    expect(logged).toHaveLength(Object.values(InvokeChannel).length + Object.values(SendChannel).length);
    expect(Object.values(controller).every((f) => f.mock.calls.length === 0)).toBe(true);
  });
});
