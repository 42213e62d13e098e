/**
 * Saved weights in the web app (issue 16): xor-nn trained briefly, its
 * weights saved through File > Save trained weights (a download), the page
 * reloaded (a fresh, untrained run), the file loaded through File > Load
 * weights…, and Run shows the trained hypothesis again, not the initial one.
 * Then File > Save with trained weights keeps them inside the document, and
 * opening that document restores them: Run shows the trained hypothesis.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, loggedValues, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'flowboard-weights-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Runs `hypothesis` through the Run panel and returns its badge text; `shot` takes a screenshot with the panel's result shown. */
async function runHypothesis(page: Page, shot?: () => Promise<void>): Promise<string> {
  await nodeNamed(page, 'hypothesis').click();
  await page.keyboard.press('r');
  const panel = page.getByRole('dialog', { name: /^Run/ });
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const badge = nodeNamed(page, 'hypothesis').getByTestId('run-badge');
  // Attached, not visible: at the fitted zoom the badge may be drawn too small to count as visible.
  await badge.waitFor({ state: 'attached' });
  const text = (await badge.textContent())!;
  await expect.poll(() => panel.locator('.run-results__row dt').textContent()).toBe('hypothesis');
  await shot?.();
  await page.keyboard.press('Escape');
  return text;
}

describe('saved weights', () => {
  it('saves briefly trained xor-nn weights, reloads the page, loads them, and Run shows the trained hypothesis', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const untrained = await runHypothesis(page);

    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(async () => (await loggedValues(page, 'cost')).length, { timeout: BACKEND_TIMEOUT }).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitForRunStatus(page, 'paused');
    const step = (await page.evaluate('window.flowboardDebug.store.getState().run.step')) as number;
    const trained = await runHypothesis(page);
    expect(trained).not.toBe(untrained);

    await page.getByRole('button', { name: 'File' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Save trained weights' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.weights\.json$/);
    // Saved under its own name, as a user's download would be, so the load notice names it.
    const saved = join(folder, download.suggestedFilename());
    await download.saveAs(saved);
    await expect(page.locator('.statusbar').textContent()).resolves.toContain(`Saved 4 variables at step ${step}`);
    await screenshot('weights-saved');

    // The browser's own file pickers have no Playwright events: Save downloads and Open uploads, as in browsers without them.
    await page.addInitScript(() => Object.assign(window, { showOpenFilePicker: undefined, showSaveFilePicker: undefined }));
    await page.reload();
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    // A fresh page runs on the initializers again.
    expect(await runHypothesis(page)).toBe(untrained);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Load weights…')]);
    await chooser.setFiles(saved);
    await page.locator('.statusbar', { hasText: `Loaded 4 variables at step ${step}` }).waitFor({ timeout: BACKEND_TIMEOUT });
    await expect(page.evaluate('window.flowboardDebug.store.getState().run.step')).resolves.toBe(step);
    await screenshot('weights-loaded');
    expect(await runHypothesis(page, () => screenshot('weights-run-trained'))).toBe(trained);

    // The weights kept inside the document: saved with it (Ctrl/Cmd+Alt+S is the .weights.json download), then opened again.
    const [withWeights] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Save with trained weights')]);
    const text = await readFile((await withWeights.path())!, 'utf8');
    expect(JSON.parse(text).weights).toMatchObject({ format: 'flowboard.weights', step });
    await fileMenu(page, 'New');
    await nodeNamed(page, 'hypothesis').waitFor({ state: 'detached' });
    const [reopen] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Open…')]);
    await reopen.setFiles({ name: withWeights.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('.statusbar', { hasText: `Restored 4 trained variables at step ${step} kept in the document` }).waitFor({ timeout: BACKEND_TIMEOUT });
    await screenshot('weights-kept-restored');
    expect(await runHypothesis(page)).toBe(trained);
    expect(errors).toEqual([]);
  }, 2 * BACKEND_TIMEOUT);
});
