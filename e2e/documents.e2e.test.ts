/**
 * Documents in the browser: save and reopen, recent documents, the
 * unsaved-changes prompt, the load-failure dialog and the autosaved draft.
 *
 * Chromium's File System Access pickers cannot be driven from Playwright
 * (microsoft/playwright#8850: no filechooser event for showOpenFilePicker), so
 * the specs run both paths the app has: the pickers replaced through
 * addInitScript by ones that hand out real FileSystemFileHandles from the
 * origin-private file system (so createWritable, permissions and storing
 * handles in IndexedDB are the browser's own), and, with the pickers removed,
 * the upload field and download every other browser gets.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, SCREENSHOTS } from './browser.ts';
import { nodeNamed, nodeNames } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The counters the fake pickers keep on the page's window. */
type WithPickers = { __pickers: { open: number; save: number; openName: string } };

/** Pickers that hand out handles to files in the origin-private file system, counting their calls. */
function opfsPickers() {
  const pickers = { open: 0, save: 0, openName: '' };
  (window as unknown as WithPickers).__pickers = pickers;
  const dir = () => navigator.storage.getDirectory();
  Object.assign(window, {
    showSaveFilePicker: async (options: { suggestedName: string }) => {
      pickers.save++;
      return (await dir()).getFileHandle(options.suggestedName, { create: true });
    },
    showOpenFilePicker: async () => {
      pickers.open++;
      return [await (await dir()).getFileHandle(pickers.openName)];
    },
  });
}

/** A browser without the File System Access API (as Firefox and Safari are). */
function noPickers() {
  Object.assign(window, { showOpenFilePicker: undefined, showSaveFilePicker: undefined });
}

interface Opened {
  page: Page;
  errors: string[];
  screenshot(name: string): Promise<void>;
}

/** Opens the app in a fresh context with the given pickers. */
async function open(files: 'opfs' | 'upload', options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript(files === 'opfs' ? opfsPickers : noPickers);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('baseUrl'));
  await page.locator('.react-flow__node').first().waitFor();
  return { page, errors, screenshot: (name) => page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname }).then(() => undefined) };
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await nodeNamed(page, from).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill(to);
  await name.press('Enter');
  await nodeNamed(page, to).waitFor();
  // Leave the field, so the keys that follow go to the app.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

const opfsText = (page: Page, name: string) =>
  page.evaluate(async (n) => (await (await (await navigator.storage.getDirectory()).getFileHandle(n)).getFile()).text(), name);
const fileLabel = (page: Page) => page.locator('.doc-title__file').textContent();
const isEdited = async (page: Page) => (await page.locator('.doc-title__dirty').count()) > 0;
const notice = (page: Page) => page.locator('.statusbar__notice').textContent();

