/**
 * The main process's entry: one app instance, the app protocol, the locked
 * down session, the menu, IPC, and files from the command line or the OS.
 * The logic lives in the modules it wires together.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session, type WebContents } from 'electron';
import squirrelStartup from 'electron-squirrel-startup';
import { join } from 'node:path';
import { EventChannel } from '../common/channels.ts';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol.ts';
import { cleanStaleTemps } from './atomicWrite.ts';
import { Autosave } from './autosave.ts';
import { registerIpcHandlers } from './ipcHandlers.ts';
import { filesFromArgv } from './launchArgs.ts';
import { consoleLog as log } from './log.ts';
import { createMainWindow, type MainWindow } from './mainWindow.ts';
import { buildMenuTemplate } from './menuTemplate.ts';
import { guardNavigation } from './navigationGuards.ts';
import { originOf } from './origins.ts';
import { denyAllPermissions } from './permissions.ts';
import { RecentFiles } from './recentFiles.ts';
import { sampleEntries } from './samples.ts';

const devServerUrl = app.isPackaged ? undefined : MAIN_WINDOW_VITE_DEV_SERVER_URL;
const isDev = devServerUrl !== undefined;
const appOrigins = [isDev ? originOf(devServerUrl)! : APP_ORIGIN];
const platform = process.platform as 'darwin' | 'win32' | 'linux';
/** `electron .` puts the app folder after the executable; a packaged app does not. */
const argvSkip = process.defaultApp ? 2 : 1;
const launchFiles = filesFromArgv(process.argv, process.cwd(), argvSkip);

// The Windows installer runs the app once to make shortcuts; it must not show a window then.
if (squirrelStartup) app.quit();
// Must happen before ready: the scheme's privileges are fixed at start-up.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const windows = new Map<number, MainWindow>();
let recent: RecentFiles;
let autosave: Autosave;
let quitting = false;

if (!squirrelStartup && !app.requestSingleInstanceLock()) app.quit();
else if (!squirrelStartup) start();

function start(): void {
  const userData = app.getPath('userData');
  recent = new RecentFiles(join(userData, 'recent-files.json'));
  autosave = new Autosave(join(userData, 'autosave'), undefined, (e) => log(`autosave failed: ${(e as Error).message}`));

  // macOS sends files from Finder and the Dock this way, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPath(path);
  });
  // Windows and Linux start a second instance for a double-clicked file; it hands over its arguments and quits.
  app.on('second-instance', (_event, argv, cwd) => {
    for (const path of filesFromArgv(argv, cwd, argvSkip)) void openPath(path);
    const target = currentWindow();
    if (target) {
      if (target.window.isMinimized()) target.window.restore();
      target.window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigins, log));
  // Quitting closes each window, and an edited one holds its close for the prompt; once it
  // closes, the quit carries on (macOS would otherwise stay open without windows).
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0) void openWindow();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession, log);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME)));
    registerIpcHandlers({ appOrigins, isAppWindow: (c) => windows.has(c.id), log }, (c: WebContents) => windows.get(c.id)!.controller);
    await recent.load();
    // Temporaries that a crash during a save left beside the settings and the recent documents.
    void Promise.all([join(userData, 'recent-files.json'), join(userData, 'window-state.json'), ...recent.list()].map(cleanStaleTemps));
    installMenu();
    await openWindow();
    for (const path of launchFiles) void openPath(path);
  });
}

async function openWindow(): Promise<MainWindow> {
  const created = await createMainWindow({
    url: devServerUrl ?? APP_INDEX_URL,
    preload: join(__dirname, 'preload.cjs'),
    isDev,
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
    recent,
    autosave,
    recentChanged,
    homeDir: app.getPath('home'),
    log,
  });
  const id = created.window.webContents.id;
  windows.set(id, created);
  created.window.on('closed', () => windows.delete(id));
  return created;
}

function currentWindow(): MainWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && windows.get(focused.webContents.id)) ?? windows.values().next().value;
}

/** Opens a file in the current window, or in a new one (macOS keeps running without windows). */
async function openPath(path: string): Promise<void> {
  if (!app.isReady()) await app.whenReady();
  const target = currentWindow() ?? (await openWindow());
  await target.controller.openPath(path);
}

/** Keeps every view of the recent list in step: the OS's (Dock, jump list), the Open Recent menu and each page's own list. */
function recentChanged(path?: string): void {
  if (path) app.addRecentDocument(path);
  installMenu();
  for (const { window } of windows.values()) if (!window.isDestroyed()) window.webContents.send(EventChannel.recentChanged);
}

function installMenu(): void {
  const withWindow = (act: (w: MainWindow) => void) => () => {
    const target = currentWindow();
    if (target) act(target);
    else void openWindow();
  };
  const template = buildMenuTemplate({
    platform,
    appName: app.name,
    isDev,
    recent: recent.list(),
    samples: sampleEntries(),
    send: (command) => currentWindow()?.window.webContents.send(EventChannel.command, command),
    actions: {
      newDocument: withWindow((w) => void w.controller.newDocument()),
      open: withWindow((w) => void w.controller.open()),
      openSample: (name) => withWindow((w) => void w.controller.openSample(name))(),
      openRecent: (path) => void openPath(path),
      clearRecent: () => {
        app.clearRecentDocuments();
        void recent.clear().then(() => recentChanged());
      },
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: `About ${app.name}`,
          message: `${app.name} ${app.getVersion()}`,
          detail: `Build neural networks as dataflow graphs and watch them learn.\n\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node.js ${process.versions.node}`,
          noLink: true,
        }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
