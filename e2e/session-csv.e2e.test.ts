/**
 * The journey of issue 12 with a learner's own data: from File > New, build
 * lesson 3's linear regression, bind a CSV file with columns x,y through the
 * file chooser (a ragged file dropped first, which is refused with its line
 * and changes nothing), train, and find W and b at the line the data lies on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { dragBetween, dropOp, edgeLabels, fileMenu, nameSelected, nodeNamed, port, quickAddFrom } from './canvas.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, openTab, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const COL = [70, 250, 430, 610];
const ROW = [60, 180, 300, 420];

/** y = 2x + 1 at six points: gradient descent should find W = 2, b = 1. */
const LINE = 'x,y\n1,3\n2,5\n3,7\n4,9\n5,11\n6,13\n';
const RAGGED = 'x,y\n1,3\n2\n3,7\n';

async function wire(page: Page, from: string, output: string, to: string, input: string): Promise<void> {
  const before = (await edgeLabels(page)).length;
  await dragBetween(page, port(page, from, 'source', output), port(page, to, 'target', input));
  await page.locator('.react-flow__edge').nth(before).waitFor();
}

/** hypothesis = W * X + b; cost = mean((hypothesis - Y)^2); train = GradientDescent(0.01).minimize(cost). */
async function buildRegression(page: Page): Promise<void> {
  const drops: [string, number, number, string][] = [
    ['Placeholder', 0, 0, 'X'],
    ['Variable', 0, 1, 'W'],
    ['Variable', 1, 2, 'b'],
    ['Mul', 1, 0, 'Wx'],
    ['Add', 2, 0, 'hypothesis'],
    ['Placeholder', 0, 3, 'Y'],
    ['Sub', 2, 2, 'error'],
  ];
  for (const [op, c, r, name] of drops) {
    await dropOp(page, op, { x: COL[c], y: ROW[r] });
    await nameSelected(page, name);
  }
  const wires: [string, string, string, string][] = [
    ['W', 'value', 'Wx', 'x'],
    ['X', 'value', 'Wx', 'y'],
    ['Wx', 'z', 'hypothesis', 'x'],
    ['b', 'value', 'hypothesis', 'y'],
    ['hypothesis', 'z', 'error', 'x'],
    ['Y', 'value', 'error', 'y'],
  ];
  for (const w of wires) await wire(page, ...w);
  await quickAddFrom(page, 'error', 'z', { x: COL[3], y: ROW[2] }, 'Square');
  await quickAddFrom(page, 'Square', 'y', { x: COL[3], y: ROW[3] }, 'ReduceMean');
  await nameSelected(page, 'cost');
  await quickAddFrom(page, 'cost', 'y', { x: COL[2], y: ROW[3] + 60 }, 'Minimize');
  await nameSelected(page, 'train');
}

/** The mean of a node's latest values, as its badge shows it. */
function meanOf(page: Page, name: string): Promise<number> {
  return page.evaluate(`(() => {
    const s = window.flowboardDebug.store.getState();
    const id = s.document.nodes.find((n) => n.name === ${JSON.stringify(name)}).id;
    const ns = s.run.nodeStats;
    return ns.stats[ns.ids.indexOf(id) * 6];
  })()`) as Promise<number>;
}

describe('build your own graph and train it: linear regression from a CSV file', () => {
  it(
    'binds x and y of a picked CSV file, refusing a ragged one first, and fits W = 2, b = 1',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?debug', { viewport: { width: 1440, height: 900 } });
      await expect.poll(() => page.locator('.statusbar__backend').textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM/);
      await fileMenu(page, 'New');
      await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
      for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
      await page.waitForTimeout(300);
      await buildRegression(page);
      await page.keyboard.press('Escape');
      await expect(page.locator('.statusbar').textContent()).resolves.toContain('0 errors');

      await page.getByRole('tab', { name: 'Session' }).click();
      const session = page.getByLabel('Session', { exact: true });
      await session.getByRole('button', { name: 'Bind data to X' }).click();
      const dialog = page.getByRole('dialog', { name: 'Bind data' });
      await dialog.getByRole('tab', { name: 'CSV file' }).click();
      const pick = async (name: string, text: string) => {
        const chooser = page.waitForEvent('filechooser');
        await dialog.getByRole('button', { name: 'Choose CSV file…' }).click();
        await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      };

      // A ragged file, dropped on the dialog, is refused with its line; nothing is bound.
      await dialog.locator('.bind__drop').evaluate((el, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'ragged.csv', { type: 'text/csv' }));
        for (const type of ['dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }, RAGGED);
      await expect(dialog.getByRole('alert').textContent()).resolves.toBe('ragged.csv line 3 has 1 fields but the header has 2; every row needs one value per column. Nothing was changed.');
      await expect(dialog.getByRole('button', { name: 'Bind', exact: true }).isDisabled()).resolves.toBe(true);
      await screenshot('session-csv-refused');
      expect(await page.evaluate('window.flowboardDebug.store.getState().document.session?.feeds ?? {}')).toEqual({});

      // The good file: x to X, y (the last column) to Y.
      await pick('line.csv', LINE);
      // The file is read asynchronously: the ragged file's alert goes once the good one is read.
      await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
      await expect(dialog.getByRole('group', { name: 'Columns for X' }).getByRole('button', { pressed: true }).allTextContents()).resolves.toEqual(['x']);
      await expect(dialog.getByRole('group', { name: 'Columns for Y' }).getByRole('button', { pressed: true }).allTextContents()).resolves.toEqual(['y']);
      await expect(dialog.getByRole('status').textContent()).resolves.toBe('X ← line.csv: xY ← line.csv: y');
      await screenshot('session-csv-bind');
      await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(session.getByLabel('Placeholder X').textContent()).resolves.toContain('line.csv: x');
      await expect(session.getByLabel('Placeholder Y').textContent()).resolves.toContain('line.csv: y');
      // The file's text is kept in the document, so it trains (and saves) without the file.
      const kept = await page.evaluate('window.flowboardDebug.store.getState().document.session.files');
      expect(kept).toEqual({ 'line.csv': LINE });

      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'finished');
      const [w, b] = [await meanOf(page, 'W'), await meanOf(page, 'b')];
      expect(Math.abs(w - 2)).toBeLessThan(0.05);
      expect(Math.abs(b - 1)).toBeLessThan(0.15);
      const badge = (name: string) => nodeNamed(page, name).getByTestId('run-badge').textContent();
      await expect(badge('W')).resolves.toMatch(/^μ (1\.9\d*|2(\.0\d*)?) /);
      await expect(badge('b')).resolves.toMatch(/^μ (0\.9\d*|1(\.\d*)?) /);
      await nodeNamed(page, 'W').click();
      await openTab(page, 'Selected node');
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.waitForTimeout(400);
      await screenshot('session-csv-trained');
      expect(errors).toEqual([]);
    },
    TRAIN_TIMEOUT * 2,
  );
});
