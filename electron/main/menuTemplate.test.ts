import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../common/menuCommands.ts';
import type { DesktopPlatform } from '../common/payloads.ts';
import { buildMenuTemplate, type MenuContext } from './menuTemplate.ts';

function context(platform: DesktopPlatform, overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform,
    appName: 'Flowboard',
    isDev: false,
    recent: ['/home/me/graphs/xor.flow.json', '/home/me/graphs/R&D.flow.json'],
    samples: [{ name: 'hello', title: 'Hello, graph' }],
    send: vi.fn(),
    actions: { newDocument: vi.fn(), open: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), openSample: vi.fn(), about: vi.fn() },
    ...overrides,
  };
}

/** One line per item: label or role, accelerator, and `(shown only)` for unregistered accelerators. */
function outline(items: MenuItemConstructorOptions[], depth = 0): string[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [`${'  '.repeat(depth)}---`];
    const name = item.label ?? `<${item.role}>`;
    const key = item.accelerator ? `  [${String(item.accelerator)}${item.registerAccelerator === false ? ', shown only' : ''}]` : '';
    const off = item.enabled === false ? '  (disabled)' : '';
    const line = `${'  '.repeat(depth)}${name}${item.label && item.role ? ` <${item.role}>` : ''}${key}${off}`;
    return [line, ...(Array.isArray(item.submenu) ? outline(item.submenu, depth + 1) : [])];
  });
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu, label);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no menu item "${label}"`);
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s', (platform) => {
    expect(outline(buildMenuTemplate(context(platform))).join('\n')).toMatchSnapshot();
  });

  it('uses each platform\u2019s Redo and Delete keys', () => {
    const key = (platform: DesktopPlatform, label: string) => find(buildMenuTemplate(context(platform)), label).accelerator;
    expect([key('darwin', 'Redo'), key('win32', 'Redo'), key('linux', 'Redo')]).toEqual(['Shift+Cmd+Z', 'Ctrl+Y', 'Ctrl+Shift+Z']);
    expect([key('darwin', 'Delete'), key('win32', 'Delete')]).toEqual(['Backspace', 'Delete']);
    expect([key('darwin', 'Save'), key('linux', 'Save')]).toEqual(['Cmd+S', 'Ctrl+S']);
  });

  it('never uses Cmd off macOS or Ctrl as the main modifier on macOS', () => {
    const accelerators = (platform: DesktopPlatform) =>
      outline(buildMenuTemplate(context(platform)))
        .map((line) => /\[([^,\]]+)/.exec(line)?.[1])
        .filter((a): a is string => a !== undefined);
    expect(accelerators('win32').some((a) => a.includes('Cmd'))).toBe(false);
    expect(accelerators('linux').some((a) => a.includes('Cmd'))).toBe(false);
    expect(accelerators('darwin').filter((a) => a.startsWith('Ctrl+') && !a.includes('Cmd'))).toEqual([]);
  });

  it('has no duplicate accelerators', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const keys = outline(buildMenuTemplate(context(platform, { isDev: true })))
        .map((line) => /\[([^,\]]+)/.exec(line)?.[1])
        .filter(Boolean);
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('sends every renderer command from some item, and only those', () => {
    const send = vi.fn();
    const visit = (items: MenuItemConstructorOptions[]): void =>
      items.forEach((item) => {
        if (Array.isArray(item.submenu)) visit(item.submenu);
        else if (item.click && !item.role) click(item);
      });
    visit(buildMenuTemplate(context('linux', { send })));
    const sent = send.mock.calls.map((c) => c[0]).sort();
    expect(sent).toEqual([...MENU_COMMANDS].sort());
  });

  it('runs the main-process actions for files, recent files and samples', () => {
    const ctx = context('win32');
    const menu = buildMenuTemplate(ctx);
    click(find(menu, 'New'));
    click(find(menu, 'Open...'));
    click(find(menu, 'Hello, graph'));
    click(find(menu, 'R&&D.flow.json'));
    click(find(menu, 'Clear Recently Opened'));
    click(find(menu, '&About Flowboard'));
    expect(ctx.actions.newDocument).toHaveBeenCalledOnce();
    expect(ctx.actions.open).toHaveBeenCalledOnce();
    expect(ctx.actions.openSample).toHaveBeenCalledWith('hello');
    expect(ctx.actions.openRecent).toHaveBeenCalledWith('/home/me/graphs/R&D.flow.json');
    expect(ctx.actions.clearRecent).toHaveBeenCalledOnce();
    expect(ctx.actions.about).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    expect(find(buildMenuTemplate(context('linux', { recent: [] })), 'No Recent Files').enabled).toBe(false);
  });

  it('offers DevTools and reload only in development', () => {
    const roles = (isDev: boolean) => outline(buildMenuTemplate(context('linux', { isDev }))).join('\n');
    expect(roles(false)).not.toMatch(/toggleDevTools|reload/);
    expect(roles(true)).toMatch(/<toggleDevTools> {2}\[Ctrl\+Shift\+I\]/);
  });
});
