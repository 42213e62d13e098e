/**
 * The main process as Forge builds it: forge.config.ts's Vite settings bundle
 * electron/main/main.ts into main.cjs, which then runs against a stand-in
 * `electron` module. Electron itself cannot start in this test, so this is
 * how the wiring in main.ts (scheme, protocol, session, window, IPC, menu,
 * guards, close prompt) is checked end to end.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { EventChannel, InvokeChannel, SendChannel } from '../common/channels.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { IO_WAIT } from '../../test/ioWait.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

type Listener = (...args: unknown[]) => unknown;

class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  url = '';
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
}

/** A stand-in for the parts of Electron the main process uses, recording what it is asked. */
function fakeElectron(userData: string) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    name: 'Flowboard',
    ready: false,
    readyCallbacks: [] as (() => void)[],
    getPath: (name: string) => join(userData, name === 'userData' ? '' : name),
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    isReady: () => app.ready,
    whenReady: () => (app.ready ? Promise.resolve() : new Promise<void>((r) => app.readyCallbacks.push(r))),
    becomeReady() {
      app.ready = true;
      app.readyCallbacks.splice(0).forEach((r) => r());
    },
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly titles: string[] = [];
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getFocusedWindow = () => windows.find((w) => !w.destroyed) ?? null;
    async loadURL(url: string) {
      this.webContents.url = url;
    }
    setTitle(title: string) {
      this.titles.push(title);
    }
    setDocumentEdited() {}
    setRepresentedFilename() {}
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 900, height: 700 });
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
      return event.defaultPrevented;
    }
  }
  return {
    app,
    windows,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    ipcMain: { handlers: new Map<string, Listener>(), listeners: new Map<string, Listener>(), handle(c: string, f: Listener) { this.handlers.set(c, f); }, on(c: string, f: Listener) { this.listeners.set(c, f); } },
    Menu: { template: [] as { label?: string; submenu?: unknown }[], buildFromTemplate: (t: unknown) => t, setApplicationMenu(t: never) { this.template = t; } },
    screen: { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }), getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { answers: [] as number[], showMessageBox: vi.fn(async function (this: void) { return { response: fake.dialog.answers.shift() ?? 2 }; }), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
}

let dir: TempDir;
let fake: ReturnType<typeof fakeElectron>;
let graphFile: string;
const warnings: string[] = [];

beforeAll(async () => {
  dir = tempDir();
  const appDir = join(dir.path, 'app');
  // Forge's own Vite settings for the main target, from forge.config.ts, built into a temporary app folder.
  const { default: forgeConfig } = await import('../../forge.config.ts');
  const vitePlugin = forgeConfig.plugins!.find((p) => (p as { name?: string }).name === 'vite') as unknown as { config: unknown };
  const require = createRequire(import.meta.url);
  const { default: ViteConfigGenerator } = require('@electron-forge/plugin-vite/dist/ViteConfig.js');
  const [mainConfig] = (await new ViteConfigGenerator(vitePlugin.config, projectRoot, true).getBuildConfigs()) as InlineConfig[];
  await build(mergeConfig(mainConfig, { configFile: false, logLevel: 'error', build: { outDir: join(appDir, '.vite', 'build') } }));

  mkdirSync(join(appDir, '.vite', 'renderer', 'main_window'), { recursive: true });
  writeFileSync(join(appDir, '.vite', 'renderer', 'main_window', 'index.html'), '<!doctype html><title>Flowboard</title>');
  mkdirSync(join(appDir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(appDir, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__flowboardFakeElectron;');

  graphFile = dir.write('from-argv.flow.json', saveDocument(emptyDocument('From argv')));
  fake = fakeElectron(join(dir.path, 'userData'));
  (globalThis as Record<string, unknown>).__flowboardFakeElectron = fake;
  vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
  const argv = process.argv;
  process.argv = ['/opt/Flowboard/flowboard', graphFile];
  try {
    createRequire(join(appDir, 'package.json'))('./.vite/build/main.cjs');
  } finally {
    process.argv = argv;
  }
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), IO_WAIT);
}, 60_000);

afterAll(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).__flowboardFakeElectron;
  dir.remove();
});

const win = () => fake.windows[0];
const fromApp = () => ({ sender: win().webContents, senderFrame: { url: 'app://flowboard/index.html', parent: null } });

