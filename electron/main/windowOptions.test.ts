import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as BrowserWindowConstructorOptions[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options);
    }
  },
}));

const { createBrowserWindow } = await import('./windowOptions.ts');

const restored = { x: 10, y: 20, width: 1000, height: 700, maximized: true };

function optionsFor(isDev: boolean): BrowserWindowConstructorOptions {
  created.length = 0;
  createBrowserWindow(restored, '/app/.vite/build/preload.cjs', isDev);
  expect(created).toHaveLength(1);
  return created[0];
}

describe('the main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = optionsFor(false).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/.vite/build/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.partition).toBeUndefined();
  });

  it('allows DevTools only in development', () => {
    expect(optionsFor(true).webPreferences!.devTools).toBe(true);
  });

  it('uses the restored bounds and waits to be shown', () => {
    const options = optionsFor(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false, minWidth: 640, minHeight: 480 });
    expect(options).not.toHaveProperty('maximized');
  });
});
