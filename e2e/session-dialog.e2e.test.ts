/**
 * The bind-data dialog's other sources on the samples: a block pasted from a
 * spreadsheet into the table (checked against the Placeholder's shape, undone
 * with Ctrl+Z), points clicked on the plane that the decision boundary then
 * draws, and MNIST's splits for training and evaluation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const feeds = (page: Page, which = 'feeds') =>
  page.evaluate(`window.flowboardDebug.store.getState().document.session.${which}`) as Promise<Record<string, { kind: string; value?: unknown; split?: string; field?: string }>>;

async function openSession(page: Page) {
  await page.getByRole('tab', { name: 'Session' }).click();
  return page.getByLabel('Session', { exact: true });
}

/** Pastes text into an element as the clipboard would. */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('the bind-data dialog', () => {
  it('binds a block pasted from a spreadsheet, flags example counts that disagree, and undoes the binding', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    const session = await openSession(page);
    await session.getByRole('button', { name: 'Bind data to X' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bind data' });
    await expect(dialog.getByRole('textbox', { name: 'Row 4, column 2' }).inputValue()).resolves.toBe('1');
    await paste(page, '[aria-label="Row 1, column 1"]', '0\t0\n0\t1\n1\t0\n1\t1\n0.5\t0.5\n');
    await expect(dialog.getByRole('spinbutton', { name: 'Rows' }).inputValue()).resolves.toBe('5');
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('X ← inline, 5 rows × 2');
    // Three columns do not fit X [?,2]: the dialog says so, naming both, and will not bind.
    await dialog.getByRole('spinbutton', { name: 'Columns' }).fill('3');
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('row 1, column 3: the cell is empty');
    await paste(page, '[aria-label="Row 1, column 3"]', '1\n1\n1\n1\n1');
    await expect(dialog.getByRole('status').textContent()).resolves.toBe(
      'Placeholder "X" takes [?,2] float32, but the data bound to it (inline data) is [5,3]: dimension 1 is 3 where the Placeholder has 2',
    );
    await expect(dialog.getByRole('button', { name: 'Bind', exact: true }).isDisabled()).resolves.toBe(true);
    await screenshot('session-table-mismatch');
    await dialog.getByRole('spinbutton', { name: 'Columns' }).fill('2');
    await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // X now has five examples and Y four: the analysis says so on Y.
    await expect(session.getByLabel('Placeholder Y').locator('.session__problem').textContent()).resolves.toBe(
      'the training data disagree on the number of examples: Placeholder "X" has 5, Placeholder "Y" has 4',
    );
    await expect(page.locator('.statusbar').textContent()).resolves.toContain('1 error');
    await screenshot('session-count-problem');
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    await expect(session.getByLabel('Placeholder X').textContent()).resolves.toContain('inline, 4 rows × 2');
    await expect(session.getByLabel('Placeholder Y').locator('.session__problem').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it(
    'binds points clicked on the plane, which the decision boundary draws',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
      await expect.poll(() => page.locator('.statusbar__backend').textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM/);
      const session = await openSession(page);
      await session.getByRole('button', { name: 'Bind data…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Bind data' });
      await dialog.getByRole('tab', { name: '2-D points' }).click();
      // The XOR corners are shown; clear them and click three points of two classes.
      await expect(dialog.getByRole('img', { name: 'Points: 2 of class 0, 2 of class 1' }).count()).resolves.toBe(1);
      await dialog.getByRole('button', { name: 'Clear' }).click();
      const plane = dialog.locator('.bind__plane');
      await dialog.getByRole('radio', { name: /class 0/ }).click();
      // The plane spans -0.25 to 1.25 over 260 pixels: 0 is at 43, 1 at 217, 0.5 at 130.
      await plane.click({ position: { x: 44, y: 217 } });
      await plane.click({ position: { x: 218, y: 44 } });
      await dialog.getByRole('radio', { name: /class 1/ }).click();
      await plane.click({ position: { x: 131, y: 131 } });
      await expect(dialog.getByRole('img', { name: 'Points: 2 of class 0, 1 of class 1' }).count()).resolves.toBe(1);
      await screenshot('session-points');
      await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const bound = await feeds(page);
      expect(bound.n01.value).toEqual([
        [0, 0],
        [1, 1],
        [0.5, 0.5],
      ]);
      expect(bound.n02.value).toEqual([[0], [0], [1]]);
      // One step loads the graph with the points: the boundary shows them with their classes.
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect.poll(() => page.evaluate('Array.from(window.flowboardDebug.store.getState().run.boundary?.points ?? [])'), { timeout: TRAIN_TIMEOUT }).toEqual([0, 0, 0, 1, 1, 0, 0.5, 0.5, 1]);
      await page.getByRole('tab', { name: 'Decision boundary' }).click();
      await page.waitForTimeout(300);
      await screenshot('session-points-boundary');
      expect(errors).toEqual([]);
    },
    TRAIN_TIMEOUT,
  );

  it('binds MNIST images and labels, training on train-55k and evaluating on test', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-softmax&debug');
    const session = await openSession(page);
    await session.getByRole('button', { name: 'Unbind the data of X' }).click();
    await session.getByRole('button', { name: 'Unbind the evaluation data of X' }).click();
    expect(Object.keys(await feeds(page))).toEqual(['n2']);
    await session.getByRole('button', { name: 'Bind data to X' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bind data' });
    await expect(dialog.getByRole('tab', { name: 'Table', selected: true }).count()).resolves.toBe(1);
    await dialog.getByRole('tab', { name: 'MNIST' }).click();
    await expect(dialog.getByRole('combobox', { name: 'MNIST field for X' }).inputValue()).resolves.toBe('images');
    await expect(dialog.getByRole('combobox', { name: 'MNIST field for Y' }).inputValue()).resolves.toBe('labels');
    await screenshot('session-mnist');
    await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await feeds(page)).n1).toEqual({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' });
    expect((await feeds(page, 'evalFeeds')).n1).toEqual({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' });
    await expect(session.getByLabel('Placeholder X').textContent()).resolves.toMatch(/MNIST train-55k images×evaluated on MNIST test images×$/);
    expect(errors).toEqual([]);
  });
});
