import type { IpcMainEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvokeChannel, SendChannel } from '../common/channels.ts';
import { checkDocumentState, checkSaveRequest } from '../common/validatePayloads.ts';
import { APP_INDEX_URL, APP_ORIGIN } from './appProtocol.ts';

type Listener = (event: unknown, payload: unknown) => unknown;
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>(), listeners: new Map<string, Listener>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Listener) => ipc.handlers.set(channel, fn),
    on: (channel: string, fn: Listener) => ipc.listeners.set(channel, fn),
  },
}));

const { handleInvoke, handleSend, senderProblem } = await import('./ipcGuard.ts');

const appWindow = { id: 1 } as unknown as WebContents;
const otherContents = { id: 2 } as unknown as WebContents;

function event(url: string | null, options: { subframe?: boolean; sender?: WebContents } = {}) {
  const senderFrame = url === null ? null : { url, parent: options.subframe ? { url: APP_INDEX_URL } : null };
  return { sender: options.sender ?? appWindow, senderFrame } as unknown as IpcMainEvent;
}

let logged: string[];
let policy: Parameters<typeof senderProblem>[1];
beforeEach(() => {
  ipc.handlers.clear();
  ipc.listeners.clear();
  logged = [];
  policy = { appOrigins: [APP_ORIGIN], isAppWindow: (c) => c === appWindow, log: (m) => logged.push(m) };
});

describe('senderProblem', () => {
  it('trusts the main frame of an app window showing the app', () => {
    expect(senderProblem(event(APP_INDEX_URL), policy)).toBeUndefined();
    expect(senderProblem(event('app://flowboard/#/lesson/2'), policy)).toBeUndefined();
  });

  it.each([
    ['a web page', event('https://evil.example/'), 'is not the app'],
    ['a look-alike host', event('app://flowboard.evil/index.html'), 'is not the app'],
    ['a file URL', event('file:///home/me/index.html'), 'is not the app'],
    ['a subframe', event(APP_INDEX_URL, { subframe: true }), 'subframe'],
    ['a destroyed frame', event(null), 'gone'],
    ['another window', event(APP_INDEX_URL, { sender: otherContents }), 'not a Flowboard window'],
  ])('refuses %s', (_, e, reason) => {
    expect(senderProblem(e, policy)).toContain(reason);
  });
});

describe('handleInvoke', () => {
  const save = vi.fn(async (request: { text: string; saveAs: boolean }) => ({ status: 'saved', name: request.text }));
  beforeEach(() => {
    save.mockClear();
    handleInvoke(InvokeChannel.save, checkSaveRequest, save, policy);
  });
  const invoke = (e: unknown, payload: unknown) => Promise.resolve().then(() => ipc.handlers.get(InvokeChannel.save)!(e, payload));

  it('passes a valid payload from the app to the handler', async () => {
    await expect(invoke(event(APP_INDEX_URL), { text: 'doc', saveAs: false })).resolves.toEqual({ status: 'saved', name: 'doc' });
    expect(save).toHaveBeenCalledOnce();
    expect(logged).toEqual([]);
  });

  it('rejects and logs a foreign sender without running the handler', async () => {
    await expect(invoke(event('https://evil.example/x'), { text: 'doc', saveAs: false })).rejects.toThrow('flowboard:save refused: untrusted sender');
    expect(save).not.toHaveBeenCalled();
    expect(logged).toEqual(['refused flowboard:save: the sender "https://evil.example/x" is not the app']);
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'doc'],
    ['a missing field', { text: 'doc' }],
    ['a wrong type', { text: 42, saveAs: false }],
    ['an extra field', { text: 'doc', saveAs: false, path: '/etc/passwd' }],
  ])('rejects and logs a malformed payload: %s', async (_, payload) => {
    await expect(invoke(event(APP_INDEX_URL), payload)).rejects.toThrow('flowboard:save refused: malformed payload');
    expect(save).not.toHaveBeenCalled();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^refused flowboard:save from app:\/\/flowboard\/index.html: malformed payload \(.+\)$/);
  });
});

describe('a sender that throws when inspected', () => {
  /** A frame whose properties throw, as a disposed or hostile frame object may. */
  function throwingEvent(property: 'url' | 'parent' | 'senderFrame' | 'sender') {
    const frame = { parent: null, url: APP_INDEX_URL };
    Object.defineProperty(frame, property === 'sender' || property === 'senderFrame' ? 'url' : property, property === 'sender' || property === 'senderFrame' ? { value: APP_INDEX_URL } : { get: () => { throw new Error(`${property} getter exploded`); } });
    const e = { senderFrame: frame } as Record<string, unknown>;
    if (property === 'senderFrame') Object.defineProperty(e, 'senderFrame', { get: () => { throw new Error('senderFrame getter exploded'); } });
    Object.defineProperty(e, 'sender', property === 'sender' ? { get: () => { throw new Error('sender getter exploded'); } } : { value: appWindow });
    return e as unknown as IpcMainEvent;
  }

  it.each(['url', 'parent', 'senderFrame', 'sender'] as const)('is refused when its %s throws, and the handler never runs', async (property) => {
    const save = vi.fn();
    handleInvoke(InvokeChannel.save, checkSaveRequest, save, policy);
    await expect(Promise.resolve().then(() => ipc.handlers.get(InvokeChannel.save)!(throwingEvent(property), { text: 'doc', saveAs: false }))).rejects.toThrow('flowboard:save refused: untrusted sender');
    const onState = vi.fn();
    handleSend(SendChannel.documentState, checkDocumentState, onState, policy);
    expect(() => ipc.listeners.get(SendChannel.documentState)!(throwingEvent(property), { title: 'g', edited: true })).not.toThrow();
    expect(save).not.toHaveBeenCalled();
    expect(onState).not.toHaveBeenCalled();
    expect(logged.every((line) => line.includes(`${property} getter exploded`))).toBe(true);
    expect(logged).toHaveLength(2);
  });
});

describe('handleSend', () => {
  it('drops and logs what it refuses, delivers the rest', () => {
    const onState = vi.fn();
    handleSend(SendChannel.documentState, checkDocumentState, onState, policy);
    const send = ipc.listeners.get(SendChannel.documentState)!;
    send(event(APP_INDEX_URL), { title: 'g', edited: true });
    send(event(APP_INDEX_URL), { title: 'g', edited: 'yes' });
    send(event('https://evil.example/'), { title: 'g', edited: true });
    expect(onState.mock.calls.map((c) => c[0])).toEqual([{ title: 'g', edited: true }]);
    expect(logged).toEqual([
      'refused flowboard:document-state from app://flowboard/index.html: malformed payload (edited must be true or false)',
      'refused flowboard:document-state: the sender "https://evil.example/" is not the app',
    ]);
  });
});
