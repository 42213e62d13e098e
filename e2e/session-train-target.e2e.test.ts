/**
 * Which Minimize Train runs: the sample's one is shown by name; a second
 * Minimize added from the palette turns it into a picker (the first still
 * trained), picking the second is an undoable session edit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { dropOp, nameSelected } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const trained = (page: Page) => page.evaluate('window.flowboardDebug.store.getState().document.session?.train') as Promise<string | undefined>;
const idOf = (page: Page, name: string) => page.evaluate(`window.flowboardDebug.store.getState().document.nodes.find((n) => n.name === ${JSON.stringify(name)}).id`) as Promise<string>;

describe('the train node', () => {
  it('is the only Minimize, then a picker among two whose choice undoes', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=linear-regression&debug');
    await page.getByRole('tab', { name: 'Session' }).click();
    const session = page.getByLabel('Session', { exact: true });
    await expect(session.locator('.session__value').textContent()).resolves.toBe('train');
    await expect(session.getByRole('combobox', { name: 'Train node' }).count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Properties' }).click();
    await dropOp(page, 'Minimize', { x: 500, y: 420 });
    await nameSelected(page, 'train_fast');
    await page.getByRole('tab', { name: 'Session' }).click();
    const picker = session.getByRole('combobox', { name: 'Train node' });
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(['train', 'train_fast']);
    // Adding a second Minimize does not change what Train trains.
    expect(await trained(page)).toBe(await idOf(page, 'train'));
    await expect(picker.inputValue()).resolves.toBe(await idOf(page, 'train'));

    await picker.selectOption({ label: 'train_fast' });
    expect(await trained(page)).toBe(await idOf(page, 'train_fast'));
    await screenshot('session-train-picker');
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    expect(await trained(page)).toBe(await idOf(page, 'train'));
    await expect(picker.inputValue()).resolves.toBe(await idOf(page, 'train'));
    await page.keyboard.press('Control+Shift+z');
    expect(await trained(page)).toBe(await idOf(page, 'train_fast'));
    expect(errors).toEqual([]);
  });
});
