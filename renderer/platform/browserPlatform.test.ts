import { describe, expect, it, vi } from 'vitest';
import { saveDocument } from '../../core/graph/save.ts';
import { emptyDocument } from '../../core/graph/document.ts';
import { BrowserPlatform, type DiscardChoice } from './browserPlatform.ts';
import { type DocumentFiles, FileProblem, type PickedFile } from './documentFiles.ts';
import { DRAFT_KEY, storageDrafts } from './drafts.ts';
import type { KeyValue } from './keyValue.ts';
import type { AppCommand, Delivery } from './platform.ts';
import { recentFiles } from './recentFiles.ts';

/** A file handle in memory, enough for the platform: name, contents, identity. */
function fakeHandle(name: string, text = '') {
  const handle = {
    name,
    text,
    isSameEntry: async (other: unknown) => other === handle,
  };
  return handle as typeof handle & FileSystemFileHandle;
}

function docText(title: string) {
  return saveDocument(emptyDocument(title));
}

function setup(options: { draft?: object; answers?: { discard?: DiscardChoice; restore?: boolean } } = {}) {
  const storage = new Map<string, string>();
  if (options.draft) storage.set(DRAFT_KEY, JSON.stringify(options.draft));
  const drafts = storageDrafts({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) });
  // Not cloning, so fake handles survive as real ones do in IndexedDB.
  const kv = new Map<string, unknown>();
  const store: KeyValue = { get: async (k) => kv.get(k), set: async (k, v) => void kv.set(k, v) };
  let n = 0;
  const recent = recentFiles(store, () => new Date('2025-01-02T03:04:05Z'), () => `r${++n}`);
  const picks: (PickedFile | undefined | Error)[] = [];
  const saveAsTargets: (ReturnType<typeof fakeHandle> | undefined)[] = [];
  const files: DocumentFiles & { written: [string, string][]; saveAsCalls: number } = {
    keepsHandles: true,
    written: [],
    saveAsCalls: 0,
    async pick() {
      const next = picks.shift();
      if (next instanceof Error) throw next;
      return next;
    },
    async saveAs(text) {
      files.saveAsCalls++;
      const target = saveAsTargets.shift();
      if (!target) return undefined;
      files.written.push([target.name, text]);
      return { name: target.name, handle: target };
    },
    async write(handle, text) {
      files.written.push([handle.name, text]);
      return true;
    },
    async read(handle) {
      const h = handle as ReturnType<typeof fakeHandle>;
      if (h.text === 'GONE') throw new FileProblem(`"${h.name}" is no longer there`, true);
      return h.text;
    },
  };
  const dialogs = {
    discardAsked: [] as string[],
    restoreAsked: [] as { name: string; savedAt: string }[],
    confirmDiscard: vi.fn(async (name: string) => (dialogs.discardAsked.push(name), options.answers?.discard ?? 'cancel')),
    confirmRestore: vi.fn(async (draft: { name: string; savedAt: string }) => (dialogs.restoreAsked.push(draft), options.answers?.restore ?? false)),
  };
  const titles: string[] = [];
  const downloads: { blob: Blob; name: string }[] = [];
  const platform = new BrowserPlatform({
    files,
    drafts,
    recent,
    dialogs,
    datasets: { readBytes: () => Promise.reject(new Error('none')) },
    readSample: async (name) => (name === 'hello' ? JSON.parse(docText('Hello')) : undefined),
    setTitle: (t) => void titles.push(t),
    download: (blob, name) => void downloads.push({ blob, name }),
    modifierKey: 'Ctrl',
    now: () => new Date('2025-01-02T03:04:05Z'),
    saveStartTimeoutMs: 50,
  });
  const delivered: Delivery[] = [];
  platform.onDocument((d) => delivered.push(d));
  const commands: AppCommand[] = [];
  platform.onCommand((c) => commands.push(c));
  return { platform, storage, drafts, recent, picks, saveAsTargets, files, dialogs, titles, delivered, commands, downloads };
}

const opened = (d: Delivery | undefined) => (d?.kind === 'opened' ? d : undefined);