describe('the built main process', () => {
  it('registers the app scheme as privileged before ready, and takes the single-instance lock', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ]);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('serves the packaged renderer over app:// with the CSP, and refuses traversal', async () => {
    const [scheme, handler] = fake.protocol.handle.mock.calls[0] as unknown as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const index = await handler(new Request('app://flowboard/index.html'));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Flowboard</title>');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('app://flowboard/%2e%2e%2f%2e%2e%2fbuild%2fmain.cjs'))).status).toBe(404);
  });

  it('denies permissions and opens a locked-down window on the app', () => {
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    const prefs = win().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(prefs.preload).toBe(join(dir.path, 'app', '.vite', 'build', 'preload.cjs'));
    expect(win().webContents.url).toBe('app://flowboard/index.html');
  });

  it('guards navigation on every web contents', () => {
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    win().webContents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win().webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('answers the app over IPC and opens the command line file once it is ready', async () => {
    await fake.ipcMain.handlers.get(InvokeChannel.rendererReady)!(fromApp(), undefined);
    const opened = win().webContents.sent.filter(([c]) => c === EventChannel.openDocument).map(([, p]) => p as { name: string; origin: string });
    expect(opened.map((o) => [o.name, o.origin])).toEqual([['from-argv.flow.json', 'file']]);
    expect(win().titles.at(-1)).toBe('from-argv.flow.json - Flowboard');
  });

  it('lists recent files to the page by id, opens them, and keeps the Open Recent menu and the page in step', async () => {
    const invoke = (channel: string, payload?: unknown) => fake.ipcMain.handlers.get(channel)!(fromApp(), payload);
    const recent = (await invoke(InvokeChannel.listRecent)) as { id: string; name: string; folder: string; usedAt: string }[];
    expect(recent).toEqual([{ id: expect.any(String), name: 'from-argv.flow.json', folder: basename(dir.path), usedAt: expect.any(String) }]);
    expect(JSON.stringify(recent)).not.toContain(dir.path);
    expect(win().webContents.sent).toContainEqual([EventChannel.recentChanged, undefined]);

    const sentBefore = win().webContents.sent.length;
    await invoke(InvokeChannel.requestOpenRecent, recent[0].id);
    const after = win().webContents.sent.slice(sentBefore);
    expect(after.filter(([c]) => c === EventChannel.openDocument).map(([, p]) => (p as { name: string }).name)).toEqual(['from-argv.flow.json']);
    expect(after).toContainEqual([EventChannel.recentChanged, undefined]);

    const openRecentMenu = () => ((fake.Menu.template[0].submenu as { label?: string; submenu?: unknown }[]).find((i) => i.label === 'Open Recent')!.submenu as { label?: string; click?: () => void }[]);
    expect(openRecentMenu()[0].label).toBe('from-argv.flow.json');
    openRecentMenu().find((i) => i.label === 'Clear Recently Opened')!.click!();
    await vi.waitFor(() => expect(openRecentMenu().map((i) => i.label)).toEqual(['No Recent Files']), IO_WAIT);
    expect(await invoke(InvokeChannel.listRecent)).toEqual([]);
    expect(win().webContents.sent.at(-1)).toEqual([EventChannel.recentChanged, undefined]);
  });

  it('sends a file it cannot open to the page\u2019s dialog, with no native box', async () => {
    const bad = dir.write('not-a-graph.json', '{"name": "package"}');
    fake.app.emit('second-instance', {}, ['/opt/Flowboard/flowboard', bad], dir.path);
    await vi.waitFor(() => expect(win().webContents.sent.at(-1)?.[0]).toBe(EventChannel.openFailed), IO_WAIT);
    expect(win().webContents.sent.at(-1)![1]).toMatchObject({ name: 'not-a-graph.json', message: '"not-a-graph.json" is not a Flowboard graph that this version can open.', diagnostics: [{ code: 'NOT_A_DOCUMENT' }] });
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses IPC from a foreign page and logs it', async () => {
    const foreign = { sender: win().webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(Promise.resolve().then(() => fake.ipcMain.handlers.get(InvokeChannel.requestNew)!(foreign, undefined))).rejects.toThrow('untrusted sender');
    expect(warnings.at(-1)).toBe('[flowboard] refused flowboard:request-new: the sender "https://evil.example/" is not the app');
  });

  it('builds the menu, whose Save item asks the page to save', () => {
    const labels = fake.Menu.template.map((m) => m.label);
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Run', '&Help']);
    const file = fake.Menu.template[0].submenu as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Save')!.click!();
    expect(win().webContents.sent.at(-1)).toEqual([EventChannel.command, 'file.save']);
  });

  it('asks before closing an edited document, and closes on Don\u2019t Save', async () => {
    fake.ipcMain.listeners.get(SendChannel.documentState)!(fromApp(), { title: 'From argv', edited: true });
    expect(win().titles.at(-1)).toBe('*from-argv.flow.json - Flowboard');
    fake.dialog.answers.push(1); // Don't Save
    expect(win().close()).toBe(true); // the first close is held for the prompt
    await vi.waitFor(() => expect(win().destroyed).toBe(true), IO_WAIT);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fake.dialog.showMessageBox.mock.calls[0]).toMatchObject([{}, { message: 'Do you want to save the changes you made to "from-argv.flow.json"?' }]);
  });
});