describe('saving and reopening with the File System Access API', () => {
  it('asks where to save once, then saves to the same file; reopens it from Open… and from the recent list', async () => {
    const { page, errors, screenshot } = await open('opfs');
    await rename(page, 'sum', 'total');
    await page.keyboard.press('Control+s');
    await expect.poll(() => fileLabel(page)).toBe('hello.flow.json');
    expect(await opfsText(page, 'hello.flow.json')).toContain('"name": "total"');
    expect(await isEdited(page)).toBe(false);
    await expect(page.title()).resolves.toBe('hello.flow.json - Flowboard');
    await expect(notice(page)).resolves.toBe('Saved "hello.flow.json"');

    await rename(page, 'total', 'total2');
    expect(await isEdited(page)).toBe(true);
    await expect(page.title()).resolves.toBe('*hello.flow.json - Flowboard');
    await page.keyboard.press('Control+s');
    await expect.poll(() => isEdited(page)).toBe(false);
    expect(await opfsText(page, 'hello.flow.json')).toContain('"name": "total2"');
    expect(await page.evaluate(() => (window as unknown as WithPickers).__pickers.save)).toBe(1);

    await fileMenu(page, 'New');
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
    await expect(fileLabel(page)).resolves.toBe('not saved yet');
    await page.evaluate(() => void ((window as unknown as WithPickers).__pickers.openName = 'hello.flow.json'));
    await fileMenu(page, 'Open…');
    await nodeNamed(page, 'total2').waitFor();
    await expect(fileLabel(page)).resolves.toBe('hello.flow.json');
    await screenshot('saved-file');

    // After a reload the recent list still reaches the file through the stored handle.
    await page.reload();
    await nodeNamed(page, 'sum').waitFor();
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const recent = page.getByRole('menuitem', { name: 'hello.flow.json', exact: true });
    await recent.waitFor();
    await screenshot('file-menu-recent');
    await recent.click();
    await nodeNamed(page, 'total2').waitFor();
    expect(await page.evaluate(() => (window as unknown as WithPickers).__pickers.open)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('Save As asks again; Save in the unsaved-changes prompt saves before New replaces the document', async () => {
    const { page, errors } = await open('opfs');
    await rename(page, 'sum', 'total');
    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => fileLabel(page)).toBe('hello.flow.json');
    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => page.evaluate(() => (window as unknown as WithPickers).__pickers.save)).toBe(2);

    await rename(page, 'total', 'kept');
    await fileMenu(page, 'New');
    const prompt = page.getByRole('dialog', { name: 'Save changes to “hello.flow.json”?' });
    await prompt.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
    expect(await opfsText(page, 'hello.flow.json')).toContain('"name": "kept"');
    // It had a file, so the prompt's save wrote there without asking.
    expect(await page.evaluate(() => (window as unknown as WithPickers).__pickers.save)).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('saving and reopening by download and upload', () => {
  it('downloads on Save, opens by upload, and lists the browser copy among recent documents', async () => {
    const { page, errors, screenshot } = await open('upload');
    await rename(page, 'adder', 'sum_ab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('hello.flow.json');
    const path = await download.path();
    expect(await readFile(path, 'utf8')).toContain('"name": "sum_ab"');
    await expect.poll(() => fileLabel(page)).toBe('hello.flow.json');
    expect(await isEdited(page)).toBe(false);

    await fileMenu(page, 'New');
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Open…')]);
    // Playwright keeps downloads under generated names; the user's copy is called what the app suggested.
    await chooser.setFiles({ name: 'hello.flow.json', mimeType: 'application/json', buffer: await readFile(path) });
    await nodeNamed(page, 'sum_ab').waitFor();

    await fileMenu(page, 'New');
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    const gallery = page.getByRole('dialog', { name: 'Samples' });
    const recent = gallery.getByRole('button', { name: /hello\.flow\.json \(browser copy\)/ });
    await recent.waitFor();
    // Saved, then opened again: one entry.
    expect(await gallery.locator('.recent-list__item').count()).toBe(1);
    await gallery.locator('.sample-card').first().waitFor();
    await screenshot('gallery-recent');
    await recent.click();
    await nodeNamed(page, 'sum_ab').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('a document that fails to load', () => {
  const broken = { name: 'broken.flow.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "flowboard.graph", "nodes": [') };
  const damaged = {
    name: 'damaged.flow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'flowboard.graph',
        version: 1,
        meta: { title: 'Damaged' },
        nodes: [
          { id: 'n1', name: 'x', op: 'Placeholder', attrs: { dtype: 'float32', shape: [null, 2] }, position: { x: 0, y: 0 } },
          { id: 'n1', name: 'W', op: 'Variable', attrs: {}, position: { x: 0, y: 100 } },
          { id: 'n3', name: 'y', op: 'MatMul', attrs: {}, position: { x: 200, y: 0 } },
        ],
        edges: [{ id: 'e1', source: 'n9', sourceOutput: 'value', target: 'n3', targetInput: 'b' }],
      }),
    ),
  };
  const tooNew = { name: 'future.flow.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "flowboard.graph", "version": 99, "nodes": [], "edges": []}') };

  async function tryOpen(page: Page, file: typeof broken) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Open…')]);
    await chooser.setFiles(file);
  }

  it('shows its diagnostics and leaves the document, its edits and its undo history as they were', async () => {
    const { page, errors, screenshot } = await open('upload');
    await rename(page, 'sum', 'total');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      (async () => {
        await fileMenu(page, 'Open…');
        await page.getByRole('dialog', { name: 'Save changes to “hello”?' }).getByRole('button', { name: "Don't save" }).click();
      })(),
    ]);
    await chooser.setFiles(broken);
    const failure = page.getByRole('dialog', { name: 'Could not open “broken.flow.json”' });
    await failure.waitFor();
    await expect(failure.locator('.diagnostics__code').allTextContents()).resolves.toEqual(['NOT_A_DOCUMENT']);
    await expect(failure.textContent()).resolves.toContain('Nothing was changed: “hello” is still open.');
    await screenshot('load-failure-json');
    await failure.getByRole('button', { name: 'OK' }).click();
    await failure.waitFor({ state: 'detached' });
    expect(await nodeNames(page)).toContain('total');
    expect(await isEdited(page)).toBe(true);
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'sum').waitFor();

    await tryOpen(page, tooNew);
    await expect(page.getByRole('dialog').locator('.diagnostics__code').allTextContents()).resolves.toEqual(['VERSION_TOO_NEW']);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('lists a damaged graph’s problems with code, node, message and fix, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, screenshot } = await open('upload', { colorScheme });
      await tryOpen(page, damaged);
      const failure = page.getByRole('dialog', { name: 'Could not open “damaged.flow.json”' });
      await failure.waitFor();
      await expect(failure.locator('.diagnostics__code').allTextContents()).resolves.toEqual(['DUPLICATE_ID', 'DANGLING_EDGE']);
      await expect(failure.locator('.diagnostics__node').allTextContents()).resolves.toEqual(['node “W”', 'node “y”']);
      await expect(failure.locator('.diagnostics__fix').first().textContent()).resolves.toBe('Fix: give each node its own id');
      await screenshot(colorScheme === 'dark' ? 'dark-load-failure' : 'load-failure');
      expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder']);
    }
  });
});

describe('the autosaved draft', () => {
  const restorePrompt = (page: Page) => page.getByRole('alertdialog', { name: /^Restore unsaved changes from .+\?$/ });
  const draftStored = (page: Page) => page.evaluate(() => localStorage.getItem('flowboard.draft.v1') !== null);

  it('is written shortly after an edit and offered back after a reload; Restore brings the edits back', async () => {
    const { page, errors, screenshot } = await open('upload');
    await rename(page, 'sum', 'total');
    // Throttled: not at once, within two seconds.
    expect(await draftStored(page)).toBe(false);
    await expect.poll(() => draftStored(page), { timeout: 3000 }).toBe(true);
    await page.reload();
    const prompt = restorePrompt(page);
    await prompt.waitFor();
    await expect(prompt.textContent()).resolves.toContain('Flowboard kept a draft of “hello”');
    await screenshot('restore-draft');
    await prompt.getByRole('button', { name: 'Restore' }).click();
    await nodeNamed(page, 'total').waitFor();
    expect(await isEdited(page)).toBe(true);
    await expect(notice(page)).resolves.toBe('Restored unsaved changes to "hello"');
    expect(errors).toEqual([]);
  });

  it('survives a reload right after the edit; Discard deletes it for good', async () => {
    const { page, screenshot } = await open('upload', { colorScheme: 'dark' });
    await rename(page, 'sum', 'total');
    // Sooner than the autosave delay: the page writes the draft as it unloads.
    await page.reload();
    const prompt = restorePrompt(page);
    await prompt.waitFor();
    await screenshot('dark-restore-draft');
    await prompt.getByRole('button', { name: 'Discard' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await nodeNames(page)).toContain('sum');
    expect(await draftStored(page)).toBe(false);
    await page.reload();
    await nodeNamed(page, 'sum').waitFor();
    // The draft is offered as soon as the app is on screen; give it a moment to be sure none comes.
    await page.waitForTimeout(500);
    expect(await restorePrompt(page).count()).toBe(0);
  });

  it('is cleared by a save', async () => {
    const { page } = await open('opfs');
    await rename(page, 'sum', 'total');
    await expect.poll(() => draftStored(page), { timeout: 3000 }).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(() => draftStored(page)).toBe(false);
  });
});