describe('the browser platform: drafts', () => {
  const draft = { name: 'xor.flow.json', origin: 'file', text: docText('Drafted'), savedAt: '2025-01-01T10:00:00.000Z' };

  it('offers a draft at start and delivers it as edited when the user restores it', async () => {
    const t = setup({ draft, answers: { restore: true } });
    t.platform.setDocumentState({ name: 'hello', edited: false });
    await t.platform.start();
    expect(t.dialogs.restoreAsked).toEqual([{ name: 'xor.flow.json', savedAt: '2025-01-01T10:00:00.000Z' }]);
    const d = opened(t.delivered[0]);
    expect(d && [d.name, d.origin, d.edited, d.document.meta.title]).toEqual(['xor.flow.json', 'file', true, 'Drafted']);
    // Still unsaved, so the draft stays until a save or discard.
    expect(t.storage.has(DRAFT_KEY)).toBe(true);
  });

  it('clears the draft when the user discards it, and delivers nothing', async () => {
    const t = setup({ draft, answers: { restore: false } });
    await t.platform.start();
    expect(t.delivered).toEqual([]);
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
  });

  it('a damaged draft is reported and cleared', async () => {
    const t = setup({ draft: { ...draft, text: '{"format": "flowboard.graph", "version": 99}' }, answers: { restore: true } });
    await t.platform.start();
    expect(t.delivered[0]).toMatchObject({ kind: 'failed', name: 'xor.flow.json', diagnostics: [{ code: 'VERSION_TOO_NEW' }] });
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
  });

  it('writes drafts only for an edited document, and only after the draft was offered', async () => {
    const t = setup();
    t.platform.setDocumentState({ name: 'hello', edited: true });
    t.platform.autosave('early');
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
    await t.platform.start();
    t.platform.autosave('edited text');
    expect(JSON.parse(t.storage.get(DRAFT_KEY)!)).toEqual({ name: 'hello', origin: 'new', text: 'edited text', savedAt: '2025-01-02T03:04:05.000Z' });
    t.platform.setDocumentState({ name: 'hello', edited: false });
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
    t.platform.autosave('clean text');
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
  });

  it('shows the name and a modified mark in the title', () => {
    const t = setup();
    t.platform.setDocumentState({ name: 'xor.flow.json', edited: true });
    t.platform.setDocumentState({ name: 'xor.flow.json', edited: false });
    expect(t.titles).toEqual(['*xor.flow.json - Flowboard', 'xor.flow.json - Flowboard']);
  });
});

describe('the browser platform: replacing the document', () => {
  it('replaces a clean document without asking', async () => {
    const t = setup();
    await t.platform.start();
    await t.platform.newDocument();
    expect(t.dialogs.confirmDiscard).not.toHaveBeenCalled();
    expect(opened(t.delivered[0])).toMatchObject({ name: 'Untitled', origin: 'new', edited: false });
  });

  it('asks before replacing an edited document; cancel keeps it', async () => {
    const t = setup({ answers: { discard: 'cancel' } });
    await t.platform.start();
    t.platform.setDocumentState({ name: 'mine.flow.json', edited: true });
    await t.platform.openSample('hello');
    expect(t.dialogs.discardAsked).toEqual(['mine.flow.json']);
    expect(t.delivered).toEqual([]);
  });

  it("don't save replaces it and drops its draft", async () => {
    const t = setup({ answers: { discard: 'discard' } });
    await t.platform.start();
    t.platform.setDocumentState({ name: 'mine', edited: true });
    t.platform.autosave('x');
    await t.platform.openSample('hello');
    expect(opened(t.delivered[0])).toMatchObject({ name: 'hello', origin: 'sample' });
    expect(t.storage.has(DRAFT_KEY)).toBe(false);
  });

  it('save asks the app to save and replaces the document once it has', async () => {
    const t = setup({ answers: { discard: 'save' } });
    await t.platform.start();
    t.platform.setDocumentState({ name: 'Untitled', edited: true });
    t.saveAsTargets.push(fakeHandle('mine.flow.json'));
    t.platform.onCommand((c) => {
      if (c === 'file.save') void t.platform.save(docText('Mine'), false);
    });
    await t.platform.newDocument();
    expect(t.commands).toEqual(['file.save']);
    expect(t.files.written.map(([name]) => name)).toEqual(['mine.flow.json']);
    expect(opened(t.delivered[0])).toMatchObject({ name: 'Untitled', origin: 'new' });
  });

  it('keeps the document when the asked-for save is cancelled or never starts', async () => {
    const t = setup({ answers: { discard: 'save' } });
    await t.platform.start();
    t.platform.setDocumentState({ name: 'Untitled', edited: true });
    const off = t.platform.onCommand(() => void t.platform.save('x', false));
    await t.platform.newDocument();
    off();
    await t.platform.newDocument();
    expect(t.files.saveAsCalls).toBe(1);
    expect(t.delivered).toEqual([]);
  });
});

