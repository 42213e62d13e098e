/**
 * The native menu as a plain template, per platform: the macOS app menu and
 * Window menu, Cmd there and Ctrl elsewhere, Redo as Shift+Cmd+Z on macOS,
 * Ctrl+Y on Windows and Ctrl+Shift+Z on Linux, mnemonics where Windows and
 * Linux show them. Items the renderer carries out send it a command.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuCommand } from '../common/menuCommands.ts';
import type { DesktopPlatform } from '../common/payloads.ts';
import type { SampleEntry } from './samples.ts';

export interface MenuActions {
  newDocument(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  openSample(name: string): void;
  about(): void;
}

export interface MenuContext {
  platform: DesktopPlatform;
  appName: string;
  isDev: boolean;
  recent: readonly string[];
  samples: readonly SampleEntry[];
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Windows and Linux read `&` as a mnemonic marker; a file name's own `&` must be doubled. */
function escapeMnemonic(label: string, platform: DesktopPlatform): string {
  return platform === 'darwin' ? label : label.replaceAll('&', '&&');
}

/** Builds the application menu template for `ctx.platform`. */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const mod = mac ? 'Cmd' : 'Ctrl';
  // Top-level labels carry mnemonics (Alt+F) on Windows and Linux only.
  const top = (label: string) => (mac ? label : `&${label}`);
  const command = (label: string, cmd: MenuCommand, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
    click: () => ctx.send(cmd),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      { role: 'about', label: `About ${ctx.appName}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', accelerator: 'Cmd+H' },
      { role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${ctx.appName}`, accelerator: 'Cmd+Q' },
    ],
  };

  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        ...ctx.recent.map((path) => ({ label: escapeMnemonic(basename(path), ctx.platform), toolTip: path, click: () => ctx.actions.openRecent(path) })),
        separator,
        { label: 'Clear Recently Opened', click: () => ctx.actions.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const fileMenu: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      { label: 'New', accelerator: `${mod}+N`, click: () => ctx.actions.newDocument() },
      { label: 'Open...', accelerator: `${mod}+O`, click: () => ctx.actions.open() },
      { label: 'Open Sample', submenu: ctx.samples.map((s) => ({ label: escapeMnemonic(s.title, ctx.platform), click: () => ctx.actions.openSample(s.name) })) },
      { label: 'Open Recent', submenu: recentItems },
      command('Import Python...', 'file.importPython'),
      separator,
      command('Save', 'file.save', `${mod}+S`),
      command('Save As...', 'file.saveAs', `${mod}+Shift+S`),
      {
        label: 'Export',
        submenu: [
          command('PNG Image...', 'file.exportPng'),
          command('SVG Image...', 'file.exportSvg'),
          separator,
          command('Code...', 'file.exportCode'),
          // Always enabled: the menu does not track runs, and the renderer says when there is none to export.
          command('TensorBoard Logs...', 'file.exportLogs'),
        ],
      },
      separator,
      // Always enabled, as the logs: the renderer says when there is no run to save.
      // Shown only: the renderer owns these keys, so they stay AltGr characters while typing in a field.
      command('Save Trained Weights...', 'file.saveWeights', `${mod}+Alt+S`, { registerAccelerator: false }),
      command('Save With Trained Weights', 'file.saveWithWeights'),
      command('Load Weights...', 'file.loadWeights', `${mod}+Alt+O`, { registerAccelerator: false }),
      separator,
      { role: 'close', label: 'Close', accelerator: `${mod}+W` },
      ...(mac ? [] : [separator, { role: 'quit', label: ctx.platform === 'win32' ? 'E&xit' : '&Quit', ...(ctx.platform === 'linux' ? { accelerator: 'Ctrl+Q' } : {}) } satisfies MenuItemConstructorOptions]),
    ],
  };

  // Undo, Redo and Delete act on the graph; the renderer already owns their keys (and Delete must
  // stay Backspace inside text fields), so the menu shows the keys without registering them.
  const shownOnly = { registerAccelerator: false };
  const editMenu: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      command('Undo', 'edit.undo', `${mod}+Z`, shownOnly),
      command('Redo', 'edit.redo', mac ? 'Shift+Cmd+Z' : ctx.platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z', shownOnly),
      separator,
      { role: 'cut', accelerator: `${mod}+X` },
      { role: 'copy', accelerator: `${mod}+C` },
      { role: 'paste', accelerator: `${mod}+V` },
      { role: 'selectAll', accelerator: `${mod}+A` },
      command('Delete', 'edit.delete', mac ? 'Backspace' : 'Delete', shownOnly),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      command('Show Gradients', 'view.toggleGradients', `${mod}+G`),
      {
        label: 'Panels',
        submenu: [command('Palette', 'view.togglePalette', `${mod}+1`), command('Properties', 'view.toggleProperties', `${mod}+2`)],
      },
      separator,
      command('Zoom In', 'view.zoomIn', `${mod}+=`),
      command('Zoom Out', 'view.zoomOut', `${mod}+-`),
      command('Fit Graph', 'view.fitView', `${mod}+0`),
      separator,
      { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(ctx.isDev
        ? [separator, { role: 'reload' }, { role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }] satisfies MenuItemConstructorOptions[]
        : []),
    ],
  };

  const runMenu: MenuItemConstructorOptions = {
    label: top('Run'),
    submenu: [
      // R alone is the page's own shortcut (it must not fire while typing in a field), so the
      // menu shows it without registering it.
      command('Run…', 'run.run', 'R', { registerAccelerator: false }),
      separator,
      command('Train', 'run.train', `${mod}+Enter`),
      command('Pause', 'run.pause', `${mod}+.`),
      command('Step', 'run.step', `${mod}+Shift+Enter`),
      separator,
      command('Reset', 'run.reset'),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: top('Help'),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      command('Lessons', 'help.lessons', mac ? undefined : 'F1'),
      command('Keyboard Shortcuts', 'help.shortcuts', `${mod}+/`),
      ...(mac ? [] : [separator, { label: `&About ${ctx.appName}`, click: () => ctx.actions.about() }]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, runMenu, { role: 'windowMenu' }, helpMenu] : [fileMenu, editMenu, viewMenu, runMenu, helpMenu];
}
