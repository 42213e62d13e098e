import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import type { DesktopPlatform, OpenedDocument, OpenFailure } from '../common/payloads.ts';
import { Autosave } from './autosave.ts';
import { type DialogPort, type DiscardChoice, DocumentController } from './documentController.ts';
import { RecentFiles } from './recentFiles.ts';
import { IO_WAIT } from '../../test/ioWait.ts';

const graph = (title: string) => saveDocument(emptyDocument(title));

let dir: TempDir;
let opened: OpenedDocument[];
let failures: OpenFailure[];
/** Whether the window still exists to receive a failure. */
let windowAlive: boolean;
let commands: string[];
let logged: string[];
let titles: string[];
let closed: number;
let answers: { discard: DiscardChoice; recover: boolean; open?: string; save?: string; export?: string };
let dialogs: DialogPort & { errors: string[] };
let window: { setDocumentEdited: Mock<(edited: boolean) => void>; setRepresentedFilename: Mock<(path: string) => void> };
let recent: RecentFiles;
let autosave: Autosave;
let recentChanged: Mock<(path?: string) => void>;

function controller(platform: DesktopPlatform = 'linux') {
  return new DocumentController({
    window: {
      setTitle: (t) => titles.push(t),
      setDocumentEdited: window.setDocumentEdited,
      setRepresentedFilename: window.setRepresentedFilename,
      sendOpenDocument: (o) => opened.push(o),
      sendOpenFailed: (f) => windowAlive && failures.push(f) > 0,
      sendCommand: (c) => commands.push(c),
      close: () => closed++,
    },
    dialogs,
    recent,
    autosave,
    recentChanged,
    platform,
    homeDir: dir.path,
    log: (m) => logged.push(m),
    saveStartTimeoutMs: 50,
  });
}

beforeEach(async () => {
  dir = tempDir();
  opened = [];
  failures = [];
  windowAlive = true;
  commands = [];
  logged = [];
  titles = [];
  closed = 0;
  answers = { discard: 'cancel', recover: true };
  const errors: string[] = [];
  dialogs = {
    errors,
    confirmDiscard: vi.fn(async () => answers.discard),
    confirmRecover: vi.fn(async () => answers.recover),
    chooseOpenPath: vi.fn(async () => answers.open),
    chooseSavePath: vi.fn(async () => answers.save),
    chooseExportPath: vi.fn(async () => answers.export),
    chooseExportFilePath: vi.fn(async () => answers.export),
    showError: vi.fn(async (title: string, message: string) => void errors.push(`${title}: ${message}`)),
  };
  window = { setDocumentEdited: vi.fn<(edited: boolean) => void>(), setRepresentedFilename: vi.fn<(path: string) => void>() };
  recent = new RecentFiles(join(dir.path, 'data', 'recent.json'), 10, 'linux');
  autosave = new Autosave(join(dir.path, 'data', 'autosave'), 1000);
  recentChanged = vi.fn<(path?: string) => void>();
});
afterEach(() => dir.remove());

/** A controller whose renderer is listening and whose document is edited. */
async function editedController(platform: DesktopPlatform = 'linux') {
  const c = controller(platform);
  await c.rendererReady();
  c.setDocumentState({ title: 'Draft', edited: true });
  return c;
}

