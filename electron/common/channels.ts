/**
 * The IPC channel names shared by the main process, the preload and the
 * renderer's platform layer. All carry the `flowboard:` prefix so a foreign
 * or stray message is recognisable in logs.
 */

/** Renderer to main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const InvokeChannel = {
  rendererReady: 'flowboard:renderer-ready',
  save: 'flowboard:save',
  exportImage: 'flowboard:export-image',
  exportFile: 'flowboard:export-file',
  confirmReplace: 'flowboard:confirm-replace',
  requestOpen: 'flowboard:request-open',
  requestNew: 'flowboard:request-new',
  requestOpenSample: 'flowboard:request-open-sample',
  listRecent: 'flowboard:list-recent',
  requestOpenRecent: 'flowboard:request-open-recent',
} as const;

/** Renderer to main, fire and forget (ipcRenderer.send / ipcMain.on). */
export const SendChannel = {
  documentState: 'flowboard:document-state',
  autosave: 'flowboard:autosave',
} as const;

/** Main to renderer (webContents.send / ipcRenderer.on). */
export const EventChannel = {
  openDocument: 'flowboard:open-document',
  command: 'flowboard:command',
  openFailed: 'flowboard:open-failed',
  recentChanged: 'flowboard:recent-changed',
} as const;

export type InvokeChannel = (typeof InvokeChannel)[keyof typeof InvokeChannel];
export type SendChannel = (typeof SendChannel)[keyof typeof SendChannel];
export type EventChannel = (typeof EventChannel)[keyof typeof EventChannel];
