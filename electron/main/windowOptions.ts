/**
 * The main window's BrowserWindow, web preferences above all: the renderer
 * is treated as an untrusted web page. The options are written out at the
 * constructor call so static checkers (electronegativity) can read them.
 */
import { BrowserWindow } from 'electron';
import { MIN_SIZE, type RestoredWindow } from './windowState.ts';

/** Creates the (hidden) main window; `preload` is the built preload script's absolute path. */
export function createBrowserWindow(restored: RestoredWindow, preload: string, isDev: boolean): BrowserWindow {
  const { maximized: _maximized, ...bounds } = restored;
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Flowboard',
    // Shown on ready-to-show, so the window never flashes white before the app paints.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      devTools: isDev,
    },
  });
}