describe('opening', () => {
  it('opens the chosen file, passing on the loader diagnostics, and remembers it', async () => {
    const c = controller();
    await c.rendererReady();
    answers.open = dir.write('xor.flow.json', JSON.stringify({ ...emptyDocument('XOR'), junk: true }));
    await c.open();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ name: 'xor.flow.json', origin: 'file', edited: false });
    expect(opened[0].document.meta.title).toBe('XOR');
    expect(opened[0].diagnostics.map((d) => d.code)).toEqual(['BAD_FIELD']);
    expect(titles.at(-1)).toBe('xor.flow.json - Flowboard');
    expect(recent.list()).toEqual([answers.open]);
    expect(recentChanged).toHaveBeenCalledWith(answers.open);
  });

  it('refuses a file that is not a graph, sending the page its reasons for its own dialog instead of a native box', async () => {
    const c = controller();
    await c.rendererReady();
    await c.openPath(dir.write('package.json', '{"name": "x"}'));
    expect(opened).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ name: 'package.json', message: '"package.json" is not a Flowboard graph that this version can open.' });
    expect(failures[0].diagnostics.map((d) => d.code)).toEqual(['NOT_A_DOCUMENT']);
    expect(dialogs.showError).not.toHaveBeenCalled();
  });

  it('sends a damaged file\u2019s problems with the names of their nodes', async () => {
    const c = controller();
    await c.rendererReady();
    const doc = { format: 'flowboard.graph', version: 1, meta: { title: 't' }, nodes: [{ id: 'n1', op: 'Constant', name: 'weights', attrs: {}, position: { x: 0, y: 0 } }], edges: [{ id: 'e', source: 'n1', sourceOutput: 'value', target: 'gone', targetInput: 'x' }] };
    await c.openPath(dir.write('damaged.flow.json', JSON.stringify(doc)));
    expect(failures[0].message).toBe('"damaged.flow.json" is damaged and must be repaired before it can be edited.');
    expect(failures[0].diagnostics).toMatchObject([{ code: 'DANGLING_EDGE', nodeName: 'weights' }]);
  });

  it('sends a file over the size limit as a failure with the sizes', async () => {
    const c = controller();
    await c.rendererReady();
    const huge = dir.write('huge.flow.json', '');
    truncateSync(huge, 21 * 1024 * 1024);
    await c.openPath(huge);
    expect(failures).toEqual([{ name: 'huge.flow.json', message: '"huge.flow.json" is 21.0 MB; Flowboard opens and saves graph files of up to 20.0 MB.', diagnostics: [] }]);
  });

  it('shows a native box, with the reasons, when no page listens (reloading while the Open dialog was up)', async () => {
    const c = controller();
    await c.rendererReady();
    const bad = dir.write('package.json', '{"name": "x"}');
    dialogs.chooseOpenPath = vi.fn(async () => {
      c.rendererGone();
      return bad;
    });
    await c.open();
    expect(failures).toEqual([]);
    expect(dialogs.errors).toHaveLength(1);
    expect(dialogs.errors[0]).toMatch(/^Could not open the file: "package.json" is not a Flowboard graph that this version can open\.\nerror NOT_A_DOCUMENT /);
  });

  it('shows a native box when the window is gone', async () => {
    const c = controller();
    await c.rendererReady();
    windowAlive = false;
    await c.openPath(join(dir.path, 'nope.flow.json'));
    expect(dialogs.errors[0]).toContain('does not exist');
  });

  it('drops a recent file that is gone, and says so', async () => {
    const c = controller();
    await c.rendererReady();
    const gone = join(dir.path, 'gone.flow.json');
    await recent.add(gone);
    await c.openPath(gone);
    expect(recent.list()).toEqual([]);
    expect(recentChanged).toHaveBeenCalledWith();
    expect(failures[0].message).toContain('does not exist');
  });

  it('holds files from the command line until the renderer listens', async () => {
    const c = controller();
    const path = dir.write('a.flow.json', graph('A'));
    await c.openPath(path);
    expect(opened).toEqual([]);
    await c.rendererReady();
    expect(opened.map((o) => o.name)).toEqual(['a.flow.json']);
  });

  it('opens samples by name and refuses unknown names', async () => {
    const c = controller();
    await c.rendererReady();
    await c.openSample('hello');
    await c.openSample('nope');
    expect(opened.map((o) => [o.name, o.origin])).toEqual([['hello', 'sample']]);
    expect(logged).toEqual(['refused to open unknown sample "nope"']);
  });

  it('makes a new empty document', async () => {
    const c = controller();
    await c.rendererReady();
    await c.newDocument();
    expect(opened[0]).toMatchObject({ name: 'Untitled', origin: 'new', edited: false, diagnostics: [] });
    expect(opened[0].document.nodes).toEqual([]);
  });
});

