/**
 * Run, as sess.run(fetches, feed_dict), entirely through the UI (issue 12):
 * lesson 1 shows 7, then 7.5 with a = 3 and b = 4.5, then [3, 7] with
 * a = [1, 3] and b = [2, 4], on the nodes and in the Selected node panel; a
 * feed of the wrong shape is refused with the session's message.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Run lesson 1', () => {
  it('shows 7, then 7.5, then [3, 7], each on its node, in the panel and in the Selected node tab', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=hello&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const panel = page.getByRole('dialog', { name: /^Run/ });
    const result = (name: string) => panel.locator('.run-results__row', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');

    // Select sum and press Run: the panel fetches it, with nothing to feed.
    await nodeNamed(page, 'sum').click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByRole('checkbox', { name: /^sum/ }).isChecked()).resolves.toBe(true);
    await expect(panel.locator('.run-panel__note').textContent()).resolves.toBe('Nothing to feed: the fetches depend on no Placeholder.');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => result('sum').textContent()).toBe('7');
    await expect(nodeNamed(page, 'sum').getByTestId('run-badge').textContent()).resolves.toBe('= 7');
    await openTab(page, 'Selected node');
    await expect(page.getByRole('figure', { name: 'sum · fetched by Run' }).locator('.chart-card__value').textContent()).resolves.toBe('sum = 7');
    await screenshot('run-hello-sum');

    // Fetch adder instead: its feeds show the session's a = 3 and b = 4.5.
    await panel.getByRole('checkbox', { name: /^sum/ }).uncheck();
    await panel.getByRole('checkbox', { name: /^adder/ }).check();
    await expect(panel.getByRole('textbox', { name: /^a/ }).inputValue()).resolves.toBe('3');
    await expect(panel.getByRole('textbox', { name: /^b/ }).inputValue()).resolves.toBe('4.5');
    await expect(panel.locator('.run-panel__code').textContent()).resolves.toBe('sess.run(adder, feed_dict={a: 3, b: 4.5})');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => result('adder').textContent()).toBe('7.5');
    await expect(nodeNamed(page, 'adder').getByTestId('run-badge').textContent()).resolves.toBe('= 7.5');
    await screenshot('run-hello-adder');

    // Feed two lists: the same graph adds them element by element. Enter in a feed runs.
    await panel.getByRole('textbox', { name: /^a/ }).fill('[1, 3]');
    await panel.getByRole('textbox', { name: /^b/ }).fill('[2, 4]');
    await panel.getByRole('textbox', { name: /^b/ }).press('Enter');
    await expect.poll(() => result('adder').textContent()).toBe('[3, 7]');
    await expect(nodeNamed(page, 'adder').getByTestId('run-badge').textContent()).resolves.toBe('= [3, 7]');
    await nodeNamed(page, 'adder').click();
    await expect(page.getByRole('figure', { name: 'adder · fetched by Run' }).locator('.chart-card__value').textContent()).resolves.toBe('adder = [3, 7]');
    // The feeds were for this run only: the session still binds a = 3.
    await expect(page.evaluate(`window.flowboardDebug.store.getState().document.session.feeds.n4.value`)).resolves.toBe(3);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await screenshot('run-hello-lists');
    expect(errors).toEqual([]);
  });

  it('refuses a feed of the wrong shape naming the placeholder, the shape given and the shape wanted; the R key opens the panel', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await nodeNamed(page, 'hypothesis').click();
    await page.keyboard.press('r');
    const panel = page.getByRole('dialog', { name: /^Run/ });
    await expect(panel.getByRole('textbox', { name: /^X/ }).inputValue()).resolves.toBe('[[0, 0], [0, 1], [1, 0], [1, 1]]');
    await panel.getByRole('textbox', { name: /^X/ }).fill('[1, 2, 3]');
    const message = 'Feed for Placeholder "X" has shape [3] but the placeholder is [?,2]: rank 1 instead of 2';
    await expect(panel.locator('.run-feed__status--bad .run-feed__message').textContent()).resolves.toBe(message);
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByRole('alert').locator('.run-results__problem').textContent()).resolves.toBe(message);
    await screenshot('run-wrong-shape');
    // A table pasted from a spreadsheet feeds the same placeholder.
    await panel.getByRole('textbox', { name: /^X/ }).fill('0\t1\n1\t1');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => panel.locator('.run-results__row dt').textContent()).toBe('hypothesis');
    await expect(nodeNamed(page, 'hypothesis').getByTestId('run-badge').textContent()).resolves.toMatch(/^= \[\[0\.\d+\], \[0\.\d+\]\]$/);
    await screenshot('run-xor-table');
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
