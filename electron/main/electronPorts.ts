/** The controller's ports made of Electron's BrowserWindow and dialog modules. */
import { app, type BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { EventChannel } from '../common/channels.ts';
import type { DialogPort, DiscardChoice, WindowPort } from './documentController.ts';

/** The window side: title, macOS edited mark and file icon, and messages to the renderer. */
export function windowPort(win: BrowserWindow): WindowPort {
  const alive = () => !win.isDestroyed();
  return {
    setTitle: (title) => alive() && win.setTitle(title),
    setDocumentEdited: (edited) => alive() && win.setDocumentEdited(edited),
    setRepresentedFilename: (path) => alive() && win.setRepresentedFilename(path),
    sendOpenDocument: (opened) => alive() && win.webContents.send(EventChannel.openDocument, opened),
    sendCommand: (command) => alive() && win.webContents.send(EventChannel.command, command),
    sendOpenFailed(failure) {
      if (!alive()) return false;
      win.webContents.send(EventChannel.openFailed, failure);
      return true;
    },
    close: () => alive() && win.close(),
  };
}

const GRAPH_FILTERS = [
  { name: 'Flowboard graphs', extensions: ['flow.json'] },
  { name: 'JSON files', extensions: ['json'] },
];

const ALL_FILES = { name: 'All files', extensions: ['*'] };

/** Native dialogs, each sheet-attached to `win`. */
export function dialogPort(win: BrowserWindow): DialogPort {
  const documents = () => app.getPath('documents');
  return {
    async confirmDiscard(name) {
      const { response } = await dialog.showMessageBox(win, {
        type: 'warning',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to "${name}"?`,
        detail: "Your changes will be lost if you don't save them.",
      });
      return (['save', 'discard', 'cancel'] as const)[response] satisfies DiscardChoice;
    },
    async confirmRecover(name, savedAt) {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        buttons: ['Restore', 'Discard'],
        defaultId: 0,
        // Escape must not throw work away.
        cancelId: 0,
        noLink: true,
        message: `Flowboard quit without saving "${name}". Restore the unsaved changes?`,
        detail: `They were saved automatically at ${new Date(savedAt).toLocaleString()}.`,
      });
      return response === 0;
    },
    async chooseOpenPath() {
      const { canceled, filePaths } = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [...GRAPH_FILTERS, ALL_FILES] });
      return canceled ? undefined : filePaths[0];
    },
    async chooseSavePath(defaultName) {
      const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: join(documents(), defaultName), filters: GRAPH_FILTERS });
      return canceled || !filePath ? undefined : filePath;
    },
    async chooseExportPath(defaultName, format) {
      const filters = [format === 'png' ? { name: 'PNG image', extensions: ['png'] } : { name: 'SVG image', extensions: ['svg'] }];
      const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: join(documents(), defaultName), filters });
      return canceled || !filePath ? undefined : filePath;
    },
    async chooseExportFilePath(defaultName, kind) {
      // TensorBoard names event files events.out.tfevents.<time>.<host>, so logs have no extension to filter on.
      const filters = kind === 'code' ? [{ name: 'Code', extensions: ['py', 'mjs'] }, ALL_FILES] : kind === 'weights' ? [{ name: 'Flowboard weights', extensions: ['weights.json'] }, ALL_FILES] : [ALL_FILES];
      const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: join(documents(), defaultName), filters });
      return canceled || !filePath ? undefined : filePath;
    },
    async showError(title, message) {
      await dialog.showMessageBox(win, { type: 'error', message: title, detail: message, noLink: true });
    },
  };
}