describe('recent files for the page', () => {
  it('lists them by name and folder, with ids that open them', async () => {
    const c = controller();
    await c.rendererReady();
    const a = dir.write('a.flow.json', graph('A'));
    await recent.add(a);
    await recent.add(join(dir.path, 'elsewhere', 'b.flow.json'));
    const listed = c.listRecent();
    expect(listed.map((e) => [e.name, e.folder])).toEqual([
      ['b.flow.json', 'elsewhere'],
      ['a.flow.json', '~'],
    ]);
    expect(JSON.stringify(listed)).not.toContain(dir.path);
    await c.openRecent(listed[1].id);
    expect(opened.map((o) => [o.name, o.origin])).toEqual([['a.flow.json', 'file']]);
    expect(recent.list()[0]).toBe(a);
  });

  it('asks about unsaved changes first, and Cancel opens nothing', async () => {
    const c = await editedController();
    await recent.add(dir.write('a.flow.json', graph('A')));
    answers.discard = 'cancel';
    await c.openRecent(c.listRecent()[0].id);
    expect(dialogs.confirmDiscard).toHaveBeenCalledOnce();
    expect(opened).toEqual([]);
  });

  it('an id no longer on the list opens nothing, asks nothing, and says why', async () => {
    const c = await editedController();
    await recent.add(dir.write('a.flow.json', graph('A')));
    const { id } = c.listRecent()[0];
    await recent.clear();
    await c.openRecent(id);
    expect(dialogs.confirmDiscard).not.toHaveBeenCalled();
    expect(opened).toEqual([]);
    expect(failures).toEqual([{ name: '', message: 'That document is no longer on the recent list.', diagnostics: [] }]);
    expect(logged).toEqual([`no recent file has the id "${id}"`]);
  });
});

describe('the unsaved-changes prompt', () => {
  it('Cancel keeps the edited document', async () => {
    const c = await editedController();
    answers.discard = 'cancel';
    await c.newDocument();
    expect(dialogs.confirmDiscard).toHaveBeenCalledWith('Draft');
    expect(opened).toEqual([]);
  });

  it("Don't Save replaces it and deletes its autosave", async () => {
    const c = await editedController();
    c.autosave(graph('Draft'));
    await autosave.flush();
    answers.discard = 'discard';
    await c.newDocument();
    expect(opened).toHaveLength(1);
    expect(existsSync(autosave.file)).toBe(false);
  });

  it('Save asks the renderer to save, and goes on once it has', async () => {
    const c = await editedController();
    answers.discard = 'save';
    answers.save = join(dir.path, 'draft');
    const replacing = c.newDocument();
    await vi.waitFor(() => expect(commands).toEqual(['file.save']), IO_WAIT);
    expect(opened).toEqual([]);
    expect(await c.save({ text: graph('Draft'), saveAs: false })).toEqual({ status: 'saved', name: 'draft.flow.json' });
    await replacing;
    expect(readFileSync(join(dir.path, 'draft.flow.json'), 'utf8')).toBe(graph('Draft'));
    expect(opened.map((o) => o.origin)).toEqual(['new']);
  });

  it('Save that the user then cancels keeps the document', async () => {
    const c = await editedController();
    answers.discard = 'save';
    answers.save = undefined;
    const replacing = c.newDocument();
    await vi.waitFor(() => expect(commands).toEqual(['file.save']), IO_WAIT);
    expect(await c.save({ text: graph('Draft'), saveAs: false })).toEqual({ status: 'canceled' });
    await replacing;
    expect(opened).toEqual([]);
  });

  it('gives up, replacing nothing, when the renderer never saves', async () => {
    const c = await editedController();
    answers.discard = 'save';
    await c.newDocument();
    expect(opened).toEqual([]);
    expect(logged).toContain('the renderer did not save when asked; nothing was closed or replaced');
  });

  it('closing asks first, and closes on Don\u2019t Save', async () => {
    const c = await editedController();
    expect(c.mayClose).toBe(false);
    answers.discard = 'cancel';
    await c.requestClose();
    expect(closed).toBe(0);
    answers.discard = 'discard';
    await c.requestClose();
    expect(closed).toBe(1);
    expect(c.mayClose).toBe(true);
  });

  it('a clean document closes without a prompt', async () => {
    const c = controller();
    await c.rendererReady();
    await c.requestClose();
    expect(dialogs.confirmDiscard).not.toHaveBeenCalled();
    expect(closed).toBe(1);
  });
});

