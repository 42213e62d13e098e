/**
 * Code in and out through the browser's File menu: a huge paste imports in a
 * worker and can be cancelled, the course's linear regression pasted into
 * Import Python… becomes a valid graph, code that loads a CSV file asks for
 * it and binds its columns, exports as
 * TF.js and TF1 Python downloads naming its nodes, and a briefly trained
 * xor-nn's run downloads as a TensorBoard event file.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maskedCrc32c } from '../core/summary/eventFile/masked.ts';
import { decodeEvent, decodeGraphDef, readRecords } from '../test/tfProto.ts';
import { launchChromium, openApp } from './browser.ts';
import { nodeNames } from './canvas.ts';
import { BACKEND_TIMEOUT, loggedValues } from './trainPage.ts';
import { pythonProgram } from '../bench/lib/pythonProgram.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LESSON02 = new URL('../test/pythonCorpus/lesson02_linear_regression.py', import.meta.url);
const LESSON19 = new URL('../test/pythonCorpus/lesson19_csv_multi_variable.py', import.meta.url);
const SCORES = new URL('../test/pythonCorpus/exam-scores.csv', import.meta.url);

/** Clicks `click` and returns the download it starts. */
async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('code import and export', () => {
  it('imports pasted course Python as a valid graph and exports it as TF.js and Python', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await fileMenu(page, 'Import Python…');
    const dialog = page.getByRole('dialog', { name: 'Import Python' });
    const code = dialog.getByRole('textbox', { name: 'Python code' });
    // An unknown call, so the dialog has a skipped line to list.
    await code.fill(`${await readFile(LESSON02, 'utf8')}\nplot_line(W, b)\n`);
    await screenshot('codeio-import-paste');
    await dialog.getByRole('button', { name: 'Import' }).click();
    const done = page.getByRole('dialog', { name: /^Python imported/ });
    await done.waitFor();
    await expect(done.getByRole('list', { name: 'Skipped lines' }).textContent()).resolves.toMatch(/Line \d+/);
    await screenshot('codeio-import-result');
    await done.getByRole('button', { name: 'Close' }).click();

    await expect(page.locator('.statusbar').textContent()).resolves.toMatch(/0 errors/);
    const names = await nodeNames(page);
    expect(names).toEqual(expect.arrayContaining(['weight', 'bias', 'hypothesis', 'cost']));

    for (const [label, suffix] of [
      ['TensorFlow.js module (.mjs)', '.mjs'],
      ['TF1 Python (.py)', '.py'],
    ] as const) {
      await fileMenu(page, 'Export code…');
      const file = await download(page, () => page.getByRole('dialog', { name: 'Export code' }).getByRole('button', { name: label }).click());
      expect(file.name).toBe(`Imported Python${suffix}`);
      const text = file.bytes.toString('utf8');
      for (const name of ['weight', 'bias', 'hypothesis', 'cost']) expect(text).toContain(name);
    }
    expect(errors).toEqual([]);
  });

  it('imports off the page: a huge program cancellably, and code that loads a CSV file with NumPy once the file is picked', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await fileMenu(page, 'Import Python…');
    // A huge paste imports in a worker: the page still answers, and Cancel stops it with the code kept.
    const again = page.getByRole('dialog', { name: 'Import Python' });
    const big = again.getByRole('textbox', { name: 'Python code' });
    const huge = pythonProgram(64_000);
    // Opened as a file: typing megabytes into the textarea is the browser's slow part, not the import.
    await again.locator('input[type=file]').setInputFiles({ name: 'huge.py', mimeType: 'text/x-python', buffer: Buffer.from(huge) });
    await expect.poll(async () => (await big.inputValue()).length).toBe(huge.length);
    await again.getByRole('button', { name: 'Import' }).click();
    await expect(again.getByRole('status').textContent()).resolves.toMatch(/^Importing 64,00\d lines/);
    await screenshot('codeio-import-busy');
    await again.getByRole('button', { name: 'Cancel import' }).click();
    await expect(again.getByRole('alert').textContent()).resolves.toBe('The import was cancelled; the code is still here.');
    await expect(big.inputValue()).resolves.toHaveLength(huge.length);

    await again.getByRole('button', { name: 'Cancel', exact: true }).click();
    // The CSV file is asked for, and the columns the code slices are bound to the Placeholders they feed.
    await fileMenu(page, 'Import Python…');
    const csv = page.getByRole('dialog', { name: 'Import Python' });
    await csv.getByRole('textbox', { name: 'Python code' }).fill(await readFile(LESSON19, 'utf8'));
    await csv.getByRole('button', { name: 'Import' }).click();
    const files = csv.getByRole('group', { name: 'Data files' });
    await expect(files.textContent()).resolves.toContain('This code reads exam-scores.csv with NumPy.');
    await screenshot('codeio-import-needs-csv');
    await files.getByLabel('Data files to pick').setInputFiles({ name: 'exam-scores.csv', mimeType: 'text/csv', buffer: await readFile(SCORES) });
    const csvDone = page.getByRole('dialog', { name: /^Python imported/ });
    await csvDone.waitFor();
    await csvDone.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'Session' }).click();
    const session = page.getByLabel('Session', { exact: true });
    await expect(session.getByLabel('Placeholder X').textContent()).resolves.toContain('exam-scores.csv: col1, col2, col3');
    await expect(session.getByLabel('Placeholder Y').textContent()).resolves.toContain('exam-scores.csv: col4');
    await screenshot('codeio-import-csv-bound');
    await expect(page.locator('.statusbar').textContent()).resolves.toMatch(/0 errors/);
    expect(errors).toEqual([]);
  });

  it('downloads a briefly trained run as a TensorBoard event file', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.getByRole('button', { name: 'File' }).click();
    await expect(page.getByRole('menuitem', { name: 'Export TensorBoard logs' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(async () => (await loggedValues(page, 'cost')).length, { timeout: BACKEND_TIMEOUT }).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Pause' }).click();

    await page.getByRole('button', { name: 'File' }).click();
    const file = await download(page, () => page.getByRole('menuitem', { name: 'Export TensorBoard logs' }).click());
    expect(file.name).toMatch(/^events\.out\.tfevents\.\d{10}\.flowboard$/);
    // A TFRecord: uint64 length, then the masked CRC-32C of those 8 bytes; the first record is the file version.
    const length = Number(file.bytes.readBigUInt64LE(0));
    expect(file.bytes.readUInt32LE(8)).toBe(maskedCrc32c(file.bytes.subarray(0, 8)));
    expect(file.bytes.subarray(12, 12 + length).toString('latin1')).toContain('brain.Event:2');
    // Then the training graph (with its gradients/ scope and the train step), then the logged steps.
    const [, graph, ...steps] = readRecords(new Uint8Array(file.bytes)).map(decodeEvent);
    const names = decodeGraphDef(graph.graph_def!).node.map((n) => n.name);
    expect(names.some((n) => n.startsWith('gradients/'))).toBe(true);
    expect(names).toContain('train');
    expect(steps.every((e) => e.what === 'summary')).toBe(true);
    expect(steps.filter((e) => e.summary!.value.some((v) => v.tag === 'cost')).length).toBeGreaterThan(2);
    expect(steps.some((e) => e.summary!.value.some((v) => v.histo))).toBe(true);
    expect(errors).toEqual([]);
  });
});
