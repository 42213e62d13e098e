/**
 * Creates the main window: restored bounds, locked-down web preferences,
 * navigation guards, the unsaved-changes prompt on close, and its document
 * controller. The app's pages come from the app protocol (or the dev server).
 */
import { type BrowserWindow, screen } from 'electron';
import type { Autosave } from './autosave.ts';
import { DocumentController } from './documentController.ts';
import { dialogPort, windowPort } from './electronPorts.ts';
import { readJsonFile, writeJsonFileSync } from './jsonStore.ts';
import type { Log } from './log.ts';
import type { RecentFiles } from './recentFiles.ts';
import { createBrowserWindow } from './windowOptions.ts';
import { parseWindowState, restoreWindowState, type WindowState } from './windowState.ts';

const MAX_RELOADS = 3;

export interface MainWindowSetup {
  /** The URL of the app's index page. */
  url: string;
  preload: string;
  isDev: boolean;
  windowStateFile: string;
  recent: RecentFiles;
  autosave: Autosave;
  recentChanged(path?: string): void;
  /** The user's home folder (shown to the page as `~`). */
  homeDir: string;
  log: Log;
}

export interface MainWindow {
  window: BrowserWindow;
  controller: DocumentController;
}

/** Opens the window and starts loading the app. */
export async function createMainWindow(setup: MainWindowSetup): Promise<MainWindow> {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const restored = restoreWindowState(parseWindowState(await readJsonFile(setup.windowStateFile)), workAreas);
  const window = createBrowserWindow(restored, setup.preload, setup.isDev);
  if (restored.maximized) window.maximize();

  const controller = new DocumentController({
    window: windowPort(window),
    dialogs: dialogPort(window),
    recent: setup.recent,
    autosave: setup.autosave,
    recentChanged: setup.recentChanged,
    platform: process.platform as 'darwin' | 'win32' | 'linux',
    homeDir: setup.homeDir,
    log: setup.log,
  });

  window.on('close', (event) => {
    saveWindowState(window, setup);
    if (controller.mayClose) return;
    event.preventDefault();
    void controller.requestClose();
  });
  window.once('ready-to-show', () => window.show());
  // A reload or a crashed page starts over with its own start document.
  window.webContents.on('did-start-navigation', (event) => {
    if (event.isMainFrame && !event.isSameDocument) controller.rendererGone();
  });
  // A crashed page is reloaded (a few times at most), and its autosave is offered back.
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    controller.rendererGone();
    const reload = details.reason !== 'clean-exit' && reloads++ < MAX_RELOADS && !window.isDestroyed();
    setup.log(`the page's process is gone (${details.reason})${reload ? '; reloading' : ''}`);
    if (reload) void window.loadURL(setup.url);
  });

  await window.loadURL(setup.url);
  return { window, controller };
}

function saveWindowState(window: BrowserWindow, setup: MainWindowSetup): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  try {
    writeJsonFileSync(setup.windowStateFile, state);
  } catch (e) {
    setup.log(`could not remember the window's position: ${(e as Error).message}`);
  }
}