describe('showing a generated document', () => {
  it('prompts as New does, and Cancel keeps the document', async () => {
    const c = await editedController();
    answers.discard = 'cancel';
    expect(await c.confirmReplace()).toBe(false);
    expect(dialogs.confirmDiscard).toHaveBeenCalledWith('Draft');
  });

  it('forgets the file once allowed, so the next Save asks where instead of overwriting it', async () => {
    const c = await editedController();
    answers.save = join(dir.path, 'old.flow.json');
    await c.save({ text: graph('Old'), saveAs: false });
    expect(await c.confirmReplace()).toBe(true);
    expect(dialogs.confirmDiscard).not.toHaveBeenCalled();
    c.setDocumentState({ title: 'imported', edited: true });
    expect(titles.at(-1)).toBe('*imported - Flowboard');
    answers.save = undefined;
    expect(await c.save({ text: graph('New'), saveAs: false })).toEqual({ status: 'canceled' });
    expect(dialogs.chooseSavePath).toHaveBeenCalledTimes(2);
    expect(readFileSync(join(dir.path, 'old.flow.json'), 'utf8')).toBe(graph('Old'));
  });
});

describe('saving', () => {
  it('asks for a path the first time, adds .flow.json, then saves in place; Save As asks again', async () => {
    const c = await editedController();
    answers.save = join(dir.path, 'mine');
    expect(await c.save({ text: graph('One'), saveAs: false })).toEqual({ status: 'saved', name: 'mine.flow.json' });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('Draft.flow.json');
    expect(titles.at(-1)).toBe('mine.flow.json - Flowboard');

    c.setDocumentState({ title: 'One', edited: true });
    expect(titles.at(-1)).toBe('*mine.flow.json - Flowboard');
    await c.save({ text: graph('Two'), saveAs: false });
    expect(dialogs.chooseSavePath).toHaveBeenCalledOnce();
    expect(readFileSync(join(dir.path, 'mine.flow.json'), 'utf8')).toBe(graph('Two'));

    answers.save = join(dir.path, 'copy.flow.json');
    await c.save({ text: graph('Three'), saveAs: true });
    expect(readFileSync(answers.save, 'utf8')).toBe(graph('Three'));
    expect(recent.list()).toEqual([answers.save, join(dir.path, 'mine.flow.json')]);
  });

  it('refuses text that is not a graph and keeps the document edited', async () => {
    const c = await editedController();
    answers.save = join(dir.path, 'bad.flow.json');
    const result = await c.save({ text: '{"oops": true}', saveAs: false });
    expect(result.status).toBe('failed');
    expect(existsSync(answers.save)).toBe(false);
    expect(c.mayClose).toBe(false);
  });

  it('clears the autosave once saved', async () => {
    const c = await editedController();
    c.autosave(graph('Draft'));
    await autosave.flush();
    expect(existsSync(autosave.file)).toBe(true);
    answers.save = join(dir.path, 'g.flow.json');
    await c.save({ text: graph('Draft'), saveAs: false });
    expect(existsSync(autosave.file)).toBe(false);
  });

  it('exports an image under a name derived from the document', async () => {
    const c = await editedController();
    answers.export = join(dir.path, 'Draft.png');
    expect(await c.exportImage({ format: 'png', data: new Uint8Array([137, 80, 78, 71]) })).toEqual({ status: 'saved', name: 'Draft.png' });
    expect(dialogs.chooseExportPath).toHaveBeenCalledWith('Draft.png', 'png');
    expect([...readFileSync(answers.export)]).toEqual([137, 80, 78, 71]);
  });

  it('exports generated code and logs under the suggested name, and says when nothing was written', async () => {
    const c = await editedController();
    answers.export = join(dir.path, 'draft.py');
    expect(await c.exportFile({ name: 'draft.py', data: 'import tensorflow', kind: 'code' })).toEqual({ status: 'saved', name: 'draft.py' });
    expect(dialogs.chooseExportFilePath).toHaveBeenCalledWith('draft.py', 'code');
    expect(readFileSync(answers.export, 'utf8')).toBe('import tensorflow');

    answers.export = join(dir.path, 'events.out.tfevents.1.flowboard');
    expect(await c.exportFile({ name: 'events.out.tfevents.1.flowboard', data: new Uint8Array([1, 2]), kind: 'logs' })).toMatchObject({ status: 'saved' });
    expect([...readFileSync(answers.export)]).toEqual([1, 2]);

    answers.export = undefined;
    expect(await c.exportFile({ name: 'x.py', data: '', kind: 'code' })).toEqual({ status: 'canceled' });
    answers.export = join(dir.path, 'no-such-folder', 'x.py');
    expect(await c.exportFile({ name: 'x.py', data: '', kind: 'code' })).toMatchObject({ status: 'failed', message: expect.stringContaining('x.py') });
  });

  it('suggests the page\'s export name only once it is safe on every file system', async () => {
    const c = await editedController();
    answers.export = undefined;
    const suggested = async (name: string) => {
      const choose = vi.mocked(dialogs.chooseExportFilePath);
      choose.mockClear();
      await c.exportFile({ name, data: 'x', kind: 'code' });
      return choose.mock.calls[0][0];
    };
    expect(await suggested('CON')).toBe('_CON');
    expect(await suggested('model.py...')).toBe('model.py');
    expect(await suggested('invoice\u202eyp.exe')).toBe('invoiceyp.exe');
    expect(Buffer.byteLength(await suggested(`${'ü'.repeat(250)}.py`))).toBeLessThanOrEqual(255);
  });

  it('marks the window edited and names its file on macOS', async () => {
    const c = await editedController('darwin');
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(true);
    expect(titles.at(-1)).toBe('Draft');
    answers.save = join(dir.path, 'mac.flow.json');
    await c.save({ text: graph('Draft'), saveAs: false });
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(false);
    expect(window.setRepresentedFilename).toHaveBeenLastCalledWith(answers.save);
  });
});

