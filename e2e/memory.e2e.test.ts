/**
 * The memory budget in the app (issue 19): a graph whose tensors cannot fit
 * shows the diagnostic on the node as any other, Train refuses it at once and
 * the worker never starts on it; raising the budget in the status bar clears
 * it, and the fixed graph trains.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed, setAttrText } from './canvas.ts';
import { TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TOO_BIG = 'the graph\'s tensors take at least 5.2 GB together, over the memory budget of 2.0 GB; the largest is Mul "x_times_W"';

describe('the memory budget', () => {
  it('shows a graph too large for it on the node, refuses to train it, and trains it once it fits', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=linear-regression&debug');
    const budget = page.getByRole('combobox', { name: 'Memory budget' });
    await budget.selectOption({ label: '2.0 GB' });
    // W of [100000000, 1] broadcasts with the three x values through the lesson: four tensors of 1.2 GB, the error on the first.
    await setAttrText(page, 'W', 'shape', '100000000, 1');
    const message = nodeNamed(page, 'x_times_W').locator('.op-node__message--error');
    await expect.poll(() => message.textContent()).toContain(TOO_BIG);
    await expect(page.locator('.statusbar__count--error').textContent()).resolves.toBe('1 error');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Cannot train: the graph has 1 error: ${TOO_BIG}`);
    // Refused in the page: the worker was never given the graph.
    expect(await page.evaluate('window.flowboardDebug.store.getState().run.status')).not.toBe('loading');
    await screenshot('memory-budget-refused');

    await budget.selectOption({ label: '8.0 GB' });
    await expect.poll(() => message.count()).toBe(0);
    await budget.selectOption({ label: '2.0 GB' });
    await expect.poll(() => message.count()).toBe(1);

    await setAttrText(page, 'W', 'shape', '1');
    await expect.poll(() => message.count()).toBe(0);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'finished');
    await screenshot('memory-budget-trained');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT);
});
