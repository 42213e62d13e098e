import { describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import type { DesktopApi } from '../../electron/common/desktopApi.ts';
import type { MenuCommand } from '../../electron/common/menuCommands.ts';
import type { OpenedDocument, OpenFailure, RecentEntry } from '../../electron/common/payloads.ts';
import { desktopPlatform } from './desktopPlatform.ts';
import type { Delivery } from './platform.ts';

function fakeApi(platform: DesktopApi['platform'] = 'linux', recent: RecentEntry[] = [], mayReplace = true) {
  let openListener: ((o: OpenedDocument) => void) | undefined;
  let failedListener: ((f: OpenFailure) => void) | undefined;
  let commandListener: ((c: MenuCommand) => void) | undefined;
  let recentListener: (() => void) | undefined;
  const api = {
    platform,
    rendererReady: vi.fn(async () => undefined),
    setDocumentState: vi.fn(),
    autosave: vi.fn(),
    save: vi.fn(async () => ({ status: 'saved' as const, name: 'x.flow.json' })),
    exportImage: vi.fn(async () => ({ status: 'saved' as const, name: 'x.png' })),
    exportFile: vi.fn(async () => ({ status: 'canceled' as const })),
    confirmReplace: vi.fn(async () => mayReplace),
    requestOpen: vi.fn(async () => undefined),
    requestNew: vi.fn(async () => undefined),
    requestOpenSample: vi.fn(async () => undefined),
    listRecent: vi.fn(async () => recent),
    requestOpenRecent: vi.fn(async (_id: string) => undefined),
    onOpenDocument: (l: (o: OpenedDocument) => void) => ((openListener = l), () => (openListener = undefined)),
    onOpenFailed: (l: (f: OpenFailure) => void) => ((failedListener = l), () => (failedListener = undefined)),
    onCommand: (l: (c: MenuCommand) => void) => ((commandListener = l), () => (commandListener = undefined)),
    onRecentChanged: (l: () => void) => ((recentListener = l), () => (recentListener = undefined)),
  } satisfies DesktopApi;
  return {
    api,
    open: (o: OpenedDocument) => openListener?.(o),
    fail: (f: OpenFailure) => failedListener?.(f),
    command: (c: MenuCommand) => commandListener?.(c),
    recentChanged: () => recentListener?.(),
  };
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
    const png = { format: 'png' as const, data: new Uint8Array([1]) };
    expect(await p.exportImage(png)).toEqual({ status: 'saved', name: 'x.png' });
    expect(api.exportImage).toHaveBeenCalledWith(png);
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

  it('delivers the shell\u2019s open failures as load failures, and stops both kinds together', () => {
    const { api, open, fail } = fakeApi();
    const got: Delivery[] = [];
    const stop = desktopPlatform(api, datasets).onDocument((d) => got.push(d));
    const failure = { name: 'bad.flow.json', message: 'It is damaged.', diagnostics: [{ code: 'DANGLING_EDGE' as const, severity: 'error' as const, message: 'wire to nothing', nodeId: 'n1', nodeName: 'weights' }] };
    fail(failure);
    expect(got).toEqual([{ kind: 'failed', ...failure }]);
    stop();
    fail(failure);
    open({ document: emptyDocument(), diagnostics: [], name: 'x', origin: 'new', edited: false });
    expect(got).toHaveLength(1);
  });

  it('exports generated files through the shell\u2019s save dialog, telling code from logs by their data', async () => {
    const { api } = fakeApi();
    const p = desktopPlatform(api, datasets);
    expect(await p.exportFile!({ name: 'xor.py', mime: 'text/x-python', data: 'import x' })).toEqual({ status: 'canceled' });
    await p.exportFile!({ name: 'events.out.tfevents.1.flowboard', mime: 'application/octet-stream', data: new Uint8Array([1]) });
    expect(api.exportFile.mock.calls).toEqual([
      [{ name: 'xor.py', data: 'import x', kind: 'code' }],
      [{ name: 'events.out.tfevents.1.flowboard', data: new Uint8Array([1]), kind: 'logs' }],
    ]);
  });

  it('shows a generated document as new and unsaved once the shell\u2019s prompt allows it, and stops with the rest', async () => {
    const { api } = fakeApi();
    const p = desktopPlatform(api, datasets);
    const got: Delivery[] = [];
    const stop = p.onDocument((d) => got.push(d));
    const document = emptyDocument('Imported');
    expect(await p.openGenerated!(document, 'model')).toBe(true);
    expect(api.confirmReplace).toHaveBeenCalledOnce();
    expect(got).toEqual([{ kind: 'opened', document, diagnostics: [], name: 'model', origin: 'new', edited: true }]);
    stop();
    await p.openGenerated!(document, 'again');
    expect(got).toHaveLength(1);
  });

  it('keeps the open document when the user cancels the prompt', async () => {
    const { api } = fakeApi('linux', [], false);
    const p = desktopPlatform(api, datasets);
    const got: Delivery[] = [];
    p.onDocument((d) => got.push(d));
    expect(await p.openGenerated!(emptyDocument(), 'model')).toBe(false);
    expect(got).toEqual([]);
  });

  it('lists the shell\u2019s recent files, opens them by id, and passes changes on', async () => {
    const recent: RecentEntry[] = [
      { id: 'r1', name: 'xor.flow.json', folder: 'lessons', usedAt: '2025-01-01T10:00:00.000Z' },
      { id: 'r2', name: 'old.flow.json', folder: '~' },
    ];
    const { api, recentChanged } = fakeApi('linux', recent);
    const p = desktopPlatform(api, datasets);
    expect(p.listsRecentDocuments).toBe(true);
    expect(await p.recentDocuments()).toEqual([
      { id: 'r1', name: 'xor.flow.json', folder: 'lessons', usedAt: '2025-01-01T10:00:00.000Z', linked: true },
      { id: 'r2', name: 'old.flow.json', folder: '~', linked: true },
    ]);
    await p.openRecent('r2');
    expect(api.requestOpenRecent).toHaveBeenCalledWith('r2');
    let changes = 0;
    const stop = p.onRecentChanged(() => changes++);
    recentChanged();
    stop();
    recentChanged();
    expect(changes).toBe(1);
  });
});