describe('crash recovery', () => {
  it('autosaves only an edited document', async () => {
    const c = controller();
    await c.rendererReady();
    c.setDocumentState({ title: 'Clean', edited: false });
    c.autosave(graph('Clean'));
    await autosave.flush();
    expect(existsSync(autosave.file)).toBe(false);
    c.setDocumentState({ title: 'Dirty', edited: true });
    c.autosave(graph('Dirty'));
    await autosave.flush();
    expect((await autosave.read())?.name).toBe('Dirty');
  });

  it('offers the autosave back at the next start, as an edited document with its file', async () => {
    autosave.update({ path: join(dir.path, 'xor.flow.json'), name: 'xor.flow.json', text: graph('XOR') });
    await autosave.flush();
    const c = controller();
    // The new page reports its clean start document before it says it is ready: that must not wipe the autosave.
    c.setDocumentState({ title: 'hello', edited: false });
    await c.rendererReady();
    expect(dialogs.confirmRecover).toHaveBeenCalledWith('xor.flow.json', expect.any(String));
    expect(opened[0]).toMatchObject({ name: 'xor.flow.json', origin: 'recovered', edited: true });
    expect(titles.at(-1)).toBe('*xor.flow.json - Flowboard');
  });

  it('sends an autosave the loader refuses to the page as a failure, and deletes it', async () => {
    autosave.update({ name: 'Untitled', text: '{"oops": true}' });
    await autosave.flush();
    const c = controller();
    await c.rendererReady();
    expect(opened).toEqual([]);
    expect(failures[0]).toMatchObject({ name: 'Untitled', message: '"Untitled" is not a Flowboard graph that this version can open.' });
    expect(existsSync(autosave.file)).toBe(false);
  });

  it('deletes the autosave when the user declines it', async () => {
    autosave.update({ name: 'Untitled', text: graph('U') });
    await autosave.flush();
    answers.recover = false;
    const c = controller();
    await c.rendererReady();
    expect(opened).toEqual([]);
    expect(existsSync(autosave.file)).toBe(false);
  });

  it('offers recovery before opening a file from the command line', async () => {
    autosave.update({ name: 'Untitled', text: graph('U') });
    await autosave.flush();
    const c = controller();
    await c.openPath(dir.write('a.flow.json', graph('A')));
    answers.discard = 'cancel';
    await c.rendererReady();
    // The recovered document is edited, so the queued file asks first; Cancel keeps the recovery.
    expect(opened.map((o) => o.origin)).toEqual(['recovered']);
    expect(dialogs.confirmDiscard).toHaveBeenCalledOnce();
  });
});
