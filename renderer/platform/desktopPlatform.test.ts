import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import type { DesktopApi } from '../../electron/common/desktopApi.ts';
import type { MenuCommand } from '../../electron/common/menuCommands.ts';
import type { OpenedDocument } from '../../electron/common/payloads.ts';
import { desktopPlatform } from './desktopPlatform.ts';
import type { Delivery } from './platform.ts';

function fakeApi(platform: DesktopApi['platform'] = 'linux') {
  let openListener: ((o: OpenedDocument) => void) | undefined;
  let commandListener: ((c: MenuCommand) => void) | undefined;
  const api = {
    platform,
    rendererReady: vi.fn(async () => undefined),
    setDocumentState: vi.fn(),
    autosave: vi.fn(),
    save: vi.fn(async () => ({ status: 'saved' as const, name: 'x.flow.json' })),
    exportImage: vi.fn(),
    requestOpen: vi.fn(async () => undefined),
    requestNew: vi.fn(async () => undefined),
    requestOpenSample: vi.fn(async () => undefined),
    onOpenDocument: (l: (o: OpenedDocument) => void) => ((openListener = l), () => (openListener = undefined)),
    onCommand: (l: (c: MenuCommand) => void) => ((commandListener = l), () => (commandListener = undefined)),
  } satisfies DesktopApi;
  return { api, open: (o: OpenedDocument) => openListener?.(o), command: (c: MenuCommand) => commandListener?.(c) };
}

const datasets = { readBytes: () => Promise.reject(new Error('none')) };

describe('the desktop platform', () => {
  it('passes requests to the shell, which prompts and delivers', async () => {
    const { api } = fakeApi();
    const p = desktopPlatform(api, datasets);
    await p.start();
    await p.newDocument();
    await p.openDocument();
    await p.openSample('xor-nn');
    expect(await p.save('text', true)).toEqual({ status: 'saved', name: 'x.flow.json' });
    p.autosave('draft');
    expect([api.rendererReady, api.requestNew, api.requestOpen].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    expect(api.requestOpenSample).toHaveBeenCalledWith('xor-nn');
    expect(api.save).toHaveBeenCalledWith({ text: 'text', saveAs: true });
    expect(api.autosave).toHaveBeenCalledWith('draft');
  });

  it('delivers the shell documents; a recovered one is edited, a file or an untitled graph by its name', () => {
    const { api, open } = fakeApi();
    const got: Delivery[] = [];
    desktopPlatform(api, datasets).onDocument((d) => got.push(d));
    const document = emptyDocument();
    open({ document, diagnostics: [], name: 'xor.flow.json', origin: 'recovered', edited: true });
    open({ document, diagnostics: [], name: 'Untitled', origin: 'recovered', edited: true });
    open({ document, diagnostics: [], name: 'hello', origin: 'sample', edited: false });
    expect(got.map((d) => d.kind === 'opened' && [d.name, d.origin, d.edited])).toEqual([
      ['xor.flow.json', 'file', true],
      ['Untitled', 'new', true],
      ['hello', 'sample', false],
    ]);
  });

  it('reports state with a title the shell accepts, and passes menu commands on', () => {
    const { api, command } = fakeApi('darwin');
    const p = desktopPlatform(api, datasets);
    expect(p.modifierKey).toBe('Cmd');
    p.setDocumentState({ name: 'n'.repeat(300), edited: true });
    expect(api.setDocumentState).toHaveBeenCalledWith({ title: 'n'.repeat(200), edited: true });
    const seen: string[] = [];
    p.onCommand((c) => seen.push(c));
    command('file.saveAs');
    expect(seen).toEqual(['file.saveAs']);
  });

  it('leaves recent files to the shell menu', async () => {
    const p = desktopPlatform(fakeApi().api, datasets);
    expect(p.listsRecentDocuments).toBe(false);
    expect(await p.recentDocuments()).toEqual([]);
    await expect(p.openRecent('x')).rejects.toThrow(/Open Recent menu/);
  });
});
