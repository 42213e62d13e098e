/**
 * Lab 11-5's pattern pasted into File > Import Python…: two XOR models of one
 * class, each with its own optimizer, trained in one loop. They arrive as one
 * train node, `train_all` (a Minimize of `total_cost`, the sum of their
 * costs), which the Session tab names and whose picker still offers each
 * model's own; Train then trains both, and both models learn XOR.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, loggedValues, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MODELS = new URL('../test/pythonCorpus/lesson22_xor_models_class.py', import.meta.url);

describe('importing models trained in one loop', () => {
  it('trains both models together from one train node, each learning XOR', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?debug', { viewport: { width: 1440, height: 900 } });
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Import Python…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import Python' });
    await dialog.getByRole('textbox', { name: 'Python code' }).fill(await readFile(MODELS, 'utf8'));
    await dialog.getByRole('button', { name: 'Import' }).click();
    const done = page.getByRole('dialog', { name: /^Python imported/ });
    await done.waitFor();
    await expect(done.getByRole('list', { name: 'Import notes' }).textContent()).resolves.toMatch(/^Line 55 "model0\/optimizer", "model1\/optimizer" are trained together by "train_all"/);
    await screenshot('import-models-result');
    await done.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.statusbar').textContent()).resolves.toMatch(/0 errors/);

    await openTab(page, 'Session');
    const picker = page.getByLabel('Session', { exact: true }).getByRole('combobox', { name: 'Train node' });
    await expect(picker.locator('option:checked').textContent()).resolves.toBe('train_all');
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(['model0/optimizer', 'model1/optimizer', 'train_all']);

    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'finished', TRAIN_TIMEOUT);
    const [total, first, second] = await Promise.all(['total_cost', 'model0/cost', 'model1/cost'].map((tag) => loggedValues(page, tag)));
    expect(total.length).toBeGreaterThan(2);
    // Each model's cost falls: both are trained, and the loss charted is their sum.
    for (const costs of [first, second]) expect(costs.at(-1)!).toBeLessThan(costs[0] / 3);
    total.forEach((t, i) => expect(t).toBeCloseTo(first[i] + second[i], 4));
    for (const tag of ['model0/accuracy', 'model1/accuracy']) await expect(loggedValues(page, tag).then((v) => v.at(-1)), tag).resolves.toBe(1);
    await openTab(page, 'Scalars');
    await page.getByRole('figure', { name: 'Scalar model1/cost' }).waitFor();
    await screenshot('import-models-trained');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT * 2);
});
