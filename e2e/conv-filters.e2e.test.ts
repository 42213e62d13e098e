/**
 * The selected node on a CNN (issue 12): a click on a conv filter shows it
 * enlarged with its values, and the reshaped input says why it has no
 * gradient (the loss does depend on it). Trains one step of mnist-cnn, so it
 * reads MNIST first.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('conv filters in the Selected node panel', () => {
  it(
    'enlarges a clicked filter with its values, and explains why X_img has no gradient',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-cnn&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await waitForRunStatus(page, 'paused');
      await nodeNamed(page, 'conv1/W').click();
      await openTab(page, 'Selected node');
      // After a Step the panel shows the filters before and after the update and the change; the filters after it.
      const value = page.getByRole('figure', { name: /^conv1\/W · after the update, value at step 1$/ });
      const grid = value.locator('.tensor-view__canvas--pickable');
      await grid.waitFor();
      await expect(value.getByTestId('enlarged-image').isVisible()).resolves.toBe(false);
      // The third filter of the first row of tiles.
      const box = (await grid.boundingBox())!;
      const tile = await page.evaluate(`window.flowboardDebug.store.getState().run.watched.value.shape`);
      expect(tile).toEqual([3, 3, 1, 32]);
      await grid.click({ position: { x: 2 * (24 + 6) + 12, y: 12 } });
      const enlarged = value.getByTestId('enlarged-image');
      await enlarged.waitFor();
      await expect(value.locator('.tensor-view__detail-caption').textContent()).resolves.toMatch(/^filter 3: input channel 0 → output channel 2, 3x3: red negative, blue positive, up to ±/);
      const big = (await enlarged.boundingBox())!;
      expect(big.width).toBeGreaterThanOrEqual(3 * 48);
      // Scrolled into view: the whole enlarged filter inside the panel, though it opened below the fold.
      await page.waitForTimeout(300);
      const shown = (await enlarged.boundingBox())!;
      const panel = (await page.locator('.dock__panel').boundingBox())!;
      expect(shown.y).toBeGreaterThanOrEqual(panel.y);
      expect(shown.y + shown.height).toBeLessThanOrEqual(panel.y + panel.height + 1);
      expect(box.width).toBeGreaterThan(0);
      await screenshot('conv-filter-enlarged');
      // Clicking it again closes it.
      await grid.click({ position: { x: 2 * (24 + 6) + 12, y: 12 } });
      await expect(enlarged.isVisible()).resolves.toBe(false);

      await nodeNamed(page, 'X_img').click();
      await expect(page.getByRole('figure', { name: '∂loss/∂X_img · gradient' }).textContent()).resolves.toMatch(/The loss depends on X_img, but nothing before it is trained/);
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );
});
