/**
 * Builds the `window.flowboard` API from ipcRenderer: one function per
 * message. The raw ipcRenderer and its event objects never reach the page.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { EventChannel, InvokeChannel, SendChannel } from '../common/channels.ts';
import type { DesktopApi, Unsubscribe } from '../common/desktopApi.ts';
import { isMenuCommand, type MenuCommand } from '../common/menuCommands.ts';
import type { DesktopPlatform, OpenedDocument, OpenFailure } from '../common/payloads.ts';

type Ipc = Pick<IpcRenderer, 'invoke' | 'send' | 'on' | 'removeListener'>;

/** The API over `ipc`; `platform` is the preload's process.platform. */
export function createDesktopApi(ipc: Ipc, platform: DesktopPlatform): DesktopApi {
  /** Subscribes without handing the page the IPC event (it carries the sender). */
  function listen<T>(channel: EventChannel, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): Unsubscribe {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(channel, wrapped);
    return () => void ipc.removeListener(channel, wrapped);
  }

  return {
    platform,
    rendererReady: () => ipc.invoke(InvokeChannel.rendererReady),
    setDocumentState: (state) => ipc.send(SendChannel.documentState, state),
    autosave: (text) => ipc.send(SendChannel.autosave, text),
    save: (request) => ipc.invoke(InvokeChannel.save, request),
    exportImage: (request) => ipc.invoke(InvokeChannel.exportImage, request),
    exportFile: (request) => ipc.invoke(InvokeChannel.exportFile, request),
    confirmReplace: () => ipc.invoke(InvokeChannel.confirmReplace),
    requestOpen: () => ipc.invoke(InvokeChannel.requestOpen),
    requestNew: () => ipc.invoke(InvokeChannel.requestNew),
    requestOpenSample: (name) => ipc.invoke(InvokeChannel.requestOpenSample, name),
    listRecent: () => ipc.invoke(InvokeChannel.listRecent),
    requestOpenRecent: (id) => ipc.invoke(InvokeChannel.requestOpenRecent, id),
    // The main process validated the document; the check here only guards against a mixed-up channel.
    onOpenDocument: (listener) => listen(EventChannel.openDocument, (p): p is OpenedDocument => typeof p === 'object' && p !== null && 'document' in p, listener),
    onOpenFailed: (listener) => listen(EventChannel.openFailed, isOpenFailure, listener),
    onCommand: (listener) => listen(EventChannel.command, (p): p is MenuCommand => isMenuCommand(p), listener),
    onRecentChanged: (listener) => listen(EventChannel.recentChanged, (p): p is undefined => p === undefined, () => listener()),
  };
}

/** The shape of an open failure; like the check on documents, it guards against a mixed-up channel. */
function isOpenFailure(p: unknown): p is OpenFailure {
  if (typeof p !== 'object' || p === null) return false;
  const { name, message, diagnostics } = p as Record<string, unknown>;
  return typeof name === 'string' && typeof message === 'string' && Array.isArray(diagnostics);
}