describe('the browser platform: files', () => {
  it('opens a picked file, remembers it, and saves back to the same file without asking', async () => {
    const t = setup();
    await t.platform.start();
    const handle = fakeHandle('xor.flow.json');
    t.picks.push({ name: 'xor.flow.json', text: docText('XOR'), handle });
    await t.platform.openDocument();
    expect(opened(t.delivered[0])).toMatchObject({ name: 'xor.flow.json', origin: 'file', edited: false });
    expect(await t.platform.recentDocuments()).toEqual([{ id: 'r1', name: 'xor.flow.json', title: 'XOR', usedAt: '2025-01-02T03:04:05.000Z', linked: true }]);
    expect(await t.platform.save('new text', false)).toEqual({ status: 'saved', name: 'xor.flow.json' });
    expect(t.files.saveAsCalls).toBe(0);
    expect(t.files.written).toEqual([['xor.flow.json', 'new text']]);
  });

  it('Save As always asks; cancelling writes nothing', async () => {
    const t = setup();
    await t.platform.start();
    t.picks.push({ name: 'a.flow.json', text: docText('A'), handle: fakeHandle('a.flow.json') });
    await t.platform.openDocument();
    expect(await t.platform.save('text', true)).toEqual({ status: 'canceled' });
    t.saveAsTargets.push(fakeHandle('b.flow.json'));
    expect(await t.platform.save(docText('B'), true)).toEqual({ status: 'saved', name: 'b.flow.json' });
    expect((await t.platform.recentDocuments()).map((r) => [r.name, r.title])).toEqual([['b.flow.json', 'B'], ['a.flow.json', 'A']]);
  });

  it('a failed write comes back as a message, and the draft stays', async () => {
    const t = setup();
    await t.platform.start();
    t.platform.setDocumentState({ name: 'x', edited: true });
    t.platform.autosave('draft');
    t.files.saveAs = () => Promise.reject(new FileProblem('Could not save "x.flow.json": disk full'));
    expect(await t.platform.save('text', false)).toEqual({ status: 'failed', message: 'Could not save "x.flow.json": disk full' });
    expect(t.storage.has(DRAFT_KEY)).toBe(true);
  });

  it('refuses invalid JSON, a newer version and a damaged graph with their diagnostics', async () => {
    const t = setup();
    await t.platform.start();
    const damaged = { format: 'flowboard.graph', version: 1, meta: { title: 'D' }, nodes: [{ id: 'n1', name: 'a', op: 'Relu' }, { id: 'n1', name: 'b', op: 'Relu' }], edges: [] };
    t.picks.push({ name: 'bad.flow.json', text: '{ nope' }, { name: 'new.flow.json', text: '{"format":"flowboard.graph","version":99}' }, { name: 'dup.flow.json', text: JSON.stringify(damaged) });
    await t.platform.openDocument();
    await t.platform.openDocument();
    await t.platform.openDocument();
    expect(t.delivered.map((d) => [d.kind, d.name, d.kind === 'failed' ? d.diagnostics.map((x) => x.code) : []])).toEqual([
      ['failed', 'bad.flow.json', ['NOT_A_DOCUMENT']],
      ['failed', 'new.flow.json', ['VERSION_TOO_NEW']],
      ['failed', 'dup.flow.json', ['DUPLICATE_ID']],
    ]);
    expect(t.delivered[2]).toMatchObject({ diagnostics: [{ nodeName: 'b' }] });
    expect(await t.platform.recentDocuments()).toEqual([]);
  });

  it('reports a file the picker could not read, and a cancelled picker does nothing', async () => {
    const t = setup();
    await t.platform.start();
    t.picks.push(undefined, new FileProblem('"huge.flow.json" is 30.0 MB; Flowboard opens graph files of up to 20.0 MB.'));
    await t.platform.openDocument();
    await t.platform.openDocument();
    expect(t.delivered).toEqual([{ kind: 'failed', name: '', message: '"huge.flow.json" is 30.0 MB; Flowboard opens graph files of up to 20.0 MB.', diagnostics: [] }]);
  });

  it('reopens recent documents: linked ones from the file, others from the kept text; a vanished file leaves the list', async () => {
    const t = setup();
    await t.platform.start();
    const linked = fakeHandle('linked.flow.json', docText('Linked'));
    t.picks.push({ name: 'linked.flow.json', text: docText('Linked'), handle: linked }, { name: 'copy.flow.json', text: docText('Copy') });
    await t.platform.openDocument();
    await t.platform.openDocument();
    const [copy, link] = await t.platform.recentDocuments();
    expect([copy.linked, link.linked]).toEqual([false, true]);
    linked.text = docText('Linked, edited elsewhere');
    await t.platform.openRecent(link.id);
    expect(opened(t.delivered[2])?.document.meta.title).toBe('Linked, edited elsewhere');
    await t.platform.openRecent(copy.id);
    expect(opened(t.delivered[3])?.document.meta.title).toBe('Copy');
    linked.text = 'GONE';
    await t.platform.openRecent(link.id);
    expect(t.delivered[4]).toMatchObject({ kind: 'failed', name: 'linked.flow.json' });
    expect((await t.platform.recentDocuments()).map((r) => r.name)).toEqual(['copy.flow.json']);
  });

  it('a restored draft of a file saves back to that file', async () => {
    const first = setup();
    await first.platform.start();
    const handle = fakeHandle('kept.flow.json', docText('Kept'));
    first.picks.push({ name: 'kept.flow.json', text: docText('Kept'), handle });
    await first.platform.openDocument();
    first.platform.setDocumentState({ name: 'kept.flow.json', edited: true });
    first.platform.autosave(docText('Kept, edited'));
    const draft = JSON.parse(first.storage.get(DRAFT_KEY)!);
    expect(draft.recentId).toBe('r1');

    // The next visit: same storage for recent files is simulated by re-adding the entry under the same id.
    const next = setup({ draft, answers: { restore: true } });
    await next.recent.add({ name: 'kept.flow.json', title: 'Kept', handle });
    await next.platform.start();
    expect(opened(next.delivered[0])).toMatchObject({ name: 'kept.flow.json', edited: true });
    expect(await next.platform.save('saved', false)).toEqual({ status: 'saved', name: 'kept.flow.json' });
    expect(next.files.saveAsCalls).toBe(0);
  });

  it('an unknown sample is reported', async () => {
    const t = setup();
    await t.platform.openSample('nope');
    expect(t.delivered).toEqual([{ kind: 'failed', name: 'nope', message: 'There is no sample called "nope".', diagnostics: [] }]);
  });
});

describe('the browser platform: exported images', () => {
  it('downloads PNG and SVG named after the open document, without touching its file or draft', async () => {
    const t = setup();
    t.platform.setDocumentState({ name: 'mine.flow.json', edited: true });
    const png = new Uint8Array([137, 80, 78, 71]);
    expect(await t.platform.exportImage({ format: 'png', data: png })).toEqual({ status: 'saved', name: 'mine.png' });
    expect(await t.platform.exportImage({ format: 'svg', data: '<svg/>' })).toEqual({ status: 'saved', name: 'mine.svg' });
    expect(t.downloads.map((d) => [d.name, d.blob.type, d.blob.size])).toEqual([
      ['mine.png', 'image/png', 4],
      ['mine.svg', 'image/svg+xml', 6],
    ]);
    expect(new Uint8Array(await t.downloads[0].blob.arrayBuffer())).toEqual(png);
    expect(t.files.saveAsCalls).toBe(0);
  });
});

describe('the browser platform: generated files and documents', () => {
  it('downloads a generated file under its own name and type', async () => {
    const t = setup();
    expect(await t.platform.exportFile({ name: 'xor.mjs', mime: 'text/javascript', data: 'tf' })).toEqual({ status: 'saved', name: 'xor.mjs' });
    expect(t.downloads.map((d) => [d.name, d.blob.type, d.blob.size])).toEqual([['xor.mjs', 'text/javascript', 2]]);
  });

  it('shows a generated document as new and edited after the unsaved-changes prompt, or keeps the open one on cancel', async () => {
    const t = setup({ answers: { discard: 'cancel' } });
    await t.platform.start();
    t.platform.setDocumentState({ name: 'mine.flow.json', edited: true });
    expect(await t.platform.openGenerated(JSON.parse(docText('Imported')), 'lab')).toBe(false);
    expect(t.dialogs.discardAsked).toEqual(['mine.flow.json']);
    expect(t.delivered).toEqual([]);
    t.platform.setDocumentState({ name: 'mine.flow.json', edited: false });
    expect(await t.platform.openGenerated(JSON.parse(docText('Imported')), 'lab')).toBe(true);
    expect(t.delivered.map(opened).map((d) => d && [d.name, d.origin, d.edited, d.document.meta.title])).toEqual([['lab', 'new', true, 'Imported']]);
  });
});
